package org.hwgrade.formula;

import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;

/** {@code > >= < <= == !=} as 0/1 masks: exact between rationals; a NaN passes no comparison but !=. */
final class Comparisons {

    private Comparisons() {
    }

    static Num mask(BinaryOp op, Num a, Num b) {
        boolean holds;
        if (a instanceof Rational x && b instanceof Rational y) {
            int c = x.compareTo(y);
            holds = test(op, c < 0, c == 0, c > 0);
        } else {
            double x = a.toDouble();
            double y = b.toDouble();
            holds = test(op, x < y, x == y, x > y);
        }
        return holds ? Rational.ONE : Rational.ZERO;
    }

    private static boolean test(BinaryOp op, boolean less, boolean equal, boolean greater) {
        return switch (op) {
            case LT -> less;
            case LE -> less || equal;
            case GT -> greater;
            case GE -> greater || equal;
            case EQ -> equal;
            case NE -> !equal;
            default -> throw new IllegalArgumentException(op + " is not a comparison");
        };
    }
}
