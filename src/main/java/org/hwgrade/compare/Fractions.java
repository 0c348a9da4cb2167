package org.hwgrade.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;

/**
 * Exact arithmetic for scores and tolerance windows on top of the solver's {@link NumArithmetic}, the one
 * boundary between the model's JDK-only {@link Rational} and commons-math's {@link BigFraction}:
 * decimals, powers of ten, sums.
 */
public final class Fractions {

    private Fractions() {
    }


    /** The exact value of a decimal: 0.01 is 1/100. */
    public static BigFraction of(BigDecimal d) {
        return NumArithmetic.toFraction(Rational.of(d));
    }

    /**
     * The exact value of a finite number: a Rational as itself, a double as the binary fraction it
     * holds (0.1 as a double is 3602879701896397/36028797018963968, not 1/10). Empty for NaN and ±∞.
     */
    public static Optional<BigFraction> exact(Num n) {
        if (n instanceof Rational r) {
            return Optional.of(NumArithmetic.toFraction(r));
        }
        double x = n.toDouble();
        return Double.isFinite(x) ? Optional.of(new BigFraction(x)) : Optional.empty();
    }

    /** 10^e exactly, for any integer e. */
    public static BigFraction powerOfTen(int e) {
        return e >= 0
                ? new BigFraction(BigInteger.TEN.pow(e))
                : new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(-e));
    }

    /** The sum of exact values, never through doubles. */
    public static Rational sum(Iterable<Rational> values) {
        BigFraction total = BigFraction.ZERO;
        for (Rational v : values) {
            total = total.add(NumArithmetic.toFraction(v));
        }
        return NumArithmetic.toRational(total);
    }

    public static Rational add(Rational a, Rational b) {
        return NumArithmetic.toRational(NumArithmetic.toFraction(a).add(NumArithmetic.toFraction(b)));
    }

    /** The exact mean of a sum over {@code count} items (0 when there are none). */
    public static Rational mean(Rational sum, int count) {
        return count == 0 ? Rational.ZERO : NumArithmetic.toRational(NumArithmetic.toFraction(sum).divide(count));
    }

    public static Rational multiply(Rational a, Rational b) {
        return NumArithmetic.toRational(NumArithmetic.toFraction(a).multiply(NumArithmetic.toFraction(b)));
    }
}
