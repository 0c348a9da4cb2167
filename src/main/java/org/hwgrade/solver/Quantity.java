package org.hwgrade.solver;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hwgrade.formula.Datum;

/** A named node of a problem's graph: computed by {@code computation} from the named {@code inputs}. */
public record Quantity(String name, List<String> inputs, Computation computation) {

    public Quantity {
        Objects.requireNonNull(name, "name");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(computation, "computation");
    }

    /**
     * How the quantity is computed from its inputs' values. The inputs come as values, never from
     * globals, so the same computation serves the key, a misconception and follow-through (the
     * student's own values as inputs).
     */
    @FunctionalInterface
    public interface Computation {
        /** @throws SolverException when the inputs do not fit */
        Datum apply(Map<String, Datum> inputs);
    }
}
