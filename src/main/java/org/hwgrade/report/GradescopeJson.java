package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.hwgrade.model.Match;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.model.Visibility;

/**
 * Gradescope's autograder results.json (/autograder/results/results.json). The autograder grades
 * in full (Gradescope keeps the rubric from students); the reveal level decides what students see
 * before grades are published: from {@link Reveal#CORRECTNESS} on every part's test is visible; below
 * it the scored tests are {@code after_published}, and a visible "Parts read" test tells the student
 * which parts were found and where. A part's {@code visibility} in the rubric wins over the one the
 * level gives, and a part not visible is left out of the visible top-level output, which then
 * shows no total either. The total {@code score} is always given, as Gradescope needs it;
 * whether students see it before publishing is the assignment's own setting. Each test carries its
 * matched misconception as a tag and the exact score in {@code extra_data}.
 */
public final class GradescopeJson {

    private static final String VISIBLE = "visible";
    private static final String AFTER_PUBLISHED = "after_published";

    private GradescopeJson() {
    }

    public static String render(CheckReport report) {
        SubmissionResult r = report.result().orElseThrow(() -> new IllegalArgumentException("Gradescope needs a graded result"));
        boolean scoresShown = report.reveal().showsScores();
        String derived = scoresShown ? VISIBLE : AFTER_PUBLISHED;
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("score", new BigDecimal(ScoreFormat.display(r.score())));
        root.put("execution_time", new BigDecimal(report.elapsedSeconds()));
        root.put("output", scoresShown ? FeedbackMarkdown.render(report.rubric(), r, notVisible(report))
                : ExtractionReport.markdown(report.rubric(), report.submission()));
        root.put("output_format", "md");
        root.put("test_output_format", "md");
        root.put("visibility", derived);
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        if (!scoresShown && report.reveal().showsParts()) {
            ObjectNode found = tests.addObject();
            found.put("name", "Parts read");
            found.put("status", report.passes(java.util.Optional.empty()) ? "passed" : "failed");
            found.put("output", ExtractionReport.markdown(report.rubric(), report.submission()));
            found.put("output_format", "md");
            found.put("visibility", VISIBLE);
        }
        for (PartResult p : r.parts()) {
            tests.add(test(report, p, report.rubric().part(p.partId()).visibility().map(Visibility::key).orElse(derived)));
        }
        return Json.pretty(root);
    }

    /** The parts whose rubric keeps their test from students for now: the visible output must not show them. */
    private static Set<String> notVisible(CheckReport report) {
        return report.rubric().parts().filter(p -> p.visibility().filter(v -> v != Visibility.VISIBLE).isPresent())
                .map(Part::id).collect(Collectors.toSet());
    }

    private static ObjectNode test(CheckReport report, PartResult p, String visibility) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("name", p.partId() + ". " + report.rubric().part(p.partId()).title());
        t.put("number", p.partId());
        t.put("score", new BigDecimal(ScoreFormat.display(p.score())));
        t.put("max_score", new BigDecimal(ScoreFormat.display(p.maxScore())));
        t.put("status", p.verdict() == Verdict.CORRECT ? "passed" : "failed");
        StringBuilder output = new StringBuilder(FeedbackMarkdown.describe(p));
        p.source().ifPresent(src -> output.append("\n\nRead at ").append(Escape.markdownCode(src.location()))
                .append(": ").append(Escape.markdownCode(src.text())));
        p.feedback().forEach(line -> output.append("\n\n").append(Escape.markdownInline(line)));
        t.put("output", output.toString());
        t.put("output_format", "md");
        t.put("visibility", visibility);
        ArrayNode tags = t.putArray("tags");
        tags.add("verdict:" + p.verdict().key());
        if (p.matched() instanceof Match.Misconceived m) {
            tags.add("misconception:" + m.name());
        }
        ObjectNode extra = t.putObject("extra_data");
        extra.put("verdict", p.verdict().key());
        extra.put("matched", p.matched().key());
        extra.put("score_exact", p.score().toString());
        extra.put("max_score_exact", p.maxScore().toString());
        p.source().ifPresent(src -> extra.put("read_at", Escape.clean(src.location())));
        return t;
    }
}
