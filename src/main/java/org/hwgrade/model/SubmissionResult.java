package org.hwgrade.model;

import java.util.List;
import java.util.Objects;

/** One student's graded submission: a result for every rubric part, in rubric order. */
public record SubmissionResult(Submission submission, List<PartResult> parts, Rational score, Rational maxScore) {

    public SubmissionResult {
        Objects.requireNonNull(submission, "submission");
        parts = List.copyOf(parts);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
    }

    public String student() {
        return submission.student();
    }
}
