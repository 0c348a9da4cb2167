package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.model.Value;

/**
 * A problem as a graph of named quantities: givens are the leaves, every other quantity is a
 * {@link Formula} of quantities defined before it (so definition order is a topological order).
 * Immutable and thread-safe; evaluations under a set of flags are memoised, so the key and each
 * misconception's values are computed once per rubric, not once per student.
 */
public final class QuantityGraph {

    private final Map<String, Value> givens;
    private final Map<String, Quantity> quantities;
    private final Map<Set<String>, Map<String, Value>> evaluations = new ConcurrentHashMap<>();

    private QuantityGraph(Map<String, Value> givens, Map<String, Quantity> quantities) {
        this.givens = Collections.unmodifiableMap(givens);
        this.quantities = Collections.unmodifiableMap(quantities);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, Value> givens() {
        return givens;
    }

    /** Names of the computed quantities, in definition order. */
    public List<String> quantityNames() {
        return List.copyOf(quantities.keySet());
    }

    public boolean defines(String name) {
        return givens.containsKey(name) || quantities.containsKey(name);
    }

    /** Direct inputs of a quantity (empty for a given). */
    public List<String> inputsOf(String name) {
        Quantity q = quantities.get(name);
        if (q == null) {
            requireDefined(name);
            return List.of();
        }
        return q.inputs();
    }

    /** The value of every given and quantity with {@code flags} switched on. */
    public Map<String, Value> evaluate(Set<String> flags) {
        return evaluations.computeIfAbsent(Set.copyOf(flags), this::evaluateAll);
    }

    public Value evaluate(String name, Set<String> flags) {
        requireDefined(name);
        return evaluate(flags).get(name);
    }

    /**
     * Recomputes one quantity from the values of its direct inputs, taking each input from
     * {@code ownInputs} when present (a student's own upstream answers) and from the evaluation
     * under {@code flags} otherwise.
     *
     * @throws SolverException when the supplied inputs do not fit the formula
     */
    public Value recompute(String name, Map<String, Value> ownInputs, Set<String> flags) {
        Quantity q = quantities.get(name);
        if (q == null) {
            requireDefined(name);
            return givens.get(name);
        }
        Map<String, Value> base = evaluate(flags);
        Map<String, Value> inputs = new HashMap<>();
        for (String input : q.inputs()) {
            inputs.put(input, ownInputs.getOrDefault(input, base.get(input)));
        }
        return q.formula().apply(Collections.unmodifiableMap(inputs), flags);
    }

    private Map<String, Value> evaluateAll(Set<String> flags) {
        Map<String, Value> values = new LinkedHashMap<>(givens);
        for (Quantity q : quantities.values()) {
            Map<String, Value> inputs = new HashMap<>();
            for (String input : q.inputs()) {
                inputs.put(input, values.get(input));
            }
            values.put(q.name(), q.formula().apply(Collections.unmodifiableMap(inputs), flags));
        }
        return Collections.unmodifiableMap(values);
    }

    private void requireDefined(String name) {
        if (!defines(name)) {
            throw new IllegalArgumentException("no quantity named " + name);
        }
    }

    /** Collects givens and quantities; each quantity's inputs must already be defined. */
    public static final class Builder {
        private final Map<String, Value> givens = new LinkedHashMap<>();
        private final Map<String, Quantity> quantities = new LinkedHashMap<>();

        public Builder given(String name, Value value) {
            requireNew(name);
            givens.put(name, value);
            return this;
        }

        public Builder quantity(String name, List<String> inputs, Formula formula) {
            requireNew(name);
            Set<String> missing = new LinkedHashSet<>(inputs);
            missing.removeAll(givens.keySet());
            missing.removeAll(quantities.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(name + " depends on undefined " + new ArrayList<>(missing));
            }
            quantities.put(name, new Quantity(name, inputs, formula));
            return this;
        }

        public QuantityGraph build() {
            return new QuantityGraph(new LinkedHashMap<>(givens), new LinkedHashMap<>(quantities));
        }

        private void requireNew(String name) {
            if (givens.containsKey(name) || quantities.containsKey(name)) {
                throw new IllegalArgumentException("quantity " + name + " defined twice");
            }
        }
    }
}
