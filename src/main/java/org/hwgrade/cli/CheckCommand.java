package org.hwgrade.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Rational;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.FeedbackMarkdown;
import org.hwgrade.report.GradescopeJson;
import org.hwgrade.report.JunitXml;
import org.hwgrade.report.ResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one submission, for a student's CI.",
            "Prints its feedback and exits",
            "0 when every part was found and the score is at least --min-score,",
            "1 when not, 2 on a usage or rubric error (or output that cannot be written),",
            "3 on an internal error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1", paramLabel = "FILE", description = "the submission file (or the student's folder)")
    private Path file;

    @Option(names = "--min-score", defaultValue = "0", paramLabel = "X",
            description = "the lowest passing score, in points (default: ${DEFAULT-VALUE})")
    private BigDecimal minScore;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text: the student's feedback page (Markdown) and a PASSED/FAILED line (the default);",
                "json: this submission as in results.json; junit: JUnit XML, one test case per part,",
                "for CI test reporters; gradescope: Gradescope's autograder results.json.",
                "With json, junit and gradescope the verdict line goes to stderr."})
    private CheckFormat format;

    /** What `check` prints on stdout. */
    enum CheckFormat {
        text, json, junit, gradescope
    }

    @Override
    public Integer call() {
        Grading grading = new Grading(rubric.load());
        SubmissionResult result = grading.grade(file);
        var rubricModel = grading.assignment().rubric();
        var out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.print(ResultsJson.single(result));
            case gradescope -> out.print(GradescopeJson.render(rubricModel, result));
            case junit -> {
                out.flush();
                var bytes = new java.io.ByteArrayOutputStream();
                JunitXml.write(bytes, rubricModel, java.util.List.of(result));
                out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
            default -> out.println(FeedbackMarkdown.render(rubricModel, result));
        }
        var verdicts = format == CheckFormat.text ? out : spec.commandLine().getErr();
        if (!grading.internalErrors().isEmpty()) {
            verdicts.println("CHECK ERROR: internal error in hwgrade (a bug; please report it): "
                    + result.submission().unreadable().orElse(""));
            return Main.INTERNAL_ERROR;
        }
        long missing = result.parts().stream().filter(p -> p.verdict() == Verdict.MISSING).count();
        boolean enough = result.score().compareTo(Rational.of(minScore)) >= 0;
        if (missing > 0) {
            verdicts.println("CHECK FAILED: " + missing + " part(s) not found; see above for where the grader looked.");
        }
        if (!enough) {
            verdicts.println("CHECK FAILED: score below the minimum of " + minScore.toPlainString() + ".");
        }
        if (missing == 0 && enough) {
            verdicts.println("CHECK PASSED");
            return 0;
        }
        return Main.CHECK_FAILED;
    }
}
