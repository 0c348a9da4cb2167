package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;

/** What `hwgrade extract` shows: per file, each part's value and where it was read, or why not. */
public final class ExtractionReport {

    private ExtractionReport() {
    }

    /** One object per submission; several submissions make an array of them. */
    public static String json(Rubric rubric, List<Submission> submissions) {
        if (submissions.size() == 1) {
            return Json.pretty(object(rubric, submissions.get(0)));
        }
        ArrayNode all = Json.MAPPER.createArrayNode();
        submissions.forEach(s -> all.add(object(rubric, s)));
        return Json.pretty(all);
    }

    static ObjectNode object(Rubric rubric, Submission s) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("file", s.files().isEmpty() ? null : Escape.clean(String.join(", ", s.files())));
        o.put("student", Escape.clean(s.student()));
        o.put("header", s.header().map(Escape::clean).orElse(null));
        o.put("unreadable", s.unreadable().map(Escape::clean).orElse(null));
        ObjectNode parts = o.putObject("parts");
        rubric.parts().forEach(part -> {
            ObjectNode p = parts.putObject(part.id());
            Answer answer = s.answer(part.id());
            if (answer instanceof Answer.Found f) {
                    p.put("status", "found");
                    reading(p, f);
            } else if (answer instanceof Answer.ForReview r) {
                    p.put("status", "review");
                    p.put("reason", Escape.clean(r.reason()));
                    ArrayNode readings = p.putArray("readings");
                    r.readings().forEach(f -> reading(readings.addObject(), f));
            } else if (answer instanceof Answer.Missing m) {
                    p.put("status", "missing");
                    p.put("reason", Escape.clean(m.reason()));
                    m.near().ifPresent(src -> {
                        p.put("line", src.line());
                        p.put("column", src.column());
                        p.put("text", Escape.clean(src.text()));
                    });
            }
        });
        return o;
    }

    /** A value read and where: value, file, line, column, text and how it was found. */
    private static void reading(ObjectNode p, Answer.Found f) {
        p.set("value", ValueJson.of(f.value()));
        p.put("file", Escape.clean(f.source().file()));
        p.put("line", f.source().line());
        p.put("column", f.source().column());
        p.put("text", Escape.clean(f.source().text()));
        p.put("how", f.source().how().key());
    }

    public static String text(Rubric rubric, List<Submission> submissions) {
        StringBuilder sb = new StringBuilder();
        for (Submission s : submissions) {
            sb.append("== ").append(Escape.line(String.join(", ", s.files()))).append(" (student ")
                    .append(Escape.line(s.student()));
            s.header().ifPresent(h -> sb.append("; header: ").append(Escape.line(h)));
            sb.append(")\n");
            s.unreadable().ifPresent(reason -> sb.append("   unreadable: ").append(Escape.line(reason)).append('\n'));
            int found = 0;
            for (Part part : rubric.parts().toList()) {
                Answer answer = s.answer(part.id());
                if (answer instanceof Answer.Found f) {
                    found++;
                    String where = s.files().size() > 1 ? f.source().location()
                            : "line " + f.source().line() + ":" + f.source().column();
                    sb.append(String.format("   %-4s %-28s %s  %-12s %s%n", part.id(), oneLine(f.value().toString(), 60),
                            where, f.source().how().key(), oneLine(f.source().text(), 60)));
                    if (part.kind() == AnswerKind.MANUAL) {
                        sb.append("        graded by a person: it waits for review\n");
                    }
                } else if (answer instanceof Answer.ForReview r) {
                    sb.append(String.format("   %-4s REVIEW   %s%n", part.id(), Escape.line(r.reason())));
                } else if (answer instanceof Answer.Missing m) {
                    sb.append(String.format("   %-4s MISSING  %s%n", part.id(), Escape.line(m.reason())
                            + m.near().map(src -> " (line " + src.line() + ":" + src.column() + ")").orElse("")));
                }
            }
            sb.append("   ").append(found).append(" of ").append(rubric.parts().count()).append(" parts found\n\n");
        }
        return sb.toString().replace(System.lineSeparator(), "\n");
    }

    /**
     * The same reading as a Markdown page for one hand-in (Gradescope's visible "Parts read" test):
     * student text only inside code spans.
     */
    public static String markdown(Rubric rubric, Submission s) {
        StringBuilder sb = new StringBuilder();
        s.unreadable().ifPresent(reason -> sb.append("Your hand-in could not be read: ").append(Escape.markdownInline(reason))
                .append("\n\n"));
        sb.append("| part | read | where | text |\n|---|---|---|---|\n");
        long found = 0;
        for (Part part : rubric.parts().toList()) {
            Answer answer = s.unreadable().isPresent() ? null : s.answer(part.id());
            sb.append("| ").append(Escape.markdownInline(part.id())).append(" | ");
            if (answer instanceof Answer.Found f) {
                found++;
                sb.append(Escape.markdownCode(oneLine(f.value().toString(), 60))).append(" | ")
                        .append(Escape.markdownCode(f.source().location())).append(" | ")
                        .append(Escape.markdownCode(oneLine(f.source().text(), 60)));
            } else {
                sb.append("not found | | ").append(answer instanceof Answer.Missing m ? Escape.markdownInline(m.reason()) : "");
            }
            sb.append(" |\n");
        }
        sb.append("\n").append(found).append(" of ").append(rubric.parts().count()).append(" parts found.\n");
        return sb.toString();
    }

    private static String oneLine(String text, int max) {
        String flat = Escape.line(text);
        // clean again: the cut may split a surrogate pair
        return flat.length() <= max ? flat : Escape.clean(flat.substring(0, max - 1)) + "…";
    }
}
