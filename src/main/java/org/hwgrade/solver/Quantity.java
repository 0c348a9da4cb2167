package org.hwgrade.solver;

import java.util.List;
import java.util.Objects;

/** A named node of a problem's graph: computed by {@code formula} from the named {@code inputs}. */
public record Quantity(String name, List<String> inputs, Formula formula) {

    public Quantity {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(formula, "formula");
    }
}
