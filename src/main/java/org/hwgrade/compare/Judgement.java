package org.hwgrade.compare;

import java.util.List;
import java.util.Objects;
import org.hwgrade.model.Match;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Verdict;

/**
 * A {@link SymbolicJudge}'s decision on one symbolic answer: a credit (a fraction of the part's
 * points) with feedback, or REVIEW when a person must decide. Build it with {@link #review} or
 * {@link #credited}; the verdict always agrees with the credit.
 */
public record Judgement(Verdict verdict, Rational credit, Match matched, List<String> feedback) {

    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(matched, "matched");
        feedback = List.copyOf(feedback);
        if (credit.signum() < 0 || credit.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("credit " + credit + " outside [0, 1]");
        }
        if (verdict == Verdict.MISSING) {
            throw new IllegalArgumentException("a judged answer is never missing");
        }
        if (verdict == Verdict.REVIEW ? credit.signum() != 0 : verdict != Credits.verdictOf(credit)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not fit credit " + credit);
        }
    }

    /** A judgement that matched the key when it earns credit, nothing otherwise. */
    public Judgement(Verdict verdict, Rational credit, List<String> feedback) {
        this(verdict, credit, credit.signum() > 0 ? new Match.Key() : new Match.None(), feedback);
    }

    /** The answer is the named misconception of the part, worth {@code credit} of its points. */
    public static Judgement misconception(String name, Rational credit, List<String> feedback) {
        return new Judgement(Credits.verdictOf(credit), credit, new Match.Misconceived(name), feedback);
    }

    /** No score yet: a person reviews the answer; {@code reason} is shown to the student. */
    public static Judgement review(String reason) {
        return new Judgement(Verdict.REVIEW, Rational.ZERO, List.of(reason));
    }

    /** A decided answer worth {@code credit} of the part's points (1 = right, 0 = wrong). */
    public static Judgement credited(Rational credit, List<String> feedback) {
        return new Judgement(Credits.verdictOf(credit), credit, feedback);
    }
}
