package org.hwgrade.ops.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Value;

/**
 * Adam: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
 * w ← w − η m̂ / (√v̂ + ε), from m₀ = v₀ = 0. Without bias correction m and v stand for m̂ and v̂
 * (the mistake the correction exists to fix: early steps shrink towards 0). Exact while √v̂ is.
 */
public record Adam(Num lr, Num beta1, Num beta2, Num eps, boolean biasCorrection) implements Optimiser {

    @Override
    public Run run(Value w0, Gradient gradient, int steps) {
        Optimiser.requireSteps(steps);
        List<Value> path = new ArrayList<>();
        Value w = w0;
        Value m = Vectors.zerosLike(w0);
        Value v = Vectors.zerosLike(w0);
        for (int t = 1; t <= steps; t++) {
            Value g = Vectors.sameDims(gradient.at(w), w);
            m = Vectors.plus(Vectors.scaled(beta1, m), Vectors.scaled(Vectors.oneMinus(beta1), g));
            v = Vectors.plus(Vectors.scaled(beta2, v), Vectors.scaled(Vectors.oneMinus(beta2), Vectors.times(g, g)));
            Value mHat = biasCorrection ? Vectors.scaled(correction(beta1, t), m) : m;
            Value vHat = biasCorrection ? Vectors.scaled(correction(beta2, t), v) : v;
            w = Vectors.minus(w, Vectors.scaled(lr, Vectors.dividedBy(mHat, Vectors.plusNumber(Vectors.sqrt(vHat), eps))));
            path.add(w);
        }
        return new Run(path, Map.of("m", m, "v", v));
    }

    /** 1 / (1 − βᵗ). */
    private static Num correction(Num beta, int t) {
        return NumArithmetic.divide(Rational.ONE, Vectors.oneMinus(NumArithmetic.pow(beta, Rational.of(t))));
    }
}
