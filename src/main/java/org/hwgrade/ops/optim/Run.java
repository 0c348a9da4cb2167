package org.hwgrade.ops.optim;

import java.util.List;
import java.util.Map;
import org.hwgrade.model.Value;

/**
 * The iterates w₁ … w_T of an optimiser (w₀ not included) and its state after the last step, by the
 * name the update rule gives it (v for a velocity, m and v for Adam's moments, s for RMSProp's average).
 */
public record Run(List<Value> path, Map<String, Value> state) {

    public Run {
        path = List.copyOf(path);
        state = Map.copyOf(state);
    }

    public Value last() {
        return path.get(path.size() - 1);
    }
}
