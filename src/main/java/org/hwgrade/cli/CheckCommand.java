package org.hwgrade.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.report.CheckOutput;
import org.hwgrade.report.CheckReport;
import org.hwgrade.report.Escape;
import org.hwgrade.report.Reveal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks one submission, for a student's CI.",
            "Prints what the --reveal level allows and exits",
            "0 when every part was found (and, with --min-score, the score is high enough),",
            "1 when not, 2 on a usage or rubric error (or output that cannot be written),",
            "3 on an internal error."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1", paramLabel = "FILE", description = "the submission file (or the student's folder)")
    private Path file;

    @Option(names = "--reveal", defaultValue = "found", paramLabel = "LEVEL",
            converter = RevealConverter.class,
            description = {"what the output shows: none (only that the hand-in was read);",
                "found (the default: which parts were read, where, and the value read; no scores);",
                "correctness (verdicts, scores and feedback, never a key value); key (everything",
                "the rubric's show_key allows). Below correctness nothing is graded, so a",
                "student-safe rubric (hwgrade rubric public) is enough."})
    private Reveal reveal;

    @Option(names = "--min-score", paramLabel = "X",
            description = "the lowest passing score, in points (needs --reveal correctness or key)")
    private BigDecimal minScore;

    @Option(names = "--student", paramLabel = "ID",
            description = {"the student whose hand-in this is: with a rubric that draws each student's givens,",
                "it is graded against that student's numbers (the id wins over the file's",
                "`student:` header and its name)"})
    private String student;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = {"text: the student's page and a PASSED/FAILED line (the default);",
                "json: the same as JSON; junit: JUnit XML, one test case per part, for CI test",
                "reporters; gradescope: Gradescope's autograder results.json (always graded; the",
                "reveal level sets what students see before grades are published); classroom: GitHub",
                "Classroom's runner result, base64, for autograding-grading-reporter.",
                "With any format but text the verdict line goes to stderr."})
    private CheckFormat format;

    /** What `check` prints on stdout. */
    enum CheckFormat {
        text, json, junit, gradescope, classroom;

        CheckOutput output() {
            return CheckOutput.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (minScore != null && !reveal.showsScores()) {
            throw new HwgradeException("--min-score needs --reveal correctness or key: at " + reveal.key()
                    + " no score is computed", null, "add --reveal correctness, or drop --min-score", null);
        }
        Grading full = new Grading(rubric.load());
        boolean graded = reveal.showsScores() || format.output().needsGrading();
        if (graded && !full.assignment().gradable()) {
            throw new HwgradeException("this student-safe rubric holds no key, so " + (reveal.showsScores()
                    ? "--reveal " + reveal.key() : "--format " + format) + " cannot be given",
                    null, "use --reveal found (or none) with it, or the full rubric", null);
        }
        // Below `key` the key is kept out of every result line, whatever the rubric's show_key says.
        Grading grading = reveal == Reveal.KEY ? full : full.withKeyHidden();
        Optional<String> studentId = studentId();
        Optional<SubmissionResult> result = graded ? Optional.of(grading.grade(file, studentId)) : Optional.empty();
        Submission read = result.map(SubmissionResult::submission).orElseGet(() -> grading.read(file, studentId));
        CheckReport report = new CheckReport(grading.assignment().rubric(), read, result, reveal, System.nanoTime() - start);
        Optional<Rational> min = Optional.ofNullable(minScore).map(Rational::of);
        var out = spec.commandLine().getOut();
        out.print(format.output().render(report, min));
        var verdicts = format == CheckFormat.text ? out : spec.commandLine().getErr();
        if (!grading.internalErrors().isEmpty()) {
            verdicts.println("CHECK ERROR: internal error in hwgrade (a bug; please report it): "
                    + Escape.line(read.unreadable().orElse("")));
            return Main.INTERNAL_ERROR;
        }
        if (!report.readable()) {
            verdicts.println("CHECK FAILED: the hand-in could not be read.");
        } else if (reveal.showsParts() && report.missingParts() > 0) {
            verdicts.println("CHECK FAILED: " + report.missingParts() + " part(s) not found; see above for where the grader looked.");
        }
        if (min.isPresent() && report.readable() && !report.passes(min) && report.missingParts() == 0) {
            verdicts.println("CHECK FAILED: score below the minimum of " + minScore.toPlainString() + ".");
        }
        if (report.passes(min)) {
            verdicts.println("CHECK PASSED");
            return 0;
        }
        return Main.CHECK_FAILED;
    }

    private Optional<String> studentId() {
        if (student != null && (student.isBlank() || !student.strip().equals(student))) {
            throw new HwgradeException("--student '" + Escape.line(student) + "' is not a student id", null,
                    "give the id as the roster has it, without spaces around it: --student s123", null);
        }
        return Optional.ofNullable(student);
    }
}
