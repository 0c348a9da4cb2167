package org.hwgrade.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the case table cannot show: which rule applies, and the exact decade of a key. */
class NumberRulesTest {

    @Test
    void aRationalKeyUsesTheRationalDefaultAndARealKeyTheIrrationalOne() {
        assertEquals(new Tolerance.Exact(), NumberRules.ruleFor(Rational.of(4), Optional.empty(), GradingDefaults.STANDARD));
        assertEquals(new Tolerance.RelAbs(1e-2, 1e-8),
                NumberRules.ruleFor(new Real(0.88), Optional.empty(), GradingDefaults.STANDARD));
    }

    @Test
    void aPartOverrideAppliesToEveryKey() {
        Optional<Tolerance> sigfig = Optional.of(new Tolerance.SigFig(3));
        assertEquals(sigfig.get(), NumberRules.ruleFor(Rational.of(4), sigfig, GradingDefaults.STANDARD));
        assertEquals(sigfig.get(), NumberRules.ruleFor(new Real(0.88), sigfig, GradingDefaults.STANDARD));
    }

    @ParameterizedTest(name = "floor(log10({0}/{1})) = {2}")
    @CsvSource({"1, 1, 0", "10, 1, 1", "999, 1, 2", "1000, 1, 3", "1, 10, -1", "1, 3, -1", "99, 1000, -2",
        "1, 1000000000000000000, -18"})
    void theDecadeOfAKeyIsFoundExactly(String p, String q, int expected) {
        assertEquals(expected, NumberRules.floorLog10(new BigFraction(new java.math.BigInteger(p), new java.math.BigInteger(q))));
    }

    @Test
    void aTinyRealKeyStillGetsAWindowOfTheRightSize() {
        // 1e-300 as a double has a huge exact denominator; sigfig 2 must still accept 1.0e-300 and reject 1.1e-300.
        assertTrue(NumberRules.matches(new Real(1.0e-300), new Real(1e-300), new Tolerance.SigFig(2)));
        assertFalse(NumberRules.matches(new Real(1.1e-300), new Real(1e-300), new Tolerance.SigFig(2)));
    }
}
