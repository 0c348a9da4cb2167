package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.grading.LateHandIns;
import org.hwgrade.grading.StageTimings;
import org.hwgrade.lms.Roster;
import org.hwgrade.report.ClassSummary;
import org.hwgrade.report.Escape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades a class: results.json, gradebook.csv and feedback for each student.",
            "Writes, under --out:",
            "  results.json        every part of every student (schema: docs/results.md)",
            "  gradebook.csv       one row per student, a column per part, the total",
            "  feedback/NAME.md    what each student reads",
            "  canvas.csv          totals for Canvas's gradebook import",
            "  moodle.csv          Moodle's grading worksheet (students from a Moodle download)",
            "  report.html         with --html: the class at a glance, students/NAME.html",
            "and prints a summary. Every input appears in every report; an unreadable",
            "file scores 0 with its reason. The output is byte-identical for any --jobs.",
            "The reports of a run replace the previous ones all at once (docs/results.md);",
            "DIR may hold nothing but hwgrade's reports, and one run at a time."})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = {"submission files, folders holding one file or one sub-folder per student,",
                "or a class download from Canvas, Moodle or Gradescope (the zip or its folder)"})
    private List<Path> paths;

    @Option(names = "--out", defaultValue = "grades", paramLabel = "DIR",
            description = "where to write the reports (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--roster", paramLabel = "CSV",
            description = "the class list (columns id, name, email): students named by id, one row each")
    private Path roster;

    @Option(names = "--html",
            description = "also report.html (the class at a glance) and students/NAME.html, linked from it")
    private boolean html;

    @Option(names = "--canvas-assignment-id", paramLabel = "ID",
            description = {"Canvas's id of the assignment (its address ends /assignments/ID): canvas.csv's",
                "column becomes 'Title (ID)', matched by id; wins over the rubric's lms: canvas_assignment_id"})
    private String canvasAssignmentId;

    @Option(names = "--times", paramLabel = "CSV",
            description = {"submission times (columns student,submitted_at) for the rubric's late policy;",
                "they win over the download's times (docs/late.md)"})
    private Path times;

    @Option(names = "--extensions", paramLabel = "CSV",
            description = "per-student extensions (columns student, due or extra_days) for the late policy")
    private Path extensions;

    @Option(names = "--jobs", paramLabel = "N",
            description = "submissions graded in parallel (default: the number of cores)")
    private Integer jobs;

    @Option(names = "--timings",
            description = "print to stderr the time spent reading, parsing, solving, comparing and writing")
    private boolean printTimings;

    @Override
    public Integer call() {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + n);
        }
        StageTimings timings = new StageTimings();
        long start = System.nanoTime();
        Assignment loaded = rubric.load();
        Assignment assignment = canvasAssignmentId == null ? loaded : loaded.withCanvasAssignmentId(canvasAssignmentId);
        timings.add(StageTimings.Stage.SOLVE, System.nanoTime() - start);
        Grading grading = new Grading(assignment, timings);
        LateHandIns late = LateHandIns.load(assignment.rubric(), Optional.ofNullable(times), Optional.ofNullable(extensions));
        ClassSummary summary = grading.gradeClass(paths, out, n, Optional.ofNullable(roster).map(Roster::read), html, late);
        if (printTimings) {
            spec.commandLine().getErr().printf("hwgrade: %d jobs, %.3f s wall%n%s", n, (System.nanoTime() - start) / 1e9,
                    timings.text());
        }
        var printer = spec.commandLine().getOut();
        printer.print(summary.text());
        printer.println("Reports written to " + out + "/ (results.json, gradebook.csv, canvas.csv, moodle.csv, feedback/"
                + (html ? ", report.html, students/)" : ")"));
        List<String> broken = grading.internalErrors();
        if (!broken.isEmpty()) {
            spec.commandLine().getErr().println("hwgrade: internal error (a bug in hwgrade; please report it) on "
                    + broken.size() + " submission(s), scored 0 with the error as the reason: "
                    + Escape.line(String.join(", ", broken.subList(0, Math.min(10, broken.size())))) + (broken.size() > 10 ? ", ..." : ""));
            return Main.INTERNAL_ERROR;
        }
        return 0;
    }
}
