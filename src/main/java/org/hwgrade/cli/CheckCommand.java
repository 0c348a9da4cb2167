package org.hwgrade.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Rational;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.FeedbackMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one submission, for a student's CI: prints its feedback and exits",
            "0 when every part was found and the score is at least --min-score,",
            "1 when not, 2 on a usage or rubric error."})
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

    @Override
    public Integer call() {
        Grading grading = new Grading(rubric.load());
        SubmissionResult result = grading.grade(file);
        var out = spec.commandLine().getOut();
        out.print(FeedbackMarkdown.render(grading.assignment().rubric(), result));
        long missing = result.parts().stream().filter(p -> p.verdict() == Verdict.MISSING).count();
        boolean enough = result.score().compareTo(Rational.of(minScore)) >= 0;
        out.println();
        if (missing > 0) {
            out.println("CHECK FAILED: " + missing + " part(s) not found; see above for where the grader looked.");
        }
        if (!enough) {
            out.println("CHECK FAILED: score below the minimum of " + minScore.toPlainString() + ".");
        }
        if (missing == 0 && enough) {
            out.println("CHECK PASSED");
            return 0;
        }
        return Main.CHECK_FAILED;
    }
}
