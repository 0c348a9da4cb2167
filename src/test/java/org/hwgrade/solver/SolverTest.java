package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;

/** The key of homework 3 equals every check value of ASSIGNMENT.md. */
class SolverTest {

    private final SolvedRubric solved = Hw3.SOLVED;
    private final AnswerKey key = solved.key();

    @Test
    void keyOfProblem1IsTheCanonicalExpressions() {
        assertEquals(new Expression("-(1/s_y) e_y"), key.answer("1a"));
        assertEquals(new Expression("diag(s) - s s^T"), key.answer("1b"));
        assertEquals(new Expression("s - e_y"), key.answer("1c"));
        assertEquals(new Expression("(s - e_y) x^T"), key.answer("1d"));
    }

    @Test
    void keyOfProblem2MatchesTheChecks() {
        assertEquals(matrix(new long[] {4, 2}, new long[] {-2, -6}), key.answer("2a"));
        assertEquals(matrix(new long[] {4, 2}, new long[] {0, 0}), key.answer("2b"));
        assertEquals(matrix(new long[] {-3, 2}, new long[] {0, 0}), key.answer("2c"));
        assertEquals(matrix(new long[] {1, 0}, new long[] {-1, -3}), key.answer("2d"));
        assertEquals(matrix(new long[] {3, -5, 2}, new long[] {-3, -4, 4}, new long[] {0, 0, 0}),
                solved.graphOf("2").evaluate("dL_dx", Variant.KEY));
    }

    @Test
    void problem2KeysAreExactRationalMatrices() {
        Tensor k = (Tensor) key.answer("2a");
        assertEquals(List.of(2, 2), k.dims());
        k.entries().forEach(e -> assertEquals(Rational.class, e.getClass()));
    }

    @Test
    void problem2QuantitiesAreTheRubricsInItsOrder() {
        assertEquals(List.of("k", "y", "dL_dk", "dL_dW", "dL_dx"), solved.graphOf("2").quantityNames());
    }

    @Test
    void keyOfProblem3MatchesTheChecks() {
        assertEquals(Shape.of(8, 18, 18), key.answer("3a"));
        assertEquals(Shape.of(8, 9, 9), key.answer("3b"));
        assertEquals(Shape.of(16, 4, 4), key.answer("3c"));
        assertEquals(Shape.of(16, 4, 4), key.answer("3d"));
        assertEquals(Shape.of(16, 2, 2), key.answer("3e"));
    }

    @Test
    void keyOfProblem4MatchesTheChecks() {
        assertEquals(Scalar.of(12352), key.answer("4a"));
        assertEquals(Scalar.of(129248), key.answer("4b"));
        assertEquals(Scalar.of(15920), key.answer("4c"));
        assertEquals(Scalar.of(6176), key.answer("4d"));
        assertEquals(Scalar.of(163696), key.answer("4e"));
    }

    @Test
    void problem4TotalSplitsIntoWeightsAndBiases() {
        QuantityGraph g = solved.graphOf("4");
        Value weights = g.evaluate("params_total", Hw3.mistake("4e", "biases_left_out"));
        assertEquals(Scalar.of(163328), weights);
        assertEquals(Scalar.of(163696), g.evaluate("params_total", Variant.KEY), "the weights and 368 biases");
    }

    @Test
    void noBiasAndIgnoredInputChannelsGiveTheSeedsCounts() {
        QuantityGraph g = solved.graphOf("4");
        Variant both = Hw3.mistake("4e", "input_depth_ignored_and_no_bias");
        assertEquals(Scalar.of(64), g.evaluate("params_a", both));
        assertEquals(Scalar.of(1248), g.evaluate("params_b", both));
        assertEquals(Scalar.of(816), g.evaluate("params_c", both));
        assertEquals(Scalar.of(32), g.evaluate("params_d", both));
        assertEquals(Scalar.of(2160), g.evaluate("params_total", both));
    }

    @Test
    void keyIsInRubricPartOrder() {
        assertEquals(List.of("1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "3a", "3b", "3c", "3d", "3e",
                "4a", "4b", "4c", "4d", "4e"), List.copyOf(key.answers().keySet()));
        assertEquals("dl-hw3", key.assignment());
    }

}
