package org.hwgrade.formula;

/**
 * The cost bound of one operation, checked before it runs: the rubric's givens, strides and paddings
 * decide how much work an op does, and a key must be computed in well under a second, not in a minute
 * and a gigabyte (a 1000×1000 convolution). An op estimates its steps (multiply-adds, entries made)
 * from its arguments' sizes and calls {@link #require} first; exceeding the bound is an
 * {@link OpException}, which the solver reports against the rubric.
 */
public final class Work {

    /** Steps one operation may take: about a second of exact arithmetic on small numbers. */
    public static final long MAX_STEPS = 5_000_000;

    private Work() {
    }

    /**
     * @param operation what is computed, for the message ("a convolution")
     * @param factors   the sizes whose product is the number of steps (saturating, never overflowing)
     * @throws OpException when the product exceeds {@link #MAX_STEPS}
     */
    public static void require(String operation, long... factors) {
        long steps = 1;
        for (long f : factors) {
            if (f <= 0) {
                return; // an empty operand: no work at all
            }
            steps = steps > MAX_STEPS / f ? MAX_STEPS + 1 : steps * f;
        }
        if (steps > MAX_STEPS) {
            throw new OpException(operation + " would take more than " + MAX_STEPS + " steps with these sizes",
                    "use smaller givens, strides and paddings: homework is worked by hand");
        }
    }
}
