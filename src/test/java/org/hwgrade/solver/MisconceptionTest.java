package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;

/** The references of the mistakes, computed with flags switched on (never typed in). */
class MisconceptionTest {

    private final SolvedRubric solved = Solver.solve(Hw3.rubric());
    private final QuantityGraph conv = solved.graphOf("2");
    private final QuantityGraph shapes = solved.graphOf("3");
    private final QuantityGraph params = solved.graphOf("4");

    @Test
    void flippedKernelIsTrueConvolution() {
        // rot180(W) = [[2, 1], [1, -1]] slid over x.
        assertEquals(matrix(new long[] {4, 8}, new long[] {4, 3}), conv.evaluate("k", Set.of("flipped_kernel")));
    }

    @Test
    void flippedKernelRotatesTheUpstreamGradientInTheWeightGradient() {
        // Flipped k is all positive, so dL/dk = dL/dy; dL/dW = x true-convolved with [[-3, 2], [0, 1]].
        Set<String> flipped = Set.of("flipped_kernel");
        assertEquals(matrix(new long[] {-3, 2}, new long[] {0, 1}), conv.evaluate("dL_dk", flipped));
        assertEquals(matrix(new long[] {0, 4}, new long[] {4, 5}), conv.evaluate("dL_dW", flipped));
    }

    @Test
    void missingReluMaskCopiesTheUpstreamGradient() {
        Tensor dy = (Tensor) conv.evaluate("dL_dy", Set.of());
        assertEquals(dy, conv.evaluate("dL_dk", Set.of("no_relu_mask")));
        assertEquals(matrix(new long[] {2, 0}, new long[] {-2, -5}), conv.evaluate("dL_dW", Set.of("no_relu_mask")));
    }

    @Test
    void maskFromYKeepsEveryEntry() {
        assertEquals(conv.evaluate("dL_dy", Set.of()), conv.evaluate("dL_dk", Set.of("mask_from_y")));
    }

    @Test
    void flagsOfOtherPartsLeaveTheKeyAlone() {
        assertEquals(conv.evaluate("k", Set.of()), conv.evaluate("k", Set.of("no_relu_mask")));
        assertEquals(conv.evaluate("y", Set.of()), conv.evaluate("y", Set.of("mask_from_y")));
    }

    @Test
    void noBiasLeavesTheBiasOut() {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.convGivens());
        givens.put("b", Hw3.of(Scalar.of(5)));
        QuantityGraph g = new ConvReluFamily().build(new Problem("2", "t", ConvReluFamily.NAME, givens, Map.of(), Map.of(), List.of()));
        assertEquals(matrix(new long[] {9, 7}, new long[] {3, -1}), g.evaluate("k", Set.of()));
        assertEquals(matrix(new long[] {4, 2}, new long[] {-2, -6}), g.evaluate("k", Set.of("no_bias")));
        // With b = 5, k[1][0] = 3 > 0 lets dL/dy through there: dL/dk = [[-3, 2], [0, 0]], dL/db = -1.
        assertEquals(Scalar.of(-1), g.evaluate("dL_db", Set.of()));
    }

    @Test
    void noPaddingInConvReluShrinksK() {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.convGivens());
        givens.put("padding", Hw3.of(Scalar.of(1)));
        givens.put("dL_dy", Hw3.of(zeros(4, 4)));
        QuantityGraph g = new ConvReluFamily().build(new Problem("2", "t", ConvReluFamily.NAME, givens, Map.of(), Map.of(), List.of()));
        assertEquals(List.of(4, 4), ((Tensor) g.evaluate("k", Set.of())).dims());
        assertEquals(matrix(new long[] {4, 2}, new long[] {-2, -6}), g.evaluate("k", Set.of("no_padding")));
        // The 4×4 dL/dy no longer fits the 2×2 k: that quantity (and what depends on it) fails alone.
        assertEquals(matrix(new long[] {4, 2}, new long[] {0, 0}), g.evaluate("y", Set.of("no_padding")));
        SolverException e = assertThrows(SolverException.class, () -> g.evaluate("dL_dW", Set.of("no_padding")));
        assertEquals("dL_dW cannot be computed with [no_padding]: dL_dk cannot be computed: the ReLU input is a 2×2 "
                + "matrix but its upstream gradient is a 4×4 matrix; they must have the same shape", e.getMessage());
        assertFalse(g.evaluate(Set.of("no_padding")).containsKey("dL_dk"));
    }

    @Test
    void ceilInsteadOfFloorCoincidesWithTheKeyInHomework3() {
        // Every (in − F + 2P) in problem 3 is divisible by S, so rounding up changes nothing there.
        for (String layer : List.of("a", "b", "c", "d", "e")) {
            assertEquals(shapes.evaluate("shape." + layer, Set.of()),
                    shapes.evaluate("shape." + layer, Set.of("ceil_instead_of_floor")));
        }
    }

    @Test
    void ceilInsteadOfFloorRoundsUpWhereItMatters() {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.shapeGivens());
        givens.put("input", Hw3.of(Shape.of(4, 38, 38)));
        QuantityGraph g = new CnnShapesFamily().build(new Problem("3", "t", CnnShapesFamily.NAME, givens, Map.of(), Map.of(), List.of()));
        assertEquals(Shape.of(8, 18, 18), g.evaluate("shape.a", Set.of()));
        assertEquals(Shape.of(8, 19, 19), g.evaluate("shape.a", Set.of("ceil_instead_of_floor")));
        assertEquals(Shape.of(8, 10, 10), g.evaluate("shape.b", Set.of("ceil_instead_of_floor")));
    }

    @Test
    void forgottenPaddingChangesOnlyThePaddedLayerAndWhatFollows() {
        Set<String> flags = Set.of("no_padding");
        assertEquals(Shape.of(8, 18, 18), shapes.evaluate("shape.a", flags));
        assertEquals(Shape.of(8, 9, 9), shapes.evaluate("shape.b", flags));
        assertEquals(Shape.of(16, 4, 4), shapes.evaluate("shape.c", flags));
        assertEquals(Shape.of(16, 2, 2), shapes.evaluate("shape.d", flags));
        assertEquals(Shape.of(16, 1, 1), shapes.evaluate("shape.e", flags));
    }

    @Test
    void channelsNotUpdatedKeepsTheInputsFourChannels() {
        Set<String> flags = Set.of("channels_not_updated");
        assertEquals(Shape.of(4, 18, 18), shapes.evaluate("shape.a", flags));
        assertEquals(Shape.of(4, 9, 9), shapes.evaluate("shape.b", flags));
        assertEquals(Shape.of(4, 4, 4), shapes.evaluate("shape.c", flags));
        assertEquals(Shape.of(4, 4, 4), shapes.evaluate("shape.d", flags));
        assertEquals(Shape.of(4, 2, 2), shapes.evaluate("shape.e", flags));
    }

    @Test
    void noBiasCountsOnlyWeights() {
        Set<String> flags = Set.of("no_bias");
        assertEquals(Scalar.of(12288), params.evaluate("params.a", flags));
        assertEquals(Scalar.of(129024), params.evaluate("params.b", flags));
        assertEquals(Scalar.of(15872), params.evaluate("params.c", flags));
        assertEquals(Scalar.of(6144), params.evaluate("params.d", flags));
    }

    @Test
    void ignoredInputChannelsAloneStillCountBiases() {
        Set<String> flags = Set.of("ignore_input_channels");
        assertEquals(Scalar.of(128), params.evaluate("params.a", flags));
        assertEquals(Scalar.of(1472), params.evaluate("params.b", flags));
        assertEquals(Scalar.of(864), params.evaluate("params.c", flags));
        assertEquals(Scalar.of(64), params.evaluate("params.d", flags));
        assertEquals(Scalar.of(2528), params.evaluate("params.total", flags));
    }

    private static Tensor zeros(int rows, int cols) {
        long[][] r = new long[rows][cols];
        return Tensor.ofRows(r);
    }
}
