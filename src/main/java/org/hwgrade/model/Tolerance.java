package org.hwgrade.model;

/**
 * How a received number is compared with the key's. The formulas are in docs/rubric.md and in the
 * comparator's case table; this type only names the rule and its parameters.
 */
public sealed interface Tolerance {

    /** Equal as exact rationals: 4.0, 8/2 and 4 all equal 4. The default for rational keys. */
    record Exact() implements Tolerance {
        @Override
        public String describe() {
            return "exact";
        }
    }

    /** Pass iff |a − b| ≤ atol + rtol·|b|, b the key (numpy allclose, PrairieLearn relabs). */
    record RelAbs(double rtol, double atol) implements Tolerance {
        public RelAbs {
            if (!(rtol >= 0) || !(atol >= 0) || Double.isInfinite(rtol) || Double.isInfinite(atol)) {
                throw new IllegalArgumentException("rtol and atol must be finite and non-negative");
            }
        }

        @Override
        public String describe() {
            return "relabs(rtol=" + rtol + ", atol=" + atol + ")";
        }
    }

    /** Significant figures, PrairieLearn's window: eps = 0.51·10^−n, n = −floor(log10|b|) + d − 1. */
    record SigFig(int digits) implements Tolerance {
        /** A double carries 17 significant digits; more would ask for precision no computation has. */
        public static final int MAX_DIGITS = 17;

        public SigFig {
            if (digits < 1 || digits > MAX_DIGITS) {
                throw new IllegalArgumentException("sigfig digits must be from 1 to " + MAX_DIGITS + ", found " + digits);
            }
        }

        @Override
        public String describe() {
            return "sigfig(" + digits + ")";
        }
    }

    /** Decimal digits, PrairieLearn's window: eps = 0.51·10^−d. */
    record DecDig(int digits) implements Tolerance {
        /** As for significant figures: beyond 17 decimals no answer computed or typed by hand is that exact. */
        public static final int MAX_DIGITS = 17;

        public DecDig {
            if (digits < 0 || digits > MAX_DIGITS) {
                throw new IllegalArgumentException("decdig digits must be from 0 to " + MAX_DIGITS + ", found " + digits);
            }
        }

        @Override
        public String describe() {
            return "decdig(" + digits + ")";
        }
    }

    String describe();
}
