package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's graded submission: a result for every rubric part, in rubric order, and the total;
 * with a late policy, {@code late} says how it judged the hand-in and {@code score} is the total
 * after its penalty. {@code variant} names the student's variant (its seed's id) when the rubric
 * draws its givens per student.
 */
public record SubmissionResult(Submission submission, List<PartResult> parts, Rational score, Rational maxScore,
        Optional<Lateness> late, Optional<String> variant) {

    public SubmissionResult {
        Objects.requireNonNull(submission, "submission");
        parts = List.copyOf(parts);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(variant, "variant");
    }

    /** A result no late policy has judged (yet), of a rubric that is the same for every student. */
    public SubmissionResult(Submission submission, List<PartResult> parts, Rational score, Rational maxScore) {
        this(submission, parts, score, maxScore, Optional.empty(), Optional.empty());
    }

    public SubmissionResult withVariant(String variantId) {
        return new SubmissionResult(submission, parts, score, maxScore, late, Optional.of(variantId));
    }

    public String student() {
        return submission.student();
    }
}
