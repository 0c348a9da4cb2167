package org.hwgrade.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hwgrade.compare.SubmissionGrader;
import org.hwgrade.compare.SymbolicCheckerJudge;
import org.hwgrade.compare.SymbolicJudge;
import org.hwgrade.grading.StageTimings.Stage;
import org.hwgrade.lms.HandIn;
import org.hwgrade.lms.Roster;
import org.hwgrade.solver.SolvedRubric;
import org.hwgrade.solver.StudentVariant;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.ReviewQueue;
import org.hwgrade.report.CanvasGradebookCsv;
import org.hwgrade.report.ClassReport;
import org.hwgrade.report.ClassReportHtml;
import org.hwgrade.report.ClassSummary;
import org.hwgrade.report.FeedbackFileNames;
import org.hwgrade.report.MoodleWorksheetCsv;
import org.hwgrade.report.StudentPageHtml;
import org.hwgrade.report.FeedbackMarkdown;
import org.hwgrade.report.GradebookCsv;
import org.hwgrade.report.ReportGeneration;
import org.hwgrade.report.ResultsJson;
import org.hwgrade.submission.SubmissionReader;

/**
 * The facade that the CLI and the tests share: read, grade and report a class, or one file.
 * Hand-ins are graded in parallel but written in roster order, so the output is byte-identical for
 * any number of jobs, and only a bounded window of results is in memory at a time.
 */
public final class Grading {

    /**
     * Hand-ins in flight per job: bounds the heap whatever the class size, and is deep enough that
     * the workers never wait while results are written in order.
     */
    private static final int WINDOW_PER_JOB = 128;

    /** The folder of per-student HTML pages beside report.html. */
    static final String STUDENT_PAGES = "students";

    private final Assignment assignment;
    private final SubmissionReader reader;
    private final SymbolicJudge judge;
    private final SubmissionGrader grader;
    private final StageTimings timings;
    private final Queue<String> internalErrors = new ConcurrentLinkedQueue<>();
    /** This thread's file-read time so far: parse time is a read's time less its files' byte reads. */
    private final ThreadLocal<long[]> fileReadNanos = ThreadLocal.withInitial(() -> new long[1]);

    public Grading(Assignment assignment) {
        this(assignment, new StageTimings());
    }

    /** @param timings where the time of each stage is added up (docs/performance.md) */
    public Grading(Assignment assignment, StageTimings timings) {
        this(assignment, timings, new SymbolicCheckerJudge());
    }

    /** @param judge grades the symbolic parts (a test may hand in one that fails on purpose) */
    Grading(Assignment assignment, StageTimings timings, SymbolicJudge judge) {
        this(assignment, timings, judge, false);
    }

    private Grading(Assignment assignment, StageTimings timings, SymbolicJudge judge, boolean keyHidden) {
        this.assignment = assignment;
        this.timings = timings;
        this.reader = new SubmissionReader(assignment.rubric(), nanos -> {
            timings.add(Stage.READ, nanos);
            fileReadNanos.get()[0] += nanos;
        });
        this.judge = judge;
        this.grader = new SubmissionGrader(judge, keyHidden);
    }

    /**
     * The same grading with every key value kept out of the results and their feedback, whatever
     * the rubric's show_key: what a student sees in CI below the `key` reveal level.
     */
    public Grading withKeyHidden() {
        return new Grading(assignment, timings, judge, true);
    }

    public Assignment assignment() {
        return assignment;
    }

    public StageTimings timings() {
        return timings;
    }

    /**
     * Reads one hand-in (file or folder); bad content becomes part of the result, never an exception.
     *
     * @throws HwgradeException when the path does not exist (a usage error, not a student's fault)
     */
    public Submission read(Path path) {
        return read(path, Optional.empty());
    }

    /**
     * Reads one hand-in of the student {@code studentId} when given (`check --student`): that id wins
     * over the file's header and name, as a roster's id does, so a variant rubric grades it against
     * that student's numbers.
     */
    public Submission read(Path path, Optional<String> studentId) {
        return read(single(path, studentId));
    }

    /**
     * Reads and grades one hand-in; an internal error becomes its result, as in a class, and is
     * listed in {@link #internalErrors()}.
     *
     * @throws HwgradeException when the path does not exist
     */
    public SubmissionResult grade(Path path) {
        return grade(path, Optional.empty());
    }

    /** Reads and grades one hand-in, of the student {@code studentId} when given, as {@link #read(Path, Optional)}. */
    public SubmissionResult grade(Path path, Optional<String> studentId) {
        return gradeSafely(single(path, studentId), Optional.empty());
    }

    private static ClassRoster.Entry single(Path path, Optional<String> studentId) {
        ClassRoster.Entry e = ClassRoster.single(path);
        return studentId.map(id -> new ClassRoster.Entry(e.student(),
                e.handIn().withInfo(e.handIn().info().withRoster(id, Optional.empty(), Optional.empty())), e.roots()))
                .orElse(e);
    }

    public SubmissionResult grade(Submission submission) {
        return grade(submission, Optional.empty());
    }

    /** @param classList the roster the class is graded with: with a variant rubric, who is known */
    private SubmissionResult grade(Submission submission, Optional<Roster> classList) {
        long start = System.nanoTime();
        SubmissionResult result = assignment.variants().isEmpty()
                ? grader.grade(assignment.rubric(), assignment.solved()::graphOf, submission)
                : gradeOwnVariant(assignment.variants().get(), submission, classList);
        timings.add(Stage.COMPARE, System.nanoTime() - start);
        return result;
    }

    /** Against the student's own numbers; a hand-in whose student is not known goes to review. */
    private SubmissionResult gradeOwnVariant(VariantKeys keys, Submission submission, Optional<Roster> classList) {
        Optional<String> student = VariantKeys.studentOf(submission, classList);
        if (student.isEmpty()) {
            return SubmissionGrader.forReview(assignment.rubric(), submission, "every student has their own numbers, and "
                    + "this hand-in's student is not in the roster: match it to a student (roster id, or `student: ID` "
                    + "in the file's header), then grade again");
        }
        StudentVariant v = keys.of(student.get());
        SolvedRubric solved = v.solved();
        return grader.grade(solved.rubric(), solved::graphOf, submission).withVariant(v.seed().id());
    }

    /**
     * Grades every hand-in under {@code inputs} and writes results.json, gradebook.csv and
     * feedback/STUDENT.md under {@code outDir}, all or nothing: they are written into a new
     * generation of the output folder that replaces the old one with a single rename once every
     * report is complete ({@link ReportGeneration}, docs/results.md).
     *
     * @throws HwgradeException when an input path does not exist, the output folder may not be used,
     *     or it cannot be written
     */
    public ClassSummary gradeClass(List<Path> inputs, Path outDir, int jobs) {
        return gradeClass(inputs, outDir, jobs, Optional.empty());
    }

    /** As above, naming students by the roster's ids and giving every student of it a row. */
    public ClassSummary gradeClass(List<Path> inputs, Path outDir, int jobs, Optional<Roster> classList) {
        return gradeClass(inputs, outDir, jobs, classList, false);
    }

    /**
     * As above; with {@code html}, also report.html (the class at a glance) and students/NAME.html
     * (one page per student, linked from it). Besides gradebook.csv, canvas.csv and moodle.csv are
     * written for the learning systems' grade importers.
     */
    public ClassSummary gradeClass(List<Path> inputs, Path outDir, int jobs, Optional<Roster> classList, boolean html) {
        return gradeClass(inputs, outDir, jobs, classList, html, LateHandIns.of(assignment.rubric()));
    }

    /**
     * As above, judging each hand-in by the rubric's late policy with the TA's submission times and
     * extensions: the penalty comes off the total after overrides (docs/late.md).
     */
    public ClassSummary gradeClass(List<Path> inputs, Path outDir, int jobs, Optional<Roster> classList, boolean html,
            LateHandIns late) {
        inputs.forEach(ClassRoster::requireExists);
        if (!assignment.gradable()) {
            assignment.solved(); // a student-safe rubric has no key: refused before any report is touched
        }
        Instant gradedAt = Instant.now();
        ClassSummary summary = new ClassSummary(assignment.rubric());
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs) : null;
        try (ReportGeneration reports = ReportGeneration.open(outDir, inputs)) {
            List<ClassRoster.Entry> roster = ClassRoster.of(inputs, outDir, classList,
                    zip -> reports.unpackFolder(zip.getFileName().toString()));
            Overrides overrides = Overrides.load(outDir, assignment.rubric());
            Path feedbackDir = reports.folder("feedback");
            Path pages = html ? reports.folder(STUDENT_PAGES) : null;
            ClassReport classReport = html ? new ClassReport(assignment.rubric()) : null;
            List<String> fileNames = FeedbackFileNames.assign(roster.stream().map(ClassRoster.Entry::student).toList());
            try (ResultsJson results = new ResultsJson(reports.create("results.json"), assignment.rubric(), assignment.sha256());
                    GradebookCsv gradebook = new GradebookCsv(reports.create("gradebook.csv"), assignment.rubric());
                    CanvasGradebookCsv canvas = new CanvasGradebookCsv(reports.create("canvas.csv"), assignment.rubric());
                    MoodleWorksheetCsv moodle = new MoodleWorksheetCsv(reports.create("moodle.csv"), gradedAt)) {
                Deque<Future<SubmissionResult>> inFlight = new ArrayDeque<>();
                int next = 0;
                while (next < roster.size() || !inFlight.isEmpty()) {
                    while (pool != null && next < roster.size() && inFlight.size() < WINDOW_PER_JOB * jobs) {
                        ClassRoster.Entry e = roster.get(next);
                        String name = fileNames.get(next++);
                        inFlight.add(pool.submit(() -> gradeAndWriteFeedback(e, classList, overrides, late, feedbackDir, pages, name)));
                    }
                    SubmissionResult r;
                    if (pool == null) {
                        r = gradeAndWriteFeedback(roster.get(next), classList, overrides, late, feedbackDir, pages, fileNames.get(next));
                        next++;
                    } else {
                        r = await(inFlight.poll());
                    }
                    long start = System.nanoTime();
                    results.write(r);
                    gradebook.write(r);
                    canvas.write(r);
                    moodle.write(r);
                    summary.add(r);
                    if (classReport != null) {
                        classReport.add(r, STUDENT_PAGES + "/" + r.student() + ".html");
                    }
                    timings.add(Stage.WRITE, System.nanoTime() - start);
                }
            }
            long start = System.nanoTime();
            if (classReport != null) {
                try (var page = reports.create("report.html")) {
                    page.write(ClassReportHtml.render(classReport).getBytes(StandardCharsets.UTF_8));
                }
            }
            reports.commit();
            timings.add(Stage.WRITE, System.nanoTime() - start);
        } catch (IOException e) {
            throw new HwgradeException("cannot write the reports: " + e.getMessage(),
                    new HwgradeException.Location(outDir.toString(), 0, 0), "check that the folder is writable", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return summary;
    }

    /**
     * What awaits a person: every part of the class left for review once the decisions in
     * {@code outDir}'s overrides file are applied, in roster order, with the hash a decision for it
     * must carry. Grades in memory and writes no report; a zip is unpacked into a temporary folder.
     */
    public List<ReviewQueue.Item> reviewQueue(List<Path> inputs, Path outDir, Optional<Roster> classList) {
        inputs.forEach(ClassRoster::requireExists);
        Path temp = null;
        try {
            Path unpacked = temp = Files.createTempDirectory("hwgrade-review-");
            List<ClassRoster.Entry> roster = ClassRoster.of(inputs, outDir, classList,
                    zip -> Files.createDirectory(unpacked.resolve(zip.getFileName().toString())));
            Overrides overrides = Overrides.load(outDir, assignment.rubric());
            List<ReviewQueue.Item> items = new ArrayList<>();
            for (ClassRoster.Entry e : roster) {
                SubmissionResult r = overrides.apply(gradeSafely(e, classList));
                r.parts().stream().filter(p -> p.verdict() == Verdict.REVIEW)
                        .forEach(p -> items.add(new ReviewQueue.Item(r.student(), p, AnswerHash.of(p))));
            }
            return items;
        } catch (IOException e) {
            throw new HwgradeException("cannot unpack the class for review: " + e.getMessage(),
                    new HwgradeException.Location(System.getProperty("java.io.tmpdir"), 0, 0), "check the disk space", e);
        } finally {
            if (temp != null) {
                try {
                    ReportGeneration.deleteTree(temp);
                } catch (IOException e) {
                    // A leftover temporary folder is untidy, not wrong; the system cleans its temp folder.
                }
            }
        }
    }

    private static SubmissionResult await(Future<SubmissionResult> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * @param pages    where the student's HTML page goes, or null when no HTML report is made
     * @param fileName the student's file name made safe, without extension ({@link FeedbackFileNames})
     */
    private SubmissionResult gradeAndWriteFeedback(ClassRoster.Entry entry, Optional<Roster> classList, Overrides overrides,
            LateHandIns late, Path feedbackDir, Path pages, String fileName)
            throws IOException {
        SubmissionResult result = late.apply(overrides.apply(gradeSafely(entry, classList)));
        long start = System.nanoTime();
        String page;
        try {
            page = FeedbackMarkdown.render(assignment.rubric(), result);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            result = internalError(entry, result.submission().files(), "writing the feedback", e);
            page = FeedbackMarkdown.render(assignment.rubric(), result);
        }
        // Written in place: the generation is switched in whole once every file is there.
        Files.writeString(feedbackDir.resolve(fileName + ".md"), page);
        if (pages != null) {
            Files.writeString(pages.resolve(fileName + ".html"), StudentPageHtml.render(assignment.rubric(), result));
        }
        timings.add(Stage.WRITE, System.nanoTime() - start);
        return result;
    }

    /**
     * A bug of ours on one strange file must not cost the class its grades: it becomes that
     * student's result (0, with the reason), the batch goes on, and the run ends with exit code 3
     * ({@link #internalErrors()}). That includes running out of heap or stack on one hand-in: the
     * memory it held is garbage once its frames unwind, so the JVM recovers for the next student.
     */
    private SubmissionResult gradeSafely(ClassRoster.Entry entry, Optional<Roster> classList) {
        Submission submission;
        long[] fileRead = fileReadNanos.get();
        long readBefore = fileRead[0];
        long start = System.nanoTime();
        try {
            submission = read(entry);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return internalError(entry, entry.files(), "reading", e);
        }
        long parsed = System.nanoTime();
        timings.add(Stage.PARSE, parsed - start - (fileRead[0] - readBefore));
        try {
            return grade(submission, classList);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return internalError(entry, submission.files(), "grading", e);
        }
    }

    private SubmissionResult internalError(ClassRoster.Entry entry, List<String> files, String stage, Throwable e) {
        internalErrors.add(entry.student());
        return grade(Submission.unreadable(entry.student(), files,
                "internal error while " + stage + " (a bug in hwgrade; please report it): " + e));
    }

    /**
     * The students whose reading, grading or feedback failed with an internal error, in the order
     * the errors happened; their results say so. Any at all make `grade` exit with code 3.
     */
    public List<String> internalErrors() {
        return List.copyOf(internalErrors);
    }

    private Submission read(ClassRoster.Entry entry) {
        HandIn h = entry.handIn();
        Submission s = h.plain() ? reader.read(h.paths().get(0), entry.roots().get(0))
                : reader.read(entry.student(), h.paths(), entry.roots());
        return s.withIdentity(entry.student(), h.info());
    }
}
