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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public QuantityGraph build(Problem problem) {
        new GivenReader(problem, NAME).requireOnly(List.of());
        return QuantityGraph.builder()
                .quantity("dL_ds", List.of(), (in, flags) -> new Expression(SoftmaxRegression.DL_DS))
                .quantity("ds_dl", List.of(), (in, flags) -> new Expression(SoftmaxRegression.DS_DL))
                .quantity("dL_dl", List.of(), (in, flags) -> new Expression(SoftmaxRegression.DL_DL))
                .quantity("dL_dW", List.of(), (in, flags) -> new Expression(SoftmaxRegression.DL_DW))
                .build();
    }
}
