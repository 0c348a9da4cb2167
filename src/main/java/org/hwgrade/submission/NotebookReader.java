package org.hwgrade.submission;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Jupyter notebook (.ipynb, nbformat 4): its Markdown cells and the text its code cells
 * printed (stream output and text/plain results; code itself is not an answer) are read as one
 * free-form text, and every answer's place is given back as its cell and its line in the cell
 * ("hw.ipynb cell 3", line 2).
 */
final class NotebookReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(StructuredReader.JSON);

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
        GatheredText text = new GatheredText();
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
            String where = file + " cell " + n;
            for (int k = 0; k < lines.size(); k++) {
                text.add(lines.get(k), where, k + 1);
            }
            text.add("", where, lines.size() + 1); // cells never run into each other
        }
        return text.read(freeForm, file, false, stem);
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
}
