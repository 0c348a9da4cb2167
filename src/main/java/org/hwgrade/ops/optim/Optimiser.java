package org.hwgrade.ops.optim;

import org.hwgrade.formula.OpException;
import org.hwgrade.model.Value;

/** A first-order update rule, run for a number of steps from w₀ over a gradient. */
public sealed interface Optimiser permits Sgd, Momentum, RmsProp, Adam {

    /**
     * @param steps at least 1
     * @throws OpException when the gradient does not fit w or a step divides by zero
     */
    Run run(Value w0, Gradient gradient, int steps);

    static void requireSteps(int steps) {
        if (steps < 1) {
            throw new OpException("steps " + steps + " is less than 1", "give steps=1 or more");
        }
    }
}
