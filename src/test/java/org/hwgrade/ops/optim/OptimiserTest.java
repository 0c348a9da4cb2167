package org.hwgrade.ops.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;

/**
 * Each update rule against iterates computed by hand on f(w) = (w − 3)² from w₀ = 0 (∇f = 2(w − 3)),
 * the catalogue's O1 and O2 among them (read from ../shared/catalog/check-values.json).
 */
class OptimiserTest {

    private static final Gradient QUADRATIC = w -> Vectors.scaled(Rational.of(2), Vectors.plusNumber(w, Rational.of(-3)));
    private static final Value ZERO = Scalar.of(0);

    private static Rational q(long p, long d) {
        return Rational.of(p, d);
    }

    private static List<Value> scalars(Num... values) {
        return java.util.Arrays.stream(values).map(n -> (Value) new Scalar(n)).toList();
    }

    private static JsonNode check() throws IOException {
        return new ObjectMapper().readTree(Path.of("../shared/catalog/check-values.json").toFile());
    }

    @Test
    void o1MomentumTwoSteps() throws IOException {
        JsonNode o1 = check().get("O1");
        Run run = new Momentum(q(1, 10), q(9, 10), false).run(ZERO, QUADRATIC, 2);
        assertEquals(List.of(o1.get(0).asText(), o1.get(1).asText()), run.path().stream().map(Value::toString).toList());
        assertEquals(scalars(q(3, 5), q(81, 50)), run.path());
        assertEquals(new Scalar(q(51, 50)), run.state().get("v")); // 81/50 − 3/5
    }

    @Test
    void o2OneAdamStepIsExact() throws IOException {
        Run run = new Adam(q(1, 100), q(9, 10), q(999, 1000), q(1, 100_000_000), true).run(ZERO, QUADRATIC, 1);
        // m̂ = −6, v̂ = 36, √v̂ = 6: w₁ = 0.01 · 6 / (6 + 10⁻⁸), exactly
        assertEquals(new Scalar(q(6_000_000, 600_000_001)), run.last());
        assertEquals(check().get("O2").asDouble(), ((Scalar) run.last()).num().toDouble(), 5e-9);
    }

    @Test
    void adamWithoutBiasCorrectionTakesALargerFirstStep() {
        Run run = new Adam(q(1, 100), q(9, 10), q(999, 1000), q(1, 100_000_000), false).run(ZERO, QUADRATIC, 1);
        // m = −0.6, v = 0.036: w₁ = 0.01 · 0.6 / (√0.036 + 10⁻⁸), irrational
        Num w1 = ((Scalar) run.last()).num();
        assertInstanceOf(Real.class, w1);
        assertEquals(0.01 * 0.6 / (Math.sqrt(0.036) + 1e-8), w1.toDouble(), 1e-15);
    }

    @Test
    void sgdAndNesterov() {
        assertEquals(scalars(q(3, 5), q(27, 25)), new Sgd(q(1, 10)).run(ZERO, QUADRATIC, 2).path());
        // v₂ = 0.9 · 0.6 − 0.1 · ∇f(0.6 + 0.54) = 0.54 + 0.372
        assertEquals(scalars(q(3, 5), q(189, 125)), new Momentum(q(1, 10), q(9, 10), true).run(ZERO, QUADRATIC, 2).path());
    }

    @Test
    void rmsPropIsExactWhileTheRootIs() {
        Run run = new RmsProp(q(1, 100), q(3, 4), Rational.ZERO).run(ZERO, QUADRATIC, 2);
        // s₁ = 36/4 = 9, √s₁ = 3: w₁ = 0.01 · 6 / 3; then s₂ = 6.75 + 5.96²/4 is no square
        assertEquals(new Scalar(q(1, 50)), run.path().get(0));
        assertEquals(0.02 + 0.01 * 5.96 / Math.sqrt(0.75 * 9 + 0.25 * 5.96 * 5.96), ((Scalar) run.last()).num().toDouble(), 1e-15);
    }

    @Test
    void aVectorParameterStepsEntryByEntry() {
        Tensor w0 = new Tensor(List.of(2), List.of(Rational.of(4), Rational.of(-2)));
        // f = ½‖w‖², ∇f = w: each step multiplies w by 1 − η = 3/4
        Run run = new Sgd(q(1, 4)).run(w0, w -> w, 2);
        assertEquals(new Tensor(List.of(2), List.of(Rational.of(9, 4), Rational.of(-9, 8))), run.last());
    }

    @Test
    void aGradientOfOtherDimensionsOrNoStepsIsAnError() {
        Tensor w0 = new Tensor(List.of(2), List.of(Rational.ONE, Rational.ONE));
        OpException e = assertThrows(OpException.class, () -> new Sgd(q(1, 4)).run(w0, w -> ZERO, 1));
        assertEquals("the gradient is a number but w is a vector of 2 entries", e.getMessage());
        assertThrows(OpException.class, () -> new Sgd(q(1, 4)).run(w0, w -> w, 0));
    }
}
