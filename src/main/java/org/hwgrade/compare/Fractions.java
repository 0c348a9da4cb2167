package org.hwgrade.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.solver.NumArithmetic;

/**
 * Exact arithmetic for scores and tolerance windows on top of the solver's {@link NumArithmetic}, the one
 * boundary between the model's JDK-only {@link Rational} and commons-math's {@link BigFraction}:
 * decimals, powers of ten, sums.
 */
public final class Fractions {

    private Fractions() {
    }

    /** Delegates to the solver's single Rational/BigFraction boundary. */
    public static BigFraction toFraction(Rational r) {
        return NumArithmetic.toFraction(r);
    }

    public static Rational toRational(BigFraction f) {
        return NumArithmetic.toRational(f);
    }

    /** The exact value of a decimal: 0.01 is 1/100. */
    public static BigFraction of(BigDecimal d) {
        if (d.scale() <= 0) {
            return new BigFraction(d.toBigIntegerExact());
        }
        return new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * The exact value of a finite number: a Rational as itself, a double as the binary fraction it
     * holds (0.1 as a double is 3602879701896397/36028797018963968, not 1/10). Empty for NaN and ±∞.
     */
    public static Optional<BigFraction> exact(Num n) {
        if (n instanceof Rational r) {
            return Optional.of(toFraction(r));
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
            total = total.add(toFraction(v));
        }
        return toRational(total);
    }

    public static Rational multiply(Rational a, Rational b) {
        return toRational(toFraction(a).multiply(toFraction(b)));
    }
}
