package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.FormulaException;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.Scope;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every registered tensor op on a worked example, called from a formula as a rubric calls it. An
 * exact result must equal the expected literal; an irrational one must be within 1e-6 of it.
 */
class OpExamplesTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardOps.REGISTRY);

    private static Scope scope() {
        Map<String, Datum> v = new LinkedHashMap<>();
        v.put("x", value("[[1, 2, 3], [1, 1, 0], [0, -1, -2]]"));
        v.put("W", value("[[-1, 1], [1, 2]]"));
        v.put("dk", value("[[-3, 2], [0, 0]]"));
        v.put("p", value("[[1, 3, 2, 4], [5, 0, 1, 2], [2, 2, 6, 1], [0, 7, 3, 3]]"));
        v.put("z", value("[1, 2, 3]"));
        v.put("g", value("[1, 0, -1]"));
        return Scope.of(v);
    }

    private static Datum value(String formula) {
        return EVALUATOR.evaluate(FormulaParser.parse(formula), Scope.of(Map.of()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            conv2d(x, W)                                  | [[4, 2], [-2, -6]]
            conv2d(x, W, bias=1, padding=1, stride=2)     | [[3, 9], [2, -5]]
            conv2d(x, rot180(W))                          | [[4, 8], [4, 3]]
            conv2d_weight_grad(x, W, dk)                  | [[1, 0], [-1, -3]]
            conv2d_input_grad(x, W, dk)                   | [[3, -5, 2], [-3, -4, 4], [0, 0, 0]]
            conv2d_bias_grad(dk)                          | -1
            conv2d_bias_grad(reshape(dk, 1, 2, 2))        | [-1]
            conv2d(x, dk)                                 | [[1, 0], [-1, -3]]
            conv_transpose2d([[1, 2], [-1, 3]], [[1, -1], [2, 0]], stride=2, padding=1, output_padding=1) | [[0, 4, 0], [1, 3, -3], [0, 6, 0]]
            max_pool2d(p, 2)                              | [[5, 4], [7, 6]]
            max_pool2d(p, [2, 4], stride=2)               | [[5], [7]]
            max_pool2d(p, 3, stride=1, padding=1)         | [[5, 5, 4, 4], [5, 6, 6, 6], [7, 7, 7, 6], [7, 7, 7, 6]]
            max_pool2d_backward(p, [[1, -2], [3, 4]], 2)  | [[0, 0, 0, -2], [1, 0, 0, 0], [0, 0, 4, 0], [0, 3, 0, 0]]
            avg_pool2d(p, 2)                              | [[9/4, 9/4], [11/4, 13/4]]
            avg_pool2d_backward(p, [[4, 8], [0, -4]], 2)  | [[1, 1, 2, 2], [1, 1, 2, 2], [0, 0, -1, -1], [0, 0, -1, -1]]
            relu(g)                                       | [1, 0, 0]
            relu_derivative([2, 0, -1])                   | [1, 0, 0]
            relu_backward([2, 0, -1], [5, 6, 7])          | [5, 0, 0]
            sigmoid(0)                                    | 1/2
            sigmoid([0, 1, -1])                           | [0.5, 0.731058578630, 0.268941421370]
            sigmoid_derivative([0, 1, -1])                | [1/4, 0.196611933241, 0.196611933241]
            sigmoid_backward([0, 1], [4, 1])              | [1, 0.196611933241]
            tanh([0, 1, -1])                              | [0, 0.761594155956, -0.761594155956]
            tanh_derivative([0, 1, -1])                   | [1, 0.419974341614, 0.419974341614]
            tanh_backward([0, 1], [2, 1])                 | [2, 0.419974341614]
            softmax([5, 5, 5, 5])                         | [1/4, 1/4, 1/4, 1/4]
            softmax([[0, 0], [1, 1]], axis=0)             | [[0.268941421370, 0.268941421370], [0.731058578630, 0.731058578630]]
            log_softmax(z)                                | [-2.407605964, -1.407605964, -0.407605964]
            log_softmax([7])                              | [0]
            softmax_backward(z, g)                        | [0.141817093, 0.140770364, -0.282587457]
            log_softmax_backward(z, g)                    | [1, 0, -1]
            softmax_jacobian([1, 1])                      | [[1/4, -1/4], [-1/4, 1/4]]
            softmax_jacobian(z)[0]                        | [0.081925074, -0.022033040, -0.059892034]
            cross_entropy([[2, 1, -1], [0, 0, 0]], [0, 2]) | 0.723812253
            cross_entropy_backward([0, 0], 1)             | [1/2, -1/2]
            cross_entropy_backward([[0, 0], [0, 0]], [[1, 0], [0, 1]]) | [[-1/4, 1/4], [1/4, -1/4]]
            mse([1, 2, 3], [1, 0, 0])                     | 13/3
            mse_backward([1, 2, 3], [1, 0, 0])            | [0, 4/3, 2]
            batch_norm([[1], [3]], eps=0)                 | [[-1], [1]]
            batch_norm([[1], [3]], eps=0, correction=1)   | [[-0.707106781], [0.707106781]]
            batch_norm([[1, 0], [3, 4]], gamma=[2, 1], beta=[0, 5], eps=0) | [[-2, 4], [2, 6]]
            batch_norm_var([[1, 0], [3, 4]], correction=1) | [2, 8]
            batch_norm_mean([[1, 0], [3, 4]])             | [2, 2]
            batch_norm(reshape([1, 3, 5, 7], 2, 1, 2), eps=0) | [[[-1.341640786, -0.447213595]], [[0.447213595, 1.341640786]]]
            layer_norm([[1, 3], [0, 4]], gamma=[2, 3], beta=[1, 0], eps=0) | [[-1, 3], [-1, 3]]
            attention_scores([[1, 0]], [[2, 2], [0, 4]], scale=1) | [[2, 0]]
            attention_scores([[1, 0, 0, 0]], [[2, 2, 2, 2]]) | [[1]]
            attention_weights([[1, 0], [0, 1]], [[1, 0], [0, 1]], mask=[[1, 0], [1, 1]], scale=0) | [[1, 0], [1/2, 1/2]]
            attention([[1, 0]], [[1, 0], [1, 0]], [[2, 0], [0, 2]]) | [[1, 1]]
            attention([[1, 0]], [[1, 0], [1, 0]], [[2, 0], [0, 2]], mask=[[0, 1]]) | [[0, 2]]
            linear([1, 2], [[1, 0], [0, 1], [1, 1]], [0, 1, -3]) | [1, 3, 0]
            linear([[1, 2], [0, 1]], [[1, 1]], [1])       | [[4], [2]]
            linear([1, 2], [[2, 1]])                      | [4]
            """)
    void example(String formula, String expected) {
        Value got = ((Datum.Numeric) EVALUATOR.evaluate(FormulaParser.parse(formula), scope())).value();
        Value want = ((Datum.Numeric) value(expected)).value();
        assertEquals(Elementwise.dims(want), Elementwise.dims(got), formula);
        List<Num> w = Elementwise.entries(want);
        List<Num> a = Elementwise.entries(got);
        for (int i = 0; i < w.size(); i++) {
            if (a.get(i) instanceof Rational) {
                assertEquals(w.get(i), a.get(i), formula + " entry " + i);
            } else {
                assertTrue(Math.abs(a.get(i).toDouble() - w.get(i).toDouble()) < 1e-6, formula + " entry " + i + ": " + a.get(i));
            }
        }
    }

    /** A failure inside an op names the op's problem and points at the call in the formula. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            conv2d(x, reshape(ones(8), 2, 2, 2))   | 0 | the filters have 2 channel(s) but the input has 1
            conv2d(x, W, stride=0)                 | 20 | conv2d: argument 'stride' must be a positive integer, got 0
            max_pool2d(p, [2, 2, 2])               | 14 | max_pool2d: argument 'kernel' must be a positive integer or 2 of them, got [2, 2, 2]
            cross_entropy(z, 3)                    | 0 | class 3 is not one of the 3 classes 0 to 2
            relu_backward(z, x)                    | 0 | the ReLU input is a vector of 3 entries but its upstream gradient is a 3×3 matrix; they must have the same shape
            attention(W, [[1, 1, 1], [1, 1, 1]], W) | 0 | Q has 2 columns but K has 3; queries and keys need the same dimension d
            """)
    void error(String formula, int column, String message) {
        FormulaException e = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class,
                () -> EVALUATOR.evaluate(FormulaParser.parse(formula), scope()));
        assertEquals(message, e.detail());
        assertEquals(column, e.offset());
    }
}
