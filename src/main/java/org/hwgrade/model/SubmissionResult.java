package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's graded submission: a result for every rubric part, in rubric order, and the total;
 * with a late policy, {@code late} says how it judged the hand-in and {@code score} is the total
 * after its penalty.
 */
public record SubmissionResult(Submission submission, List<PartResult> parts, Rational score, Rational maxScore,
        Optional<Lateness> late) {

    public SubmissionResult {
        Objects.requireNonNull(submission, "submission");
        parts = List.copyOf(parts);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(late, "late");
    }

    /** A result no late policy has judged (yet). */
    public SubmissionResult(Submission submission, List<PartResult> parts, Rational score, Rational maxScore) {
        this(submission, parts, score, maxScore, Optional.empty());
    }

    public String student() {
        return submission.student();
    }
}
