package org.hwgrade.ops.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Num;
import org.hwgrade.model.Value;

/** Gradient descent: w ← w − η∇f(w). */
public record Sgd(Num lr) implements Optimiser {

    @Override
    public Run run(Value w0, Gradient gradient, int steps) {
        Optimiser.requireSteps(steps);
        List<Value> path = new ArrayList<>();
        Value w = w0;
        for (int t = 1; t <= steps; t++) {
            w = Vectors.minus(w, Vectors.scaled(lr, Vectors.sameDims(gradient.at(w), w)));
            path.add(w);
        }
        return new Run(path, Map.of());
    }
}
