package org.hwgrade.ops.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Num;
import org.hwgrade.model.Value;

/**
 * RMSProp: s ← ρs + (1 − ρ)g², w ← w − η g / (√s + ε), from s₀ = 0, ε outside the root as PyTorch
 * and Keras put it. Exact while every √s is the root of a rational square.
 */
public record RmsProp(Num lr, Num rho, Num eps) implements Optimiser {

    @Override
    public Run run(Value w0, Gradient gradient, int steps) {
        Optimiser.requireSteps(steps);
        List<Value> path = new ArrayList<>();
        Value w = w0;
        Value s = Vectors.zerosLike(w0);
        for (int t = 1; t <= steps; t++) {
            Value g = Vectors.sameDims(gradient.at(w), w);
            s = Vectors.plus(Vectors.scaled(rho, s), Vectors.scaled(Vectors.oneMinus(rho), Vectors.times(g, g)));
            w = Vectors.minus(w, Vectors.scaled(lr, Vectors.dividedBy(g, Vectors.plusNumber(Vectors.sqrt(s), eps))));
            path.add(w);
        }
        return new Run(path, Map.of("s", s));
    }
}
