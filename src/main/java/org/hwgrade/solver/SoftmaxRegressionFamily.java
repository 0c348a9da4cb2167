package org.hwgrade.solver;

import java.util.List;
import java.util.Set;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Problem;

/**
 * {@code softmax-regression}: the symbolic gradients of L = −log softmax(W x)_y. The key holds the
 * canonical plain-text forms ({@link SoftmaxRegression#DL_DS} and friends); the symbolic checker
 * parses them and can cross-check numerically with {@link SoftmaxRegression}.
 */
public final class SoftmaxRegressionFamily implements ProblemFamily {

    public static final String NAME = "softmax-regression";

    /** The answer written transposed: x (s - e_y)^T for dL/dW, a row vector for dL/dl. */
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
        return QuantityGraph.builder()
                .quantity("dL_ds", List.of(), expression(SoftmaxRegression.DL_DS))
                .quantity("ds_dl", List.of(), expression(SoftmaxRegression.DS_DL))
                .quantity("dL_dl", List.of(), expression(SoftmaxRegression.DL_DL))
                .quantity("dL_dW", List.of(), expression(SoftmaxRegression.DL_DW))
                .build();
    }

    /** The canonical form, or its transpose under {@link #TRANSPOSED}, so that mistake is computed too. */
    private static Formula expression(String canonical) {
        return (in, flags) -> new Expression(flags.contains(TRANSPOSED) ? "(" + canonical + ")^T" : canonical);
    }
}
