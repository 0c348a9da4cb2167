package org.hwgrade.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hwgrade.model.Rational;

/**
 * How a score is shown: at most two decimals, rounded half-up from the exact value, trailing zeros
 * dropped (4, 2.5, 0.33, 0.67). Only for display: totals are always summed exactly first, so a
 * total of three 1/3 points shows 1, not 0.99.
 */
public final class ScoreFormat {

    private static final int DECIMALS = 2;

    private ScoreFormat() {
    }

    public static String display(Rational score) {
        BigDecimal shown = new BigDecimal(score.numerator())
                .divide(new BigDecimal(score.denominator()), DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /** "2.5/4": a score out of its maximum. */
    public static String display(Rational score, Rational max) {
        return display(score) + "/" + display(max);
    }
}
