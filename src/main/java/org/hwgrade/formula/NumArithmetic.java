package org.hwgrade.formula;

import java.math.BigInteger;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;

/**
 * Arithmetic on the model's numbers. Exact operands are computed exactly with commons-math
 * {@link BigFraction}; as soon as one operand is a {@link Real} the result is a double, because an
 * inexact input cannot give an exact output. This class is the only boundary between
 * {@link Rational} and {@link BigFraction}. Irrational functions (a square root that is not exact,
 * exp, log) give a {@link Real}; an exact argument whose result is exact (sqrt(9/4), exp(0), log(1))
 * stays exact.
 */
public final class NumArithmetic {

    private NumArithmetic() {
    }

    public static BigFraction toFraction(Rational r) {
        return new BigFraction(r.numerator(), r.denominator());
    }

    public static Rational toRational(BigFraction f) {
        return new Rational(f.getNumerator(), f.getDenominator());
    }

    public static Num add(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            return toRational(toFraction(x).add(toFraction(y)));
        }
        return new Real(a.toDouble() + b.toDouble());
    }

    public static Num subtract(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            return toRational(toFraction(x).subtract(toFraction(y)));
        }
        return new Real(a.toDouble() - b.toDouble());
    }

    public static Num multiply(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            return toRational(toFraction(x).multiply(toFraction(y)));
        }
        return new Real(a.toDouble() * b.toDouble());
    }

    /**
     * Exact powers whose result would pass this many bits are refused: (10^300)^10000 from a student's
     * answer must not stall follow-through.
     */
    private static final long MAX_POWER_BITS = 1 << 20;

    /** @throws OpException on an exact division by zero */
    public static Num divide(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            if (y.signum() == 0) {
                throw new OpException("division by zero", "the divisor is exactly 0");
            }
            return toRational(toFraction(x).divide(toFraction(y)));
        }
        return new Real(a.toDouble() / b.toDouble());
    }

    public static Num negate(Num a) {
        if (a instanceof Rational x) {
            return new Rational(x.numerator().negate(), x.denominator());
        }
        return new Real(-a.toDouble());
    }

    public static Num sum(List<? extends Num> terms) {
        Num total = Rational.ZERO;
        for (Num t : terms) {
            total = add(total, t);
        }
        return total;
    }

    /** -1, 0 or 1; a NaN counts as 0, so it is neither positive nor negative (no mask lets it through). */
    public static int signum(Num a) {
        if (a instanceof Rational x) {
            return x.signum();
        }
        double d = a.toDouble();
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }

    /** Orders numbers by value; exact when both are exact, as doubles otherwise (NaN sorts last). */
    public static int compare(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            return x.compareTo(y);
        }
        return Double.compare(a.toDouble(), b.toDouble());
    }

    public static Num abs(Num a) {
        return signum(a) < 0 ? negate(a) : a;
    }

    public static Num floor(Num a) {
        if (a instanceof Rational x) {
            return Rational.of(floorDiv(x));
        }
        return new Real(Math.floor(a.toDouble()));
    }

    public static Num ceil(Num a) {
        if (a instanceof Rational x) {
            return negate(Rational.of(floorDiv(new Rational(x.numerator().negate(), x.denominator()))));
        }
        return new Real(Math.ceil(a.toDouble()));
    }

    private static BigInteger floorDiv(Rational x) {
        BigInteger[] qr = x.numerator().divideAndRemainder(x.denominator());
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** Exact when the argument is the square of a rational (sqrt(9/4) = 3/2), a double otherwise. */
    public static Num sqrt(Num a) {
        if (signum(a) < 0) {
            throw new OpException("square root of the negative number " + a, "");
        }
        if (a instanceof Rational x) {
            BigInteger n = x.numerator().sqrt();
            BigInteger d = x.denominator().sqrt();
            if (n.multiply(n).equals(x.numerator()) && d.multiply(d).equals(x.denominator())) {
                return new Rational(n, d);
            }
        }
        return finite(Math.sqrt(a.toDouble()), "sqrt", a);
    }

    /** exp(0) = 1 exactly; any other argument gives a double. */
    public static Num exp(Num a) {
        if (a instanceof Rational x && x.signum() == 0) {
            return Rational.ONE;
        }
        return finite(Math.exp(a.toDouble()), "exp", a);
    }

    /** The natural logarithm; log(1) = 0 exactly. */
    public static Num log(Num a) {
        if (signum(a) <= 0) {
            throw new OpException("log of " + a + ", which is not positive", "log is defined for positive numbers only");
        }
        if (a instanceof Rational x && x.equals(Rational.ONE)) {
            return Rational.ZERO;
        }
        return finite(Math.log(a.toDouble()), "log", a);
    }

    /**
     * a^b: exact for an exact base and an integer exponent, and for an exact square root (b = p/2);
     * a double otherwise.
     */
    public static Num pow(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            if (y.isInteger()) {
                return integerPower(x, y.numerator());
            }
            if (x.signum() < 0) {
                throw new OpException("the negative number " + x + " to the fractional power " + y, "");
            }
            if (y.denominator().equals(BigInteger.TWO) && sqrt(x) instanceof Rational root) {
                return integerPower(root, y.numerator());
            }
        }
        double base = a.toDouble();
        double exponent = b.toDouble();
        if (base < 0 && exponent != Math.rint(exponent)) {
            throw new OpException("the negative number " + a + " to the fractional power " + b, "");
        }
        return finite(Math.pow(base, exponent), "^", a);
    }

    private static Num integerPower(Rational x, BigInteger e) {
        long bits = Math.max(x.numerator().bitLength(), x.denominator().bitLength());
        if (bits > 1 && (e.bitLength() > 31 || bits * e.abs().longValue() > MAX_POWER_BITS)) {
            throw new OpException("the exact power " + x + " ^ " + e + " is too large",
                    "its result would have more than " + MAX_POWER_BITS + " bits");
        }
        if (x.signum() == 0 && e.signum() < 0) {
            throw new OpException("division by zero: 0 to the negative power " + e, "");
        }
        return toRational(toFraction(x).pow(e));
    }

    private static Real finite(double value, String op, Num argument) {
        if (!Double.isFinite(value)) {
            throw new OpException(op + " of " + argument + " is not a finite number", "");
        }
        return new Real(value);
    }
}
