package org.hwgrade.compare;

import org.hwgrade.model.Rational;
import org.hwgrade.model.Verdict;

/** Credit is a fraction of a part's points in [0, 1]; these helpers keep it so and name its verdict. */
final class Credits {

    private Credits() {
    }

    /** CORRECT for full credit, INCORRECT for none, PARTIAL in between. */
    static Verdict verdictOf(Rational credit) {
        if (credit.compareTo(Rational.ONE) >= 0) {
            return Verdict.CORRECT;
        }
        return credit.signum() <= 0 ? Verdict.INCORRECT : Verdict.PARTIAL;
    }

    /**
     * A rubric credit forced into [0, 1]. The rubric loader should reject anything else; clamping
     * here keeps one bad number from making a result that claims more than the part's points.
     */
    static Rational clamp(Rational credit) {
        if (credit.signum() < 0) {
            return Rational.ZERO;
        }
        return credit.compareTo(Rational.ONE) > 0 ? Rational.ONE : credit;
    }
}
