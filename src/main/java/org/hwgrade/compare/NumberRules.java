package org.hwgrade.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tolerance;

/**
 * Whether a received number agrees with the key's under a {@link Tolerance} rule. The formulas, the
 * reasons for them and a table of checked cases are in docs/comparison.md; that table is the test.
 *
 * <p>Everything is exact where it can be: a rational is itself, a double is the binary fraction it
 * holds, tolerance parameters are the decimals the rubric author typed (rtol 1e-2 is 1/100). Only
 * relabs with a double on either side is computed in double, as numpy and PrairieLearn do.
 */
public final class NumberRules {

    /** PrairieLearn's half-width factor: the window is 0.51 units of the last place on each side. */
    private static final BigFraction HALF_WIDTH = new BigFraction(51, 100);

    private NumberRules() {
    }

    /**
     * The rule for one key number: the part's override, else the rubric's rule for rational keys
     * with a decimal form (exact by default) or for the others (relabs by default). A rational such
     * as 20/3 has no decimal form: a student writes it rounded (6.666667), as they write a softmax
     * output, so it takes the irrational rule; written as a fraction it is still exactly right.
     */
    public static Tolerance ruleFor(Num key, Optional<Tolerance> override, GradingDefaults defaults) {
        if (override.isPresent()) {
            return override.get();
        }
        return key instanceof Rational r && hasDecimalForm(r) ? defaults.rationalTolerance() : defaults.irrationalTolerance();
    }

    /**
     * The rule for a number compared with {@code reference}, a value recomputed from the student's
     * own rounded answers in place of {@code key}: the key's rule when it is the irrational one
     * (the student rounds as the key needs), else the reference's own. A follow-through value built
     * from 0.244728 is an exact decimal, yet the student rounds it as they rounded its inputs.
     */
    public static Tolerance ruleFor(Num reference, Num key, Optional<Tolerance> override, GradingDefaults defaults) {
        boolean keyIsWrittenRounded = !(key instanceof Rational r && hasDecimalForm(r));
        return override.isEmpty() && keyIsWrittenRounded ? defaults.irrationalTolerance() : ruleFor(reference, override, defaults);
    }

    /** Whether the rational is a finite decimal: its denominator has no prime factor but 2 and 5. */
    static boolean hasDecimalForm(Rational r) {
        BigInteger d = r.denominator();
        d = d.shiftRight(d.getLowestSetBit());
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
        }
        return d.equals(BigInteger.ONE);
    }

    /**
     * True when {@code received} (a) agrees with {@code key} (b) under {@code rule}. NaN agrees with
     * nothing; an infinity agrees only with the same infinity, so never with a finite key.
     */
    public static boolean matches(Num received, Num key, Tolerance rule) {
        if (rule instanceof Tolerance.Exact && received instanceof Rational && key instanceof Rational) {
            return received.equals(key); // both in lowest terms: equal values are equal records
        }
        Optional<BigFraction> a = Fractions.exact(received);
        Optional<BigFraction> b = Fractions.exact(key);
        if (a.isEmpty() || b.isEmpty()) {
            return sameInfinity(received.toDouble(), key.toDouble());
        }
        if (rule instanceof Tolerance.Exact) {
            return a.get().compareTo(b.get()) == 0;
        }
        if (rule instanceof Tolerance.RelAbs r) {
            return relAbs(received, key, a.get(), b.get(), r);
        }
        if (rule instanceof Tolerance.SigFig s) {
            return withinWindow(a.get(), b.get(), lastPlace(b.get(), s.digits()));
        }
        if (rule instanceof Tolerance.DecDig d) {
            return withinWindow(a.get(), b.get(), d.digits());
        }
        throw new IllegalArgumentException("unknown tolerance rule " + rule);
    }

    /** |a − b| ≤ atol + rtol·|b|: exact when both are rational, in double as numpy otherwise. */
    private static boolean relAbs(Num received, Num key, BigFraction a, BigFraction b, Tolerance.RelAbs r) {
        if (received instanceof Rational && key instanceof Rational) {
            BigFraction allowed = decimal(r.atol()).add(decimal(r.rtol()).multiply(b.abs()));
            return a.subtract(b).abs().compareTo(allowed) <= 0;
        }
        double x = received.toDouble();
        double y = key.toDouble();
        return Math.abs(x - y) <= r.atol() + r.rtol() * Math.abs(y);
    }

    /** b − eps &lt; a &lt; b + eps with eps = 0.51·10^−n, strict on both sides. */
    private static boolean withinWindow(BigFraction a, BigFraction b, int n) {
        BigFraction eps = HALF_WIDTH.multiply(Fractions.powerOfTen(-n));
        return a.subtract(b).abs().compareTo(eps) < 0;
    }

    /**
     * The decimal place n of the last of {@code digits} significant figures of b:
     * n = −floor(log10|b|) + digits − 1, and n = digits − 1 for b = 0.
     */
    static int lastPlace(BigFraction b, int digits) {
        if (b.compareTo(BigFraction.ZERO) == 0) {
            return digits - 1;
        }
        return -floorLog10(b.abs()) + digits - 1;
    }

    /** The integer e with 10^e ≤ x &lt; 10^(e+1), for x &gt; 0, found exactly. */
    static int floorLog10(BigFraction x) {
        // An estimate from the bit lengths is off by at most one or two; exact comparisons settle it.
        int bits = x.getNumerator().bitLength() - x.getDenominator().bitLength();
        int e = (int) Math.floor(bits * Math.log10(2));
        while (Fractions.powerOfTen(e).compareTo(x) > 0) {
            e--;
        }
        while (Fractions.powerOfTen(e + 1).compareTo(x) <= 0) {
            e++;
        }
        return e;
    }

    /** A tolerance parameter as the decimal that prints it: 1.0e-2 is exactly 1/100. */
    private static BigFraction decimal(double parameter) {
        return Fractions.of(BigDecimal.valueOf(parameter));
    }

    private static boolean sameInfinity(double a, double b) {
        return Double.isInfinite(a) && a == b;
    }
}
