package org.hwgrade.report;

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

    /**
     * Scores are few distinct fractions of the parts' points (0, 1/2, 1, 3/2, ...) shown millions of
     * times in a large class: each is formatted once. Bounded, in case a rubric has odd credits.
     */
    private static final int CACHE_LIMIT = 4096;
    private static final java.util.Map<Rational, String> SHOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private ScoreFormat() {
    }

    /** Whole scores 0..255, most of all scores shown: an array index, where the map would hash two BigIntegers. */
    private static final String[] WHOLE = java.util.stream.IntStream.range(0, 256).mapToObj(Integer::toString).toArray(String[]::new);

    public static String display(Rational score) {
        if (score.isInteger() && score.numerator().signum() >= 0 && score.numerator().bitLength() <= 8) {
            return WHOLE[score.numerator().intValue()];
        }
        String cached = SHOWN.get(score);
        if (cached != null) {
            return cached;
        }
        String shown = format(score);
        if (SHOWN.size() < CACHE_LIMIT) {
            SHOWN.put(score, shown);
        }
        return shown;
    }

    private static String format(Rational score) {
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
