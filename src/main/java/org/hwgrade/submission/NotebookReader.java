package org.hwgrade.submission;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Source;

/**
 * Reads a Jupyter notebook (.ipynb, nbformat 4): its Markdown cells and the text its code cells
 * printed (stream output and text/plain results; code itself is not an answer) are read as one
 * free-form text, and every answer's place is given back as its cell and its line in the cell
 * ("hw.ipynb cell 3", line 2).
 */
final class NotebookReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(StructuredReader.JSON);

    /** Where a line of the joined text came from: a 1-based cell and line in the cell. */
    private record Origin(int cell, int line) {
    }

    private final FreeFormReader freeForm;

    NotebookReader(FreeFormReader freeForm) {
        this.freeForm = freeForm;
    }

    FileResult read(String file, String json, String stem) {
        JsonNode cells;
        try {
            cells = MAPPER.readTree(json).path("cells");
        } catch (JacksonException e) {
            return FileResult.unreadable(file, "not a valid notebook (JSON): " + e.getOriginalMessage());
        }
        if (!cells.isArray()) {
            return FileResult.unreadable(file, "not a Jupyter notebook: no \"cells\" list");
        }
        StringBuilder text = new StringBuilder();
        List<Origin> origins = new ArrayList<>();
        int n = 0;
        for (JsonNode cell : cells) {
            n++;
            String type = cell.path("cell_type").asText();
            List<String> lines = new ArrayList<>();
            if (type.equals("markdown") || type.equals("raw")) {
                lines.addAll(List.of(Lines.split(joined(cell.path("source")))));
            } else if (type.equals("code")) {
                for (JsonNode out : cell.path("outputs")) {
                    JsonNode t = out.has("text") ? out.path("text") : out.path("data").path("text/plain");
                    if (!t.isMissingNode()) {
                        lines.addAll(List.of(Lines.split(joined(t))));
                    }
                }
            }
            for (int k = 0; k < lines.size(); k++) {
                text.append(lines.get(k)).append('\n');
                origins.add(new Origin(n, k + 1));
            }
            text.append('\n'); // cells never run into each other
            origins.add(new Origin(n, lines.size() + 1));
        }
        FileResult r = freeForm.read(file, text.toString(), false, stem);
        Map<String, Answer> answers = new LinkedHashMap<>();
        r.answers().forEach((part, a) -> answers.put(part, placed(a, file, origins)));
        return new FileResult(file, r.header(), answers, r.unreadable(), r.layout());
    }

    /** A cell's source or output: a string or a list of strings (lines with their breaks). */
    private static String joined(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        StringBuilder b = new StringBuilder();
        node.forEach(part -> b.append(part.asText()));
        return b.toString();
    }

    private static Answer placed(Answer a, String file, List<Origin> origins) {
        if (a instanceof Answer.Found f) {
            return place(f, file, origins);
        }
        if (a instanceof Answer.ForReview r) {
            return new Answer.ForReview(r.reason(), r.readings().stream().map(f -> place(f, file, origins)).toList());
        }
        Answer.Missing m = (Answer.Missing) a;
        return new Answer.Missing(m.reason(), m.near().map(s -> place(s, file, origins)));
    }

    private static Answer.Found place(Answer.Found f, String file, List<Origin> origins) {
        return new Answer.Found(f.value(), place(f.source(), file, origins));
    }

    private static Source place(Source s, String file, List<Origin> origins) {
        Origin o = origins.get(Math.min(s.line(), origins.size()) - 1);
        return new Source(file + " cell " + o.cell(), o.line(), s.column(), s.text(), s.how());
    }
}
