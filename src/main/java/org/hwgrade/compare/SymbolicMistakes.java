package org.hwgrade.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;

/**
 * The mistakes of a symbolic problem that redefine one of its symbols ({@code replace: {s: l}}, the
 * softmax forgotten). A symbolic key is an expression over the symbols, which the checker evaluates
 * with the problem's definitions, so such a mistake reaches every part whose key uses the symbol:
 * an answer that is the key under the mistaken definitions follows from the mistake. Each one is
 * the problem with its definitions replaced; the part's own mistakes come first, then the other
 * parts' in rubric order, and of two with the same replacements the first explains it.
 */
final class SymbolicMistakes {

    /** A mistake of part {@code from}, and the problem as the mistake defines it. */
    record Redefined(Part from, Misconception misconception, Problem problem) {
    }

    private SymbolicMistakes() {
    }

    static List<Redefined> of(Problem problem, Part part) {
        List<Part> order = new ArrayList<>();
        order.add(part);
        problem.parts().stream().filter(p -> p != part).forEach(order::add);
        List<Map<String, FormulaText>> seen = new ArrayList<>();
        List<Redefined> out = new ArrayList<>();
        for (Part from : order) {
            for (Misconception m : from.misconceptions()) {
                if (redefinesASymbol(problem, m) && !seen.contains(m.replace())) {
                    seen.add(m.replace());
                    out.add(new Redefined(from, m, redefined(problem, m)));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every problem a mistake of the rubric's problem defines: read at load, so a bad one fails then. */
    static List<Problem> all(Problem problem) {
        return problem.parts().isEmpty() ? List.of() : of(problem, problem.parts().get(0)).stream().map(Redefined::problem).toList();
    }

    private static boolean redefinesASymbol(Problem problem, Misconception m) {
        return m.replace().keySet().stream().anyMatch(problem.symbols()::containsKey);
    }

    private static Problem redefined(Problem problem, Misconception m) {
        Map<String, String> definitions = new LinkedHashMap<>(problem.definitions());
        m.replace().forEach((name, formula) -> definitions.put(name, formula.text()));
        return problem.withDefinitions(definitions);
    }
}
