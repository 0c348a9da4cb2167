package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;

/** Recomputing a quantity from a student's own upstream answers (error carried forward). */
class FollowThroughTest {

    private final SolvedRubric solved = Hw3.SOLVED;
    private final QuantityGraph conv = solved.graphOf("2");
    private final QuantityGraph shapes = solved.graphOf("3");
    private final QuantityGraph params = solved.graphOf("4");

    @Test
    void shapeFollowsFromTheStudentsPreviousShape() {
        assertEquals(Shape.of(8, 9, 9), shapes.recompute("shape_b", Map.of("shape_a", Shape.of(8, 19, 19)), Variant.KEY));
        assertEquals(Shape.of(8, 10, 10), shapes.recompute("shape_b", Map.of("shape_a", Shape.of(8, 20, 20)), Variant.KEY));
        // A conv after the student's wrong pooled shape: floor((10 − 3)/2) + 1 = 4, and 16 filters.
        assertEquals(Shape.of(16, 4, 4), shapes.recompute("shape_c", Map.of("shape_b", Shape.of(4, 10, 10)), Variant.KEY));
    }

    @Test
    void totalIsTheSumOfTheStudentsBranchCounts() {
        Map<String, Value> own = Map.of("params_a", Scalar.of(64), "params_b", Scalar.of(1248),
                "params_c", Scalar.of(816), "params_d", Scalar.of(32));
        assertEquals(Scalar.of(2160), params.recompute("params_total", own, Variant.KEY));
        // Branches the student left out come from the key.
        assertEquals(Scalar.of(64 + 129248 + 15920 + 6176),
                params.recompute("params_total", Map.of("params_a", Scalar.of(64)), Variant.KEY));
    }

    @Test
    void totalAcceptsNonIntegerStudentValuesExactly() {
        Value half = new Scalar(Rational.of(1, 2));
        Value total = params.recompute("params_total", Map.of("params_a", half), Variant.KEY);
        assertEquals(new Scalar(Rational.of(2 * (129248 + 15920 + 6176) + 1, 2)), total);
    }

    @Test
    void weightGradientIsTheConvolutionOfXWithTheStudentsDlDk() {
        Tensor own = matrix(new long[] {-3, 2}, new long[] {0, 1});
        assertEquals(matrix(new long[] {2, 0}, new long[] {-2, -5}), conv.recompute("dL_dW", Map.of("dL_dk", own), Variant.KEY));
        Tensor unit = matrix(new long[] {0, 0}, new long[] {0, 1});
        // A one-hot dL/dk picks the window of x at that position: x[1..2][1..2].
        assertEquals(matrix(new long[] {1, 0}, new long[] {-1, -2}), conv.recompute("dL_dW", Map.of("dL_dk", unit), Variant.KEY));
    }

    @Test
    void yIsTheReluOfTheStudentsK() {
        Tensor own = matrix(new long[] {-1, 2}, new long[] {3, 0});
        assertEquals(matrix(new long[] {0, 2}, new long[] {3, 0}), conv.recompute("y", Map.of("k", own), Variant.KEY));
    }

    @Test
    void dlDkMasksByTheStudentsK() {
        Tensor own = matrix(new long[] {1, -1}, new long[] {1, -1});
        assertEquals(matrix(new long[] {-3, 0}, new long[] {0, 0}), conv.recompute("dL_dk", Map.of("k", own), Variant.KEY));
    }

    @Test
    void aStudentValueThatDoesNotFitTheFormulaIsAnOpException() {
        Tensor threeByThree = matrix(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 3});
        OpException e = assertThrows(OpException.class,
                () -> conv.recompute("dL_dk", Map.of("k", threeByThree), Variant.KEY));
        assertTrue(e.getMessage().contains("shape mismatch in '*'"), e.getMessage());

        assertThrows(OpException.class,
                () -> shapes.recompute("shape_c", Map.of("shape_b", Shape.of(8, 1, 1)), Variant.KEY));
        assertThrows(OpException.class,
                () -> shapes.recompute("shape_b", Map.of("shape_a", Shape.of(8, 0, 9)), Variant.KEY));
    }

    @Test
    void hugeButValidShapesAreArithmeticNotAllocation() {
        assertEquals(Shape.of(8, 1073741823, 1073741823),
                shapes.recompute("shape_b", Map.of("shape_a", Shape.of(8, Integer.MAX_VALUE, Integer.MAX_VALUE)), Variant.KEY));
    }

    /**
     * Recomputations are remembered per quantity, variant and own answers: asked again, in any
     * order, each gives its own inputs' value, never the one remembered for other inputs.
     */
    @Test
    void aRecomputationAskedAgainInAnyOrderGivesItsOwnInputsValue() {
        Map<Shape, Shape> pooled = Map.of(Shape.of(8, 19, 19), Shape.of(8, 9, 9), Shape.of(8, 20, 20), Shape.of(8, 10, 10),
                Shape.of(8, 31, 31), Shape.of(8, 15, 15));
        for (int round = 0; round < 3; round++) {
            pooled.forEach((own, expected) -> assertEquals(expected,
                    shapes.recompute("shape_b", Map.of("shape_a", own), Variant.KEY), "from " + own));
        }
        assertEquals(Scalar.of(64 + 129248 + 15920 + 6176), params.recompute("params_total", Map.of("params_a", Scalar.of(64)), Variant.KEY));
        assertEquals(Scalar.of(65 + 129248 + 15920 + 6176), params.recompute("params_total", Map.of("params_a", Scalar.of(65)), Variant.KEY));
        assertEquals(Scalar.of(64 + 129248 + 15920 + 6176), params.recompute("params_total", Map.of("params_a", Scalar.of(64)), Variant.KEY));
    }
}
