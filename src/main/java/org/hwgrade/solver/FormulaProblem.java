package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.Expr;
import org.hwgrade.formula.FormulaException;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.FreeNames;
import org.hwgrade.formula.OpRegistry;
import org.hwgrade.formula.Scope;
import org.hwgrade.formula.Suggestions;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * The graph of a problem written with quantities. Each formula is parsed once; its inputs are the
 * names it uses ({@link FreeNames}), each of which must be a given or a quantity of the problem; every
 * op it calls must exist, and the definitions must not form a cycle. Every error names the place inside the formula.
 */
final class FormulaProblem {

    private final OpRegistry ops;
    private final Evaluator evaluator;

    FormulaProblem(OpRegistry ops) {
        this.ops = ops;
        this.evaluator = new Evaluator(ops);
    }

    /** @throws RubricException on a formula that cannot be read, an unknown name or a cycle */
    QuantityGraph build(Problem problem) {
        Set<String> known = new LinkedHashSet<>(problem.givens().keySet());
        known.addAll(problem.quantities().keySet());
        QuantityGraph.Builder graph = QuantityGraph.builder((name, formula) -> compile(problem, name, formula, known).quantity());
        problem.givens().forEach((name, given) -> graph.given(name, GivenData.of(given)));
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        problem.quantities().forEach((name, formula) -> compiled.put(name, compile(problem, name, formula, known)));
        for (Part part : problem.parts()) {
            part.formula().ifPresent(f -> compiled.put(part.quantity(), compile(problem, part.quantity(), f, known)));
        }
        requireAcyclic(problem, compiled);
        compiled.values().forEach(c -> graph.quantity(c.quantity()));
        return graph.build();
    }

    private Compiled compile(Problem problem, String name, FormulaText formula, Set<String> known) {
        Expr e;
        try {
            e = FormulaParser.parse(formula.text());
        } catch (FormulaException x) {
            throw error(problem, name, x.detail(), formula, x.offset(), x.hint());
        }
        for (Expr.Call call : all(e, Expr.Call.class)) {
            if (ops.find(call.op()).isEmpty()) {
                String mean = Suggestions.didYouMean(call.op(), ops.names());
                throw error(problem, name, "unknown op '" + call.op() + "'", formula, call.opSpan().offset(),
                        (mean.isEmpty() ? "" : mean + " ") + "the ops are listed in docs/ops.md");
            }
        }
        for (Expr.Name n : all(e, Expr.Name.class)) {
            if (!known.contains(n.name())) {
                String mean = Suggestions.didYouMean(n.name(), known);
                throw error(problem, name, "unknown name '" + n.name() + "'", formula, n.span().offset(),
                        (mean.isEmpty() ? "" : mean + " ") + "the formula can use the givens and quantities "
                                + String.join(", ", known));
            }
        }
        Quantity q = new Quantity(name, List.copyOf(FreeNames.of(e)), inputs -> {
            try {
                return evaluator.evaluate(e, Scope.of(inputs));
            } catch (FormulaException x) {
                throw new FormulaFailure(name + " = " + formula.text() + ": " + x.detail(), formula.at(x.offset()),
                        x.hint());
            }
        });
        return new Compiled(q, formula, e);
    }

    /** Each quantity's formula may use only quantities that do not need it. */
    private static void requireAcyclic(Problem problem, Map<String, Compiled> compiled) {
        Set<String> done = new LinkedHashSet<>();
        for (String name : compiled.keySet()) {
            visit(problem, name, compiled, done, new ArrayList<>());
        }
    }

    private static void visit(Problem problem, String name, Map<String, Compiled> compiled, Set<String> done,
            List<String> path) {
        Compiled c = compiled.get(name);
        if (c == null || done.contains(name)) {
            return;
        }
        path.add(name);
        for (String input : c.quantity().inputs()) {
            int at = path.indexOf(input);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(input);
                Expr.Name use = all(c.expr(), Expr.Name.class).stream().filter(n -> n.name().equals(input)).findFirst().orElseThrow();
                throw error(problem, name, "the formulas form a cycle: " + String.join(" → ", cycle), c.formula(),
                        use.span().offset(), "define each quantity from givens and quantities that do not need it");
            }
            visit(problem, input, compiled, done, path);
        }
        path.remove(path.size() - 1);
        done.add(name);
    }

    /** The nodes of one type in a formula (its names, its op calls), in text order. */
    private static <T extends Expr> List<T> all(Expr e, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(e)) {
            out.add(type.cast(e));
        }
        for (Expr child : e.children()) {
            out.addAll(all(child, type));
        }
        return out;
    }

    private static RubricException error(Problem problem, String name, String message, FormulaText formula, int offset,
            String hint) {
        return new RubricException("problem " + problem.id() + ", " + name + " = " + formula.text() + ": " + message,
                formula.at(offset), hint);
    }

    private record Compiled(Quantity quantity, FormulaText formula, Expr expr) {
    }
}
