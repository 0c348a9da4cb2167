package org.hwgrade.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.Scope;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's topic N (forward and backward passes with numbers), written as a TA would write
 * the rubric's formulas and evaluated through the registered ops. Expected values are read from
 * ../shared/catalog/check-values.json; irrational ones are matched to its 6 decimals.
 */
class CatalogueNumericTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardOps.REGISTRY);

    /** Evaluates formulas in order, each one's value visible by name to the next. */
    private static final class Problem {
        private final Map<String, Datum> values = new LinkedHashMap<>();

        Problem let(String name, String formula) {
            values.put(name, EVALUATOR.evaluate(FormulaParser.parse(formula), Scope.of(values)));
            return this;
        }

        Value get(String name) {
            return ((Datum.Numeric) values.get(name)).value();
        }
    }

    @Test
    void n1TwoLayerSigmoidNetwork() {
        Problem p = new Problem()
                .let("x", "[1, -2]").let("W1", "[[0.5, -0.25], [0.75, 0.5]]").let("b1", "[0, 0.25]")
                .let("W2", "[[1, -1.5]]").let("b2", "[0.5]").let("t", "1")
                .let("z1", "linear(x, W1, b1)").let("h", "sigmoid(z1)")
                .let("z2", "linear(h, W2, b2)").let("y_hat", "sigmoid(z2)")
                .let("dL_dz2", "sigmoid_backward(z2, y_hat - t)")
                .let("dL_dW2", "dL_dz2 @ h.T")
                .let("dL_dz1", "sigmoid_backward(z1, W2.T @ dL_dz2)")
                .let("dL_dW1", "dL_dz1 @ x.T");
        Catalogue.assertMatches("N1a", p.get("y_hat"));
        Catalogue.assertMatches("N1b", p.get("dL_dW2"));
        Catalogue.assertMatches("N1c", p.get("dL_dW1"));
    }

    @Test
    void n2SoftmaxCrossEntropy() {
        Problem p = new Problem().let("l", "[2, 1, -1]").let("y", "0")
                .let("s", "softmax(l)").let("L", "cross_entropy(l, y)").let("dL_dl", "cross_entropy_backward(l, y)")
                .let("L_one_hot", "cross_entropy(l, one_hot(0, 3))");
        Catalogue.assertMatches("N2a", p.get("s"));
        Catalogue.assertMatches("N2b", p.get("L"));
        Catalogue.assertMatches("N2c", p.get("dL_dl"));
        Catalogue.assertMatches("N2b", p.get("L_one_hot"));
    }

    @Test
    void n3BatchNormTrainingMode() {
        Problem p = new Problem().let("x", "[[1, 4], [3, 0], [5, 2], [7, 2]]")
                .let("mu", "batch_norm_mean(x)").let("var", "batch_norm_var(x)")
                .let("y", "batch_norm(x, gamma=2, beta=1, eps=0)");
        Catalogue.assertMatches("N3a", p.get("mu"));
        Catalogue.assertMatches("N3b", p.get("var"));
        Catalogue.assertMatches("N3c", p.get("y"));
    }

    @Test
    void n4ScaledDotProductAttention() {
        Problem p = new Problem().let("Q", "[[1, 0], [0, 2]]").let("K", "[[1, 1], [2, 0], [0, 1]]")
                .let("V", "[[1, 2], [0, 1], [3, -1]]")
                .let("scores", "attention_scores(Q, K)").let("weights", "attention_weights(Q, K)")
                .let("out", "attention(Q, K, V)");
        Catalogue.assertMatches("N4a", p.get("scores"));
        Catalogue.assertMatches("N4b", p.get("weights"));
        Catalogue.assertMatches("N4c", p.get("out"));
    }
}
