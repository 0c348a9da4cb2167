package org.hwgrade.ops.network;

import org.hwgrade.formula.OpException;

/** Products and sums of sizes that fail with a message, never wrap around, when they pass 2^63. */
final class Counts {

    private Counts() {
    }

    static long product(long... factors) {
        long p = 1;
        try {
            for (long f : factors) {
                p = Math.multiplyExact(p, f);
            }
        } catch (ArithmeticException e) {
            throw tooLarge();
        }
        return p;
    }

    static long sum(long... terms) {
        long s = 0;
        try {
            for (long t : terms) {
                s = Math.addExact(s, t);
            }
        } catch (ArithmeticException e) {
            throw tooLarge();
        }
        return s;
    }

    private static OpException tooLarge() {
        return new OpException("the count overflows a 64-bit integer", "use smaller layers");
    }
}
