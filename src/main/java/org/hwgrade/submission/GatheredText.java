package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Source;

/**
 * The text of a file that is not plain text (a notebook's cells, an HTML page's blocks, a PDF's
 * pages), gathered line by line with where each line came from, then read by the free-form reader
 * like any text file; every answer's place is given back in the original's terms ("hw.ipynb cell
 * 3" line 2, "hw.pdf page 2" line 14, "onlinetext.html" line 37).
 */
final class GatheredText {

    /** Where a line of the gathered text came from: the place shown as the file, and a 1-based line in it. */
    record Origin(String where, int line) {
    }

    /** What to do with an answer found in the gathered text, told its line there (1-based). */
    interface Check {
        Answer decide(Answer.Found placed, int gatheredLine);
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Origin> origins = new ArrayList<>();

    void add(String line, String where, int lineInWhere) {
        text.append(line).append('\n');
        origins.add(new Origin(where, lineInWhere));
    }

    /** The number of lines gathered so far. */
    int lines() {
        return origins.size();
    }

    /** The gathered text's length so far, in characters. */
    int length() {
        return text.length();
    }

    FileResult read(FreeFormReader freeForm, String file, boolean tex, String stem) {
        return read(freeForm, file, tex, stem, (found, line) -> found);
    }

    /** Reads the gathered text; each answer found is placed back, then {@code check} decides whether it stands. */
    FileResult read(FreeFormReader freeForm, String file, boolean tex, String stem, Check check) {
        FileResult r = freeForm.read(file, text.toString(), tex, stem);
        Map<String, Answer> answers = new LinkedHashMap<>();
        r.answers().forEach((part, a) -> answers.put(part, placed(a, check)));
        return new FileResult(file, r.header(), answers, r.unreadable(), r.layout());
    }

    private Answer placed(Answer a, Check check) {
        if (a instanceof Answer.Found f) {
            return check.decide(place(f), f.source().line());
        }
        if (a instanceof Answer.ForReview r) {
            return new Answer.ForReview(r.reason(), r.readings().stream().map(this::place).toList());
        }
        Answer.Missing m = (Answer.Missing) a;
        return new Answer.Missing(m.reason(), m.near().map(this::place));
    }

    private Answer.Found place(Answer.Found f) {
        return new Answer.Found(f.value(), place(f.source()));
    }

    private Source place(Source s) {
        if (origins.isEmpty()) {
            return s;
        }
        Origin o = origins.get(Math.max(1, Math.min(s.line(), origins.size())) - 1);
        return new Source(o.where(), o.line(), s.column(), s.text(), s.how());
    }
}
