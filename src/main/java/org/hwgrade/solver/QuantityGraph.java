package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Given;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * A problem as a graph of named quantities: givens are the leaves, every other quantity is
 * computed from other quantities by a rubric's formula (or, in a symbolic problem, is an
 * expression of its definitions). Values
 * are {@link Datum}s: numbers, tensors and shapes, and inside a problem also strings, lists of
 * layers and records such as a network. Immutable and thread-safe. It is evaluated under a
 * {@link Variant} (the key, a part's own givens, a misconception's replaced formulas): each
 * variant's values are memoised, so the key and each misconception's values are computed once per
 * rubric, not once per student. A formula that fails with an {@link OpException} fails only its
 * own quantity and those that depend on it.
 */
public final class QuantityGraph {

    private final Map<String, Datum> givens;
    private final Map<String, Quantity> quantities;
    private final Compiler compiler;
    private final Map<Variant, Evaluation> evaluations = new ConcurrentHashMap<>();
    private final Map<Replacement, Quantity> compiled = new ConcurrentHashMap<>();
    /**
     * Follow-through recomputes a quantity from a student's own upstream answers, and a class shares
     * a few wrong answers (its common mistakes): each recomputation is a pure function of the
     * quantity, the variant and those answers, so it is done once. Bounded in entries and in the
     * size of the answers kept, so a class of unusual or huge answers recomputes rather than fills the heap.
     */
    private final Map<Recomputation, Value> recomputed = new ConcurrentHashMap<>();
    private static final int RECOMPUTED_LIMIT = 10_000;
    private static final int RECOMPUTED_MAX_ENTRIES = 1_024;

    private record Recomputation(String name, Variant variant, Map<String, Value> ownInputs) {
    }

    /**
     * Turns a formula written in the rubric into a quantity (its inputs are the names it uses): how
     * a misconception's replaced definition is read, by the same rules as the problem's own.
     */
    @FunctionalInterface
    public interface Compiler {
        Quantity compile(String name, FormulaText formula);
    }

    private QuantityGraph(Map<String, Datum> givens, Map<String, Quantity> quantities, Compiler compiler) {
        this.givens = Collections.unmodifiableMap(givens);
        this.quantities = Collections.unmodifiableMap(quantities);
        this.compiler = compiler;
    }

    /** @param compiler reads the formulas a variant replaces definitions with */
    public static Builder builder(Compiler compiler) {
        return new Builder(compiler);
    }

    public Map<String, Datum> givens() {
        return givens;
    }

    /** Names of the computed quantities, in definition order. */
    public List<String> quantityNames() {
        return List.copyOf(quantities.keySet());
    }

    public boolean defines(String name) {
        return givens.containsKey(name) || quantities.containsKey(name);
    }

    /** Direct inputs of a quantity as the problem defines it (empty for a given). */
    public List<String> inputsOf(String name) {
        Quantity q = quantities.get(name);
        if (q == null) {
            requireDefined(name);
            return List.of();
        }
        return q.inputs();
    }

    /**
     * The value of every given and quantity under the variant. A quantity that cannot be computed
     * (a misconception that changes a shape so that a later step no longer fits) is left out, and
     * so is every quantity that depends on it; the key is complete once {@link Solver} has
     * accepted the rubric.
     */
    public Map<String, Datum> evaluate(Variant variant) {
        return evaluation(variant).values();
    }

    /**
     * The value of a quantity a student can write: a number, tensor or shape.
     *
     * @throws OpException when the quantity cannot be computed under the variant, or is not such a value
     * @throws IllegalArgumentException when no quantity has that name
     */
    public Value evaluate(String name, Variant variant) {
        Datum d = datum(name, variant);
        if (d instanceof Datum.Numeric n) {
            return n.value();
        }
        throw new SolverException(name + " is " + d.describe() + ", not a value a student can write",
                "ask for one of its parts instead (a formula such as " + name + ".shape)");
    }

    /**
     * @throws OpException when the quantity cannot be computed under the variant
     * @throws IllegalArgumentException when no quantity has that name
     */
    public Datum datum(String name, Variant variant) {
        requireDefined(name);
        Evaluation e = evaluation(variant);
        Datum v = e.values().get(name);
        if (v == null) {
            OpException cause = e.failures().get(name);
            throw new SolverException(name + " cannot be computed" + variant.describe() + ": " + cause.getMessage(),
                    cause.hint(), cause);
        }
        return v;
    }

    /**
     * Recomputes one quantity from the values of its direct inputs, taking each input from
     * {@code ownInputs} when present (a student's own upstream answers) and from the evaluation
     * under the variant otherwise.
     *
     * @throws OpException when the supplied inputs do not fit the formula
     */
    public Value recompute(String name, Map<String, Value> ownInputs, Variant variant) {
        boolean memo = ownInputs.values().stream().mapToLong(QuantityGraph::entries).sum() <= RECOMPUTED_MAX_ENTRIES;
        Recomputation key = memo ? new Recomputation(name, variant, Map.copyOf(ownInputs)) : null;
        Value known = memo ? recomputed.get(key) : null;
        if (known != null) {
            return known;
        }
        Value value = recomputeNow(name, ownInputs, variant);
        if (memo && recomputed.size() < RECOMPUTED_LIMIT) {
            recomputed.put(key, value);
        }
        return value;
    }

    private static long entries(Value v) {
        return v instanceof Tensor t ? t.size() : 1;
    }

    private Value recomputeNow(String name, Map<String, Value> ownInputs, Variant variant) {
        Quantity q = definition(name, variant);
        if (q == null) {
            requireDefined(name);
            return evaluate(name, variant);
        }
        Map<String, Datum> inputs = new HashMap<>();
        for (String input : q.inputs()) {
            Value own = ownInputs.get(input);
            inputs.put(input, own != null ? Datum.of(own) : datum(input, variant));
        }
        Datum out;
        try {
            out = q.computation().apply(Collections.unmodifiableMap(inputs));
        } catch (OpException e) {
            throw e;
        } catch (RuntimeException e) {
            // Student values are untrusted: whatever slipped past a formula's checks is still only
            // "follow-through does not apply", never a crash of the grader.
            throw new SolverException(name + " cannot be recomputed from these values (" + e.getMessage() + ")");
        }
        if (out instanceof Datum.Numeric n) {
            return n.value();
        }
        throw new SolverException(name + " is " + out.describe() + ", not a value a student can write");
    }

    private Evaluation evaluation(Variant variant) {
        return evaluations.computeIfAbsent(variant, this::evaluateAll);
    }

    /** The quantity's definition under the variant (null for a given). */
    private Quantity definition(String name, Variant variant) {
        FormulaText replaced = variant.replaced().get(name);
        if (replaced == null) {
            return variant.givens().containsKey(name) ? null : quantities.get(name);
        }
        return compiled.computeIfAbsent(new Replacement(name, replaced), r -> compiler.compile(r.name(), r.formula()));
    }

    private Evaluation evaluateAll(Variant variant) {
        for (String name : variant.givens().keySet()) {
            requireDefined(name);
        }
        for (String name : variant.replaced().keySet()) {
            requireDefined(name);
        }
        Evaluation e = new Evaluation(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (String name : givens.keySet()) {
            resolve(name, variant, e, new LinkedHashSet<>());
        }
        for (String name : quantities.keySet()) {
            resolve(name, variant, e, new LinkedHashSet<>());
        }
        return new Evaluation(Collections.unmodifiableMap(e.values()), Collections.unmodifiableMap(e.failures()));
    }

    /** Evaluates {@code name} and what it needs, depth first; {@code path} catches a replacement's cycle. */
    private void resolve(String name, Variant variant, Evaluation e, LinkedHashSet<String> path) {
        if (e.values().containsKey(name) || e.failures().containsKey(name)) {
            return;
        }
        Quantity q;
        try {
            q = definition(name, variant);
        } catch (SolverException failed) {
            e.failures().put(name, failed);
            return;
        }
        if (q == null) {
            Given own = variant.givens().get(name);
            e.values().put(name, own != null ? GivenData.of(own) : givens.get(name));
            return;
        }
        if (!path.add(name)) {
            List<String> cycle = new ArrayList<>(path);
            cycle.add(name);
            e.failures().put(name, new SolverException("the formulas form a cycle: " + String.join(" → ", cycle),
                    "define each quantity from givens and quantities that do not need it"));
            return;
        }
        Map<String, Datum> inputs = new HashMap<>();
        for (String input : q.inputs()) {
            resolve(input, variant, e, path);
            OpException failed = e.failures().get(input);
            if (failed != null) {
                path.remove(name);
                e.failures().putIfAbsent(name, new SolverException(input + " cannot be computed: " + failed.getMessage(),
                        failed.hint(), failed));
                return;
            }
            inputs.put(input, e.values().get(input));
        }
        path.remove(name);
        try {
            e.values().put(name, q.computation().apply(Collections.unmodifiableMap(inputs)));
        } catch (OpException failed) {
            e.failures().put(name, failed);
        }
    }

    private void requireDefined(String name) {
        if (!defines(name)) {
            throw new IllegalArgumentException("no quantity " + name + "; known: " + new ArrayList<>(allNames()));
        }
    }

    private Set<String> allNames() {
        Set<String> names = new LinkedHashSet<>(givens.keySet());
        names.addAll(quantities.keySet());
        return names;
    }

    private record Evaluation(Map<String, Datum> values, Map<String, OpException> failures) {
    }

    private record Replacement(String name, FormulaText formula) {
    }

    /** Collects givens and quantities; each quantity's inputs must be defined by the time it is built. */
    public static final class Builder {
        private final Map<String, Datum> givens = new LinkedHashMap<>();
        private final Map<String, Quantity> quantities = new LinkedHashMap<>();
        private final Compiler compiler;

        private Builder(Compiler compiler) {
            this.compiler = Objects.requireNonNull(compiler, "compiler");
        }

        public Builder given(String name, Value value) {
            return given(name, Datum.of(value));
        }

        public Builder given(String name, Datum value) {
            requireNew(name);
            givens.put(name, value);
            return this;
        }

        public Builder quantity(Quantity quantity) {
            requireNew(quantity.name());
            quantities.put(quantity.name(), quantity);
            return this;
        }

        public QuantityGraph build() {
            for (Quantity q : quantities.values()) {
                Set<String> missing = new LinkedHashSet<>(q.inputs());
                missing.removeAll(givens.keySet());
                missing.removeAll(quantities.keySet());
                if (!missing.isEmpty()) {
                    throw new IllegalArgumentException(q.name() + " depends on undefined " + new ArrayList<>(missing));
                }
            }
            return new QuantityGraph(new LinkedHashMap<>(givens), new LinkedHashMap<>(quantities), compiler);
        }

        private void requireNew(String name) {
            if (givens.containsKey(name) || quantities.containsKey(name)) {
                throw new IllegalArgumentException("quantity " + name + " defined twice");
            }
        }
    }
}
