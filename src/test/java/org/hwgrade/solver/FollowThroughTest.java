package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;

/** Recomputing a quantity from a student's own upstream answers (error carried forward). */
class FollowThroughTest {

    private final SolvedRubric solved = Solver.solve(Hw3.rubric());
    private final QuantityGraph conv = solved.graphOf("2");
    private final QuantityGraph shapes = solved.graphOf("3");
    private final QuantityGraph params = solved.graphOf("4");

    @Test
    void shapeFollowsFromTheStudentsPreviousShape() {
        assertEquals(Shape.of(8, 9, 9), shapes.recompute("shape.b", Map.of("shape.a", Shape.of(8, 19, 19)), Set.of()));
        assertEquals(Shape.of(8, 10, 10), shapes.recompute("shape.b", Map.of("shape.a", Shape.of(8, 20, 20)), Set.of()));
        // A conv after the student's wrong pooled shape: floor((10 − 3)/2) + 1 = 4, and 16 filters.
        assertEquals(Shape.of(16, 4, 4), shapes.recompute("shape.c", Map.of("shape.b", Shape.of(4, 10, 10)), Set.of()));
    }

    @Test
    void totalIsTheSumOfTheStudentsBranchCounts() {
        Map<String, Value> own = Map.of("params.a", Scalar.of(64), "params.b", Scalar.of(1248),
                "params.c", Scalar.of(816), "params.d", Scalar.of(32));
        assertEquals(Scalar.of(2160), params.recompute("params.total", own, Set.of()));
        // Branches the student left out come from the key.
        assertEquals(Scalar.of(64 + 129248 + 15920 + 6176),
                params.recompute("params.total", Map.of("params.a", Scalar.of(64)), Set.of()));
    }

    @Test
    void totalAcceptsNonIntegerStudentValuesExactly() {
        Value half = new Scalar(Rational.of(1, 2));
        Value total = params.recompute("params.total", Map.of("params.a", half), Set.of());
        assertEquals(new Scalar(Rational.of(2 * (129248 + 15920 + 6176) + 1, 2)), total);
    }

    @Test
    void weightGradientIsTheConvolutionOfXWithTheStudentsDlDk() {
        Tensor own = matrix(new long[] {-3, 2}, new long[] {0, 1});
        assertEquals(matrix(new long[] {2, 0}, new long[] {-2, -5}), conv.recompute("dL_dW", Map.of("dL_dk", own), Set.of()));
        Tensor unit = matrix(new long[] {0, 0}, new long[] {0, 1});
        // A one-hot dL/dk picks the window of x at that position: x[1..2][1..2].
        assertEquals(matrix(new long[] {1, 0}, new long[] {-1, -2}), conv.recompute("dL_dW", Map.of("dL_dk", unit), Set.of()));
    }

    @Test
    void yIsTheReluOfTheStudentsK() {
        Tensor own = matrix(new long[] {-1, 2}, new long[] {3, 0});
        assertEquals(matrix(new long[] {0, 2}, new long[] {3, 0}), conv.recompute("y", Map.of("k", own), Set.of()));
    }

    @Test
    void dlDkMasksByTheStudentsK() {
        Tensor own = matrix(new long[] {1, -1}, new long[] {1, -1});
        assertEquals(matrix(new long[] {-3, 0}, new long[] {0, 0}), conv.recompute("dL_dk", Map.of("k", own), Set.of()));
    }

    @Test
    void aStudentValueOfTheWrongShapeIsAnOpException() {
        Tensor threeByThree = matrix(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 3});
        OpException e = assertThrows(OpException.class,
                () -> conv.recompute("dL_dW", Map.of("dL_dk", threeByThree), Set.of()));
        assertTrue(e.getMessage().contains("must have the output's shape 2×2, got a 3×3 matrix"), e.getMessage());

        e = assertThrows(OpException.class, () -> conv.recompute("dL_dk", Map.of("k", threeByThree), Set.of()));
        assertTrue(e.getMessage().contains("same shape"), e.getMessage());

        e = assertThrows(OpException.class,
                () -> shapes.recompute("shape.b", Map.of("shape.a", Shape.of(8, 19)), Set.of()));
        assertTrue(e.getMessage().contains("needs a (C, H, W) input, got (8, 19)"), e.getMessage());

        e = assertThrows(OpException.class,
                () -> shapes.recompute("shape.c", Map.of("shape.b", Shape.of(8, 1, 1)), Set.of()));
        assertTrue(e.getMessage().contains("window 3 is larger than the padded input 1 + 2·0 = 1"), e.getMessage());
    }

    @Test
    void aStudentValueOfTheWrongKindIsASolverException() {
        SolverException e = assertThrows(SolverException.class,
                () -> conv.recompute("y", Map.of("k", Shape.of(2, 2)), Set.of()));
        assertEquals("k must be a matrix or tensor, got a shape of 2 dimensions", e.getMessage());

        e = assertThrows(SolverException.class,
                () -> params.recompute("params.total", Map.of("params.a", matrix(new long[] {1})), Set.of()));
        assertEquals("params.a must be a number, got a 1×1 matrix", e.getMessage());

        e = assertThrows(SolverException.class,
                () -> shapes.recompute("shape.b", Map.of("shape.a", new Expression("8x9x9")), Set.of()));
        assertEquals("shape.a must be a shape, got an expression", e.getMessage());

        assertThrows(OpException.class,
                () -> shapes.recompute("shape.b", Map.of("shape.a", Shape.of(8, 0, 9)), Set.of()));
        // Huge but valid shapes are arithmetic, not allocation: no overflow, no exception.
        assertEquals(Shape.of(8, 1073741823, 1073741823),
                shapes.recompute("shape.b", Map.of("shape.a", Shape.of(8, Integer.MAX_VALUE, Integer.MAX_VALUE)), Set.of()));
    }
}
