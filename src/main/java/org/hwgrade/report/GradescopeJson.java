package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.hwgrade.compare.ScoreFormat;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;

/**
 * Gradescope's autograder results.json (/autograder/results/results.json) for one submission:
 * the total as "score", and one test per part with its score, max_score, status and Markdown
 * output, so the per-part feedback appears in Gradescope as it does in feedback/NAME.md.
 */
public final class GradescopeJson {

    private GradescopeJson() {
    }

    public static String render(Rubric rubric, SubmissionResult r) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("score", new BigDecimal(ScoreFormat.display(r.score())));
        root.put("output", FeedbackMarkdown.render(rubric, r));
        root.put("output_format", "md");
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (PartResult p : r.parts()) {
            ObjectNode t = tests.addObject();
            t.put("name", p.partId() + ". " + rubric.part(p.partId()).title());
            t.put("number", p.partId());
            t.put("score", new BigDecimal(ScoreFormat.display(p.score())));
            t.put("max_score", new BigDecimal(ScoreFormat.display(p.maxScore())));
            t.put("status", p.verdict() == Verdict.CORRECT ? "passed" : "failed");
            StringBuilder output = new StringBuilder(FeedbackMarkdown.describe(p));
            p.source().ifPresent(src -> output.append("\n\nRead at ").append(Markdown.code(src.location()))
                    .append(": ").append(Markdown.code(src.text())));
            p.feedback().forEach(line -> output.append("\n\n").append(Markdown.inline(line)));
            t.put("output", output.toString());
            t.put("output_format", "md");
        }
        return Json.pretty(root);
    }
}
