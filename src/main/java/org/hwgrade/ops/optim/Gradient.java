package org.hwgrade.ops.optim;

import org.hwgrade.model.Value;

/** ∇f at a point: what an optimiser asks for at each step (a formula over w in a rubric). */
@FunctionalInterface
public interface Gradient {

    /** @param w the parameters where the gradient is taken (a number or a tensor) */
    Value at(Value w);
}
