package org.hwgrade.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * {@code symbolic}: a problem whose answers are expressions over the symbols the rubric declares.
 * Every definition of the problem is a quantity whose value is its expression text, so a part names
 * its key as any other part does ({@code quantity: dL_dl} for {@code definitions: {dL_dl: s - e_y}}).
 * The expressions are read and compared by the symbolic checker; nothing here knows a symbol.
 */
public final class SymbolicFamily implements ProblemFamily {

    public static final String NAME = "symbolic";

    /** The key written transposed (x (s - e_y)^T for (s - e_y) x^T), so that mistake is computed too. */
    public static final String TRANSPOSED = "transposed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> flags() {
        return Set.of(TRANSPOSED);
    }

    @Override
    public QuantityGraph build(Problem problem) {
        new ProblemGivens(problem, NAME).requireOnly(List.of());
        if (problem.symbols().isEmpty()) {
            throw new RubricException("problem " + problem.id() + ": a symbolic problem declares no symbols",
                    RubricPath.key(problem, "symbols"), "list the symbols a student may use with their shapes,"
                    + " e.g. symbols: {W: \"m x n\", x: \"n\"}", null);
        }
        QuantityGraph.Builder graph = QuantityGraph.builder();
        for (Map.Entry<String, String> definition : problem.definitions().entrySet()) {
            graph.quantity(definition.getKey(), List.of(), expression(definition.getValue()));
        }
        return graph.build();
    }

    /** The expression, or its transpose under {@link #TRANSPOSED}. */
    private static Formula expression(String text) {
        return (in, flags) -> new Expression(flags.contains(TRANSPOSED) ? "(" + text + ")^T" : text);
    }
}
