package org.hwgrade.solver;

import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Value;

/**
 * How one quantity is computed from its inputs. Inputs come as values, never from globals, and the
 * mistake flags come as an argument, so that the same formula serves the key (no flags), a
 * misconception (its flags) and follow-through (the student's own values as inputs).
 */
@FunctionalInterface
public interface Formula {

    /**
     * @param inputs the values of the quantity's declared inputs, by name
     * @param flags  the mistake flags switched on (empty for the key)
     * @throws org.hwgrade.formula.OpException when the inputs do not fit (a student's 3×3 k where 2×2 is needed)
     */
    Value apply(Map<String, Value> inputs, Set<String> flags);
}
