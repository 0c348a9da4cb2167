package org.hwgrade.formula;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;

/**
 * Arithmetic on the model's numbers. Exact operands are computed exactly with commons-math
 * {@link BigFraction}; as soon as one operand is a {@link Real} the result is a double, because an
 * inexact input cannot give an exact output. This class is the only boundary between
 * {@link Rational} and {@link BigFraction}.
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

    /** @throws OpException on an exact division by zero */
    public static Num divide(Num a, Num b) {
        if (a instanceof Rational x && b instanceof Rational y) {
            if (y.signum() == 0) {
                throw new OpException("division by zero");
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
}
