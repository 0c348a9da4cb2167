package org.hwgrade.ops.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Num;
import org.hwgrade.model.Value;

/**
 * SGD with momentum, v ← μv − η∇f(w), w ← w + v, from v₀ = 0. Nesterov's variant takes the gradient
 * at the look-ahead point: v ← μv − η∇f(w + μv). (PyTorch's form b ← μb + ∇f, w ← w − ηb gives the
 * same iterates at a constant η, with v = −ηb.)
 */
public record Momentum(Num lr, Num mu, boolean nesterov) implements Optimiser {

    @Override
    public Run run(Value w0, Gradient gradient, int steps) {
        Optimiser.requireSteps(steps);
        List<Value> path = new ArrayList<>();
        Value w = w0;
        Value v = Vectors.zerosLike(w0);
        for (int t = 1; t <= steps; t++) {
            Value at = nesterov ? Vectors.plus(w, Vectors.scaled(mu, v)) : w;
            v = Vectors.minus(Vectors.scaled(mu, v), Vectors.scaled(lr, Vectors.sameDims(gradient.at(at), w)));
            w = Vectors.plus(w, v);
            path.add(w);
        }
        return new Run(path, Map.of("v", v));
    }
}
