package org.hwgrade.solver;

import java.util.List;
import org.hwgrade.formula.Datum;
import org.hwgrade.model.Expression;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * The graph of a symbolic problem (one that declares symbols): every definition is a quantity whose
 * value is its expression text, so a part names its key as any other part does ({@code quantity:
 * dL_dl} for {@code definitions: {dL_dl: s - e_y}}), and a misconception replaces a definition by
 * another expression ({@code formula: (s - e_y)^T}). The expressions are read and compared by the
 * symbolic checker; nothing here knows a symbol.
 */
final class SymbolicProblem {

    private SymbolicProblem() {
    }

    /** @throws RubricException when the problem declares no symbols, or mixes in givens or quantities */
    static QuantityGraph build(Problem problem) {
        if (problem.symbols().isEmpty()) {
            throw new RubricException("problem " + problem.id() + ": a symbolic problem declares no symbols",
                    RubricPath.key(problem, "symbols"), "list the symbols a student may use with their shapes,"
                    + " e.g. symbols: {W: \"m x n\", x: \"n\"}", null);
        }
        if (!problem.givens().isEmpty() || !problem.quantities().isEmpty()) {
            String key = problem.givens().isEmpty() ? "quantities" : "givens";
            throw new RubricException("problem " + problem.id() + ": a symbolic problem has no " + key
                    + " (its symbols are drawn at random, its keys are definitions)", RubricPath.key(problem, key),
                    "write the expressions under 'definitions:', or put numeric parts in a problem of their own", null);
        }
        QuantityGraph.Builder graph = QuantityGraph.builder(SymbolicProblem::expression);
        problem.definitions().forEach((name, text) -> graph.quantity(expression(name, text)));
        return graph.build();
    }

    private static Quantity expression(String name, FormulaText text) {
        return expression(name, text.text());
    }

    private static Quantity expression(String name, String text) {
        Datum value = Datum.of(new Expression(text));
        return new Quantity(name, List.of(), inputs -> value);
    }
}
