package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Verdict;

/**
 * A runner result for GitHub Classroom's autograding-grading-reporter, which reads it base64-encoded
 * from the environment variable {@code <RUNNER>_RESULTS} and adds up {@code tests[].score} of every
 * runner with a {@code max_score} (classroom-resources/autograding-grading-reporter,
 * src/notify-classroom.js). Below {@link Reveal#CORRECTNESS} no points are reported at all
 * ({@code max_score} 0, which the reporter skips): tests pass when their part was found.
 */
public final class ClassroomResult {

    private ClassroomResult() {
    }

    /** The runner result as the reporter decodes it: one line of base64. */
    public static String encoded(CheckReport report, Optional<Rational> minScore) {
        return Base64.getEncoder().encodeToString(json(report, minScore).toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode json(CheckReport report, Optional<Rational> minScore) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", 1);
        root.put("status", report.passes(minScore) ? "pass" : "fail");
        boolean scored = report.reveal().showsScores();
        root.put("max_score", scored ? new BigDecimal(ScoreFormat.display(report.result().orElseThrow().maxScore()))
                : BigDecimal.ZERO);
        ArrayNode tests = root.putArray("tests");
        List<Part> parts = report.rubric().parts().toList();
        if (!report.reveal().showsParts()) {
            ObjectNode t = tests.addObject();
            t.put("name", "hand-in received");
            t.put("status", report.readable() ? "pass" : "fail");
            t.put("score", 0);
            t.put("message", report.notRead().orElse("your hand-in was read"));
            return root;
        }
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            ObjectNode t = tests.addObject();
            t.put("name", part.id() + ". " + part.title());
            if (scored) {
                PartResult p = report.result().orElseThrow().parts().get(i);
                t.put("status", p.verdict() == Verdict.CORRECT ? "pass" : "fail");
                t.put("score", new BigDecimal(ScoreFormat.display(p.score())));
                t.put("message", ScoreFormat.display(p.score(), p.maxScore()) + " points: " + FeedbackMarkdown.describe(p)
                        + (p.feedback().isEmpty() ? "" : "\n" + String.join("\n", p.feedback())));
                p.source().ifPresent(src -> {
                    t.put("filename", src.file());
                    t.put("line_no", src.line());
                });
            } else {
                Answer answer = report.submission().unreadable().isEmpty() ? report.submission().answer(part.id()) : null;
                t.put("status", answer instanceof Answer.Found ? "pass" : "fail");
                t.put("score", 0);
                if (answer instanceof Answer.Found f) {
                    t.put("message", "read at " + f.source().location() + ": " + f.source().text());
                    t.put("filename", f.source().file());
                    t.put("line_no", f.source().line());
                } else {
                    t.put("message", answer instanceof Answer.ForReview r ? "read, but for a person to review: " + r.reason()
                            : "not found: " + (answer instanceof Answer.Missing m ? m.reason()
                            : report.submission().unreadable().orElse("")));
                }
            }
        }
        return root;
    }
}
