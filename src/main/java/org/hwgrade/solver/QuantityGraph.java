package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Value;

/**
 * A problem as a graph of named quantities: givens are the leaves, every other quantity is a
 * {@link Formula} of quantities defined before it (so definition order is a topological order).
 * Immutable and thread-safe; evaluations under a set of flags are memoised, so the key and each
 * misconception's values are computed once per rubric, not once per student. A formula that fails
 * with a {@link OpException} fails only its own quantity and those that depend on it.
 */
public final class QuantityGraph {

    private final Map<String, Value> givens;
    private final Map<String, Quantity> quantities;
    private final Map<Set<String>, Evaluation> evaluations = new ConcurrentHashMap<>();

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

    /**
     * The value of every given and quantity with {@code flags} switched on. A quantity that cannot be
     * computed under these flags (a misconception that changes a shape so that a later step no
     * longer fits) is left out, and so is every quantity that depends on it; the key (no flags) is
     * complete once {@link Solver} has accepted the rubric.
     */
    public Map<String, Value> evaluate(Set<String> flags) {
        return evaluation(flags).values();
    }

    /**
     * @throws OpException when the quantity cannot be computed under {@code flags}
     * @throws IllegalArgumentException when no quantity has that name
     */
    public Value evaluate(String name, Set<String> flags) {
        requireDefined(name);
        Evaluation e = evaluation(flags);
        Value v = e.values().get(name);
        if (v == null) {
            throw new SolverException(name + " cannot be computed" + (flags.isEmpty() ? "" : " with " + new TreeSet<>(flags))
                    + ": " + e.failures().get(name).getMessage(), e.failures().get(name).hint());
        }
        return v;
    }

    /**
     * Recomputes one quantity from the values of its direct inputs, taking each input from
     * {@code ownInputs} when present (a student's own upstream answers) and from the evaluation
     * under {@code flags} otherwise.
     *
     * @throws OpException when the supplied inputs do not fit the formula
     */
    public Value recompute(String name, Map<String, Value> ownInputs, Set<String> flags) {
        Quantity q = quantities.get(name);
        if (q == null) {
            requireDefined(name);
            return givens.get(name);
        }
        Map<String, Value> inputs = new HashMap<>();
        for (String input : q.inputs()) {
            Value own = ownInputs.get(input);
            inputs.put(input, own != null ? own : evaluate(input, flags));
        }
        try {
            return q.formula().apply(Collections.unmodifiableMap(inputs), flags);
        } catch (OpException e) {
            throw e;
        } catch (RuntimeException e) {
            // Student values are untrusted: whatever slipped past a formula's checks is still only
            // "follow-through does not apply", never a crash of the grader.
            throw new SolverException(name + " cannot be recomputed from these values (" + e + ")");
        }
    }

    private Evaluation evaluation(Set<String> flags) {
        return evaluations.computeIfAbsent(Set.copyOf(flags), this::evaluateAll);
    }

    private Evaluation evaluateAll(Set<String> flags) {
        Map<String, Value> values = new LinkedHashMap<>(givens);
        Map<String, OpException> failures = new LinkedHashMap<>();
        for (Quantity q : quantities.values()) {
            Map<String, Value> inputs = new HashMap<>();
            for (String input : q.inputs()) {
                inputs.put(input, values.get(input));
            }
            List<String> failed = q.inputs().stream().filter(failures::containsKey).toList();
            if (!failed.isEmpty()) {
                OpException cause = failures.get(failed.get(0));
                failures.put(q.name(), new SolverException(failed.get(0) + " cannot be computed: " + cause.getMessage(),
                        cause.hint()));
                continue;
            }
            try {
                values.put(q.name(), q.formula().apply(Collections.unmodifiableMap(inputs), flags));
            } catch (OpException e) {
                failures.put(q.name(), e);
            }
        }
        return new Evaluation(Collections.unmodifiableMap(values), Collections.unmodifiableMap(failures));
    }

    /** What one set of flags gives: the values computed, and why the others could not be. */
    private record Evaluation(Map<String, Value> values, Map<String, OpException> failures) {
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
