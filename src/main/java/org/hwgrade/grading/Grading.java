package org.hwgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hwgrade.compare.SubmissionGrader;
import org.hwgrade.compare.SymbolicCheckerJudge;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.report.AtomicOutput;
import org.hwgrade.report.ClassSummary;
import org.hwgrade.report.FeedbackMarkdown;
import org.hwgrade.report.GradebookCsv;
import org.hwgrade.report.ResultsJson;
import org.hwgrade.submission.SubmissionReader;

/**
 * The facade that the CLI and the tests share: read, grade and report a class, or one file.
 * Batches are graded in parallel but written in roster order, so the output is byte-identical for
 * any number of jobs, and only one batch of results is in memory at a time.
 */
public final class Grading {

    /** Results held in memory at once: bounds the heap whatever the class size. */
    private static final int BATCH = 256;

    private final Assignment assignment;
    private final SubmissionReader reader;
    private final SubmissionGrader grader;

    public Grading(Assignment assignment) {
        this.assignment = assignment;
        this.reader = new SubmissionReader(assignment.rubric());
        this.grader = new SubmissionGrader(new SymbolicCheckerJudge());
    }

    public Assignment assignment() {
        return assignment;
    }

    /**
     * Reads one hand-in (file or folder); bad content becomes part of the result, never an exception.
     *
     * @throws HwgradeException when the path does not exist (a usage error, not a student's fault)
     */
    public Submission read(Path path) {
        return read(ClassRoster.single(path));
    }

    /** Reads and grades one hand-in. */
    public SubmissionResult grade(Path path) {
        return grade(read(path));
    }

    public SubmissionResult grade(Submission submission) {
        return grader.grade(assignment.rubric(), assignment.solved()::graphOf, submission);
    }

    /**
     * Grades every hand-in under {@code inputs} and writes results.json, gradebook.csv and
     * feedback/STUDENT.md under {@code outDir}, each atomically.
     *
     * @throws HwgradeException when an input path does not exist or the output cannot be written
     */
    public ClassSummary gradeClass(List<Path> inputs, Path outDir, int jobs) {
        List<ClassRoster.Entry> roster = ClassRoster.of(inputs);
        Path feedbackDir = outDir.resolve("feedback");
        ClassSummary summary = new ClassSummary(assignment.rubric());
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs) : null;
        try (AtomicOutput resultsFile = AtomicOutput.open(outDir.resolve("results.json"));
                AtomicOutput gradebookFile = AtomicOutput.open(outDir.resolve("gradebook.csv"))) {
            Files.createDirectories(feedbackDir);
            try (ResultsJson results = new ResultsJson(resultsFile.stream(), assignment.rubric(), assignment.sha256());
                    GradebookCsv gradebook = new GradebookCsv(gradebookFile.stream(), assignment.rubric())) {
                for (int start = 0; start < roster.size(); start += BATCH) {
                    for (SubmissionResult r : gradeBatch(roster.subList(start, Math.min(roster.size(), start + BATCH)),
                            feedbackDir, pool)) {
                        results.write(r);
                        gradebook.write(r);
                        summary.add(r);
                    }
                }
            }
            resultsFile.commit();
            gradebookFile.commit();
            removeStaleFeedback(feedbackDir, roster);
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

    private List<SubmissionResult> gradeBatch(List<ClassRoster.Entry> batch, Path feedbackDir, ExecutorService pool)
            throws IOException {
        if (pool == null) {
            List<SubmissionResult> out = new ArrayList<>(batch.size());
            for (ClassRoster.Entry e : batch) {
                out.add(gradeAndWriteFeedback(e, feedbackDir));
            }
            return out;
        }
        List<Future<SubmissionResult>> futures = new ArrayList<>(batch.size());
        for (ClassRoster.Entry e : batch) {
            futures.add(pool.submit(() -> gradeAndWriteFeedback(e, feedbackDir)));
        }
        List<SubmissionResult> out = new ArrayList<>(batch.size());
        for (Future<SubmissionResult> f : futures) {
            try {
                out.add(f.get());
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
        return out;
    }

    private SubmissionResult gradeAndWriteFeedback(ClassRoster.Entry entry, Path feedbackDir) throws IOException {
        SubmissionResult result = gradeSafely(entry);
        AtomicOutput.writeString(feedbackDir.resolve(entry.student() + ".md"),
                FeedbackMarkdown.render(assignment.rubric(), result));
        return result;
    }

    /**
     * A bug of ours on one strange file must not cost the class its grades: it becomes that
     * student's result (0, with the reason) and the batch goes on.
     */
    private SubmissionResult gradeSafely(ClassRoster.Entry entry) {
        Submission submission;
        try {
            submission = read(entry);
        } catch (RuntimeException e) {
            submission = Submission.unreadable(entry.student(), List.of(entry.path().toString()),
                    "internal error while reading (please report it): " + e);
        }
        try {
            return grade(submission);
        } catch (RuntimeException e) {
            return grade(Submission.unreadable(entry.student(), submission.files(),
                    "internal error while grading (please report it): " + e));
        }
    }

    private Submission read(ClassRoster.Entry entry) {
        Submission s = reader.read(entry.path());
        if (s.student().equals(entry.student())) {
            return s;
        }
        return new Submission(entry.student(), s.files(), s.header(), s.answers(), s.unreadable());
    }

    /** Feedback files of students no longer in the class would mislead: remove them. */
    private static void removeStaleFeedback(Path feedbackDir, List<ClassRoster.Entry> roster) throws IOException {
        Set<String> current = new HashSet<>();
        roster.forEach(e -> current.add(e.student() + ".md"));
        try (Stream<Path> files = Files.list(feedbackDir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".md") && !current.contains(name)) {
                    Files.delete(f);
                }
            }
        }
    }
}
