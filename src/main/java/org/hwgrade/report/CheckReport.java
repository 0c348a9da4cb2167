package org.hwgrade.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;

/**
 * What `hwgrade check` reports on one hand-in, at one reveal level: the hand-in as read, its grade
 * when one was made (below {@link Reveal#CORRECTNESS} `check` only reads, so a student-safe rubric
 * without a key is enough), and the time the check took. Every student-facing format is rendered
 * from this one record, so that what a level shows is decided in one place per format.
 */
public record CheckReport(Rubric rubric, Submission submission, Optional<SubmissionResult> result, Reveal reveal,
        long elapsedNanos) {

    public CheckReport {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reveal, "reveal");
        if (reveal.showsScores() && result.isEmpty()) {
            throw new IllegalArgumentException("reveal " + reveal.key() + " needs a graded result");
        }
    }

    public boolean readable() {
        return notRead().isEmpty();
    }

    /**
     * Why nothing of the hand-in was read: it could not be read at all, or it is not text (an
     * image, a Word document), so every part waits for a person without a reading. CI fails it at
     * every level: the student should hand in the source file.
     */
    public Optional<String> notRead() {
        if (submission.unreadable().isPresent()) {
            return submission.unreadable();
        }
        List<Answer> answers = rubric.parts().map(p -> submission.answer(p.id())).toList();
        boolean noReading = !answers.isEmpty() && answers.stream()
                .allMatch(a -> a instanceof Answer.ForReview r && r.readings().isEmpty());
        return noReading ? Optional.of(((Answer.ForReview) answers.get(0)).reason()) : Optional.empty();
    }

    public boolean found(Part part) {
        return readable() && submission.answer(part.id()) instanceof Answer.Found;
    }

    public long missingParts() {
        return rubric.parts().filter(p -> !found(p)).count();
    }

    /**
     * Passing, as CI sees it: the hand-in was read and, from {@link Reveal#FOUND} on, every part was
     * found; a minimum score applies only where scores are shown.
     */
    public boolean passes(Optional<Rational> minScore) {
        if (!readable() || (reveal.showsParts() && missingParts() > 0)) {
            return false;
        }
        return minScore.isEmpty() || !reveal.showsScores() || result.orElseThrow().score().compareTo(minScore.get()) >= 0;
    }

    /** Seconds with millisecond precision, as JUnit and Gradescope write times. */
    public String elapsedSeconds() {
        return String.format(java.util.Locale.ROOT, "%.3f", elapsedNanos / 1e9);
    }
}
