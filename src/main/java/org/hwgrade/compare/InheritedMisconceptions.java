package org.hwgrade.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Value;
import org.hwgrade.solver.QuantityGraph;
import org.hwgrade.solver.Variant;

/**
 * The misconceptions a part inherits from the parts upstream of it: a mistake declared on 2c as a
 * replaced definition ({@code replace: {dL_dk: dL_dy}}) also explains a 2d computed from the
 * mistaken dL/dk, because 2d's quantity depends on it. Each one's answer is the part's own quantity
 * recomputed through the graph with the upstream replacement in place (the part's own givens still
 * apply). A part does not inherit a mistake it lists itself (the same replacements), nor one that
 * replaces its own quantity; of two upstream parts that list the same mistake, the first explains it.
 */
final class InheritedMisconceptions {

    /** A mistake of part {@code from}, with its answer in the downstream part (empty: it cannot happen there). */
    record Inherited(Part from, Misconception misconception, Optional<Value> value) {
    }

    private InheritedMisconceptions() {
    }

    static List<Inherited> of(Problem problem, Part part, QuantityGraph graph) {
        if (!graph.defines(part.quantity())) {
            return List.of();
        }
        Set<String> upstream = ancestors(graph, part.quantity());
        List<Map<String, FormulaText>> known = new ArrayList<>();
        part.misconceptions().forEach(m -> known.add(m.replace()));
        List<Inherited> out = new ArrayList<>();
        for (Part from : problem.parts()) {
            if (from == part) {
                continue;
            }
            for (Misconception m : from.misconceptions()) {
                boolean reachesThisPart = m.replace().keySet().stream().anyMatch(upstream::contains)
                        && !m.replace().containsKey(part.quantity());
                if (reachesThisPart && !known.contains(m.replace())) {
                    known.add(m.replace());
                    out.add(new Inherited(from, m, PartGrader.evaluate(graph, part.quantity(), Variant.of(part, m))));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every given and quantity that {@code name}'s value depends on, however indirectly. */
    private static Set<String> ancestors(QuantityGraph graph, String name) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(graph.inputsOf(name));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(graph.inputsOf(next));
            }
        }
        return seen;
    }
}
