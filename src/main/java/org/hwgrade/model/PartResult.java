package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one part: exact score out of the part's points, the verdict, what matched, what was
 * received and expected, feedback lines for the student and where the answer was read.
 */
public record PartResult(
        String partId,
        Rational score,
        Rational maxScore,
        Verdict verdict,
        Match matched,
        Optional<Value> received,
        Optional<Value> expected,
        List<String> feedback,
        Optional<Source> source) {

    public PartResult {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(expected, "expected");
        feedback = List.copyOf(feedback);
        Objects.requireNonNull(source, "source");
        if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
            throw new IllegalArgumentException("score " + score + " outside [0, " + maxScore + "] for part " + partId);
        }
    }
}
