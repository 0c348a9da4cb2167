package org.hwgrade.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.StandardOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language's semantics on worked examples: each formula's value written as a formula of
 * literals, so the table reads as what a TA would expect.
 */
class EvaluatorTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardOps.REGISTRY);

    static Scope scope() {
        Map<String, Datum> values = new LinkedHashMap<>();
        values.put("x", Datum.of(Tensor.ofRows(new long[] {1, 2, 3}, new long[] {1, 1, 0}, new long[] {0, -1, -2})));
        values.put("W", Datum.of(Tensor.ofRows(new long[] {-1, 1}, new long[] {1, 2})));
        values.put("v", Datum.of(new Tensor(List.of(3), List.of(Rational.of(1), Rational.of(-2), Rational.of(3)))));
        values.put("third", Datum.of(new Scalar(Rational.of(1, 3))));
        values.put("half", Datum.of(new Scalar(new Real(0.5))));
        values.put("dL_dy", values.get("W"));
        Map<String, Datum> layer = new LinkedHashMap<>();
        layer.put("kind", new Datum.Text("conv"));
        layer.put("filters", Datum.of(Scalar.of(16)));
        values.put("layer", new Datum.Fields("a layer", layer));
        return Scope.of(values);
    }

    static Value eval(String formula) {
        return EVALUATOR.value(FormulaParser.parse(formula), scope());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1/3 + 1/6                 | 1/2
            third * 3                 | 1
            2^-2                      | 1/4
            (4/9)^(1/2)               | 2/3
            -third                    | -1/3
            0.1 + 0.2                 | 3/10
            1e-8 * 1e8                | 1
            W * 2                     | [[-2, 2], [2, 4]]
            W / W[0, 1]               | [[-1, 1], [1, 2]]
            W + [10, 20]              | [[9, 21], [11, 22]]
            [[1, 2], [3, 4], [5, 6]] - [1, 2] | [[0, 0], [2, 2], [4, 4]]
            [[1], [2], [3]] * [1, 10]  | [[1, 10], [2, 20], [3, 30]]
            W + [[10], [20]]          | [[9, 11], [21, 22]]
            W > 0                     | [[0, 1], [1, 1]]
            W >= 1                    | [[0, 1], [1, 1]]
            W == 1                    | [[0, 1], [1, 0]]
            W != 1                    | [[1, 0], [0, 1]]
            W < 1                     | [[1, 0], [0, 0]]
            W <= -1                   | [[1, 0], [0, 0]]
            W @ W                     | [[2, 1], [1, 5]]
            W @ [1, 1]                | [0, 3]
            [1, 2] @ [1, 2].T         | [[1, 2], [2, 4]]
            W.T                       | [[-1, 1], [1, 2]]
            transpose(x)              | [[1, 1, 0], [2, 1, -1], [3, 0, -2]]
            [[[1, 2], [3, 4]], [[5, 6], [7, 8]]].T | [[[1, 5], [3, 7]], [[2, 6], [4, 8]]]
            reshape([1, 2, 3, 4, 5, 6], 1, 2, 3).T | [[[1], [4]], [[2], [5]], [[3], [6]]]
            reshape([1, 2, 3, 4, 5, 6], 1, 2, 3)[0, 1, 2] | 6
            reshape([1, 2, 3, 4, 5, 6], 1, 2, 3)[:, 1] | [[4, 5, 6]]
            x[0]                      | [1, 2, 3]
            x[-1, -1]                 | -2
            x[1:3, :]                 | [[1, 1, 0], [0, -1, -2]]
            x[:, 1]                   | [2, 1, -1]
            x[:, 1:]                  | [[2, 3], [1, 0], [-1, -2]]
            x[5:]                     | x[0:0]
            x.shape[1]                | 3
            v[1:]                     | [-2, 3]
            sum(x)                    | 5
            sum(x, axis=0)            | [2, 2, 1]
            sum(x, axis=-1)           | [6, 2, -3]
            mean(v)                   | 2/3
            mean(x, axis=1)           | [2, 2/3, -1]
            max(x)                    | 3
            max(x, axis=0)            | [1, 2, 3]
            min(x, axis=1)            | [1, 0, -2]
            argmax(v)                 | 2
            argmax(x, axis=1)         | [2, 0, 0]
            argmax([1, 3, 3])         | 1
            argmin(x, axis=0)         | [2, 2, 2]
            prod(x.shape)             | 9
            prod([1/2, 2/3], axis=0)  | 1/3
            maximum(W, 0)             | [[0, 1], [1, 2]]
            minimum(W, [0, 1])        | [[-1, 1], [0, 1]]
            sqrt(9/4)                 | 3/2
            sqrt([4, 1/9])            | [2, 1/3]
            exp(0)                    | 1
            log(1)                    | 0
            abs(v)                    | [1, 2, 3]
            floor(-3/2)               | -2
            ceil(W / 2)               | [[0, 1], [1, 1]]
            rot180(W)                 | [[2, 1], [1, -1]]
            reshape(x, 1, -1)         | [[1, 2, 3, 1, 1, 0, 0, -1, -2]]
            reshape(v, 3, 1)          | [[1], [-2], [3]]
            zeros(2, 1)               | [[0], [0]]
            ones(2)                   | [1, 1]
            eye(2)                    | [[1, 0], [0, 1]]
            one_hot(1, 3)             | [0, 1, 0]
            layer.filters * 2         | 32
            [[[1], [2]]]              | reshape([1, 2], 1, 2, 1)
            """)
    void evaluatesExactly(String formula, String expected) {
        assertEquals(eval(expected), eval(formula));
    }

    @Test
    void exactnessIsKeptWherePossible() {
        assertEquals(new Scalar(Rational.of(1, 3)), eval("1/3"));
        assertEquals(new Scalar(new Real(Math.sqrt(2))), eval("sqrt(2)"));
        assertEquals(new Scalar(new Real(1.5)), eval("half * 3"));
        assertEquals(new Scalar(new Real(Math.exp(1))), eval("exp(1)"));
        assertEquals(new Scalar(new Real(Math.log(2))), eval("log(2)"));
    }

    @Test
    void shapesAreValues() {
        assertEquals(Shape.of(3, 3), eval("x.shape"));
        assertEquals(Shape.of(3, 32, 32), eval("shape(3, 32, 32)"));
        assertEquals(Shape.of(32), eval("shape(3, 32, 32)[1:2]"));
        assertEquals(Scalar.of(3072), eval("sum(shape(3, 32, 32)) * 0 + 3 * 32 * 32"));
    }

    @Test
    void listsOfRecordsStayLists() {
        Datum d = EVALUATOR.evaluate(FormulaParser.parse("[layer, \"flatten\"]"), scope());
        assertTrue(d instanceof Datum.Items l && l.items().size() == 2);
        assertEquals(new Datum.Text("conv"), EVALUATOR.evaluate(FormulaParser.parse("[layer][0].kind"), scope()));
    }
}
