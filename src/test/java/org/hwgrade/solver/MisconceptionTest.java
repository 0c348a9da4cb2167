package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.hwgrade.solver.Hw3.mistake;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.hwgrade.model.Given;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;

/** Homework 3's mistakes, written as formulas in the rubric and computed (never typed in). */
class MisconceptionTest {

    private final QuantityGraph conv = Hw3.SOLVED.graphOf("2");
    private final QuantityGraph shapes = Hw3.SOLVED.graphOf("3");
    private final QuantityGraph params = Hw3.SOLVED.graphOf("4");

    @Test
    void flippedKernelIsTrueConvolution() {
        // rot180(W) = [[2, 1], [1, -1]] slid over x.
        assertEquals(matrix(new long[] {4, 8}, new long[] {4, 3}), conv.evaluate("k", mistake("2a", "flipped_kernel")));
    }

    @Test
    void flippedKernelRotatesTheUpstreamGradientInTheWeightGradient() {
        // Flipped k is all positive, so dL/dk = dL/dy; dL/dW = x true-convolved with [[-3, 2], [0, 1]].
        Variant flipped = mistake("2d", "flipped_kernel");
        assertEquals(matrix(new long[] {-3, 2}, new long[] {0, 1}), conv.evaluate("dL_dk", flipped));
        assertEquals(matrix(new long[] {0, 4}, new long[] {4, 5}), conv.evaluate("dL_dW", flipped));
    }

    @Test
    void missingReluMaskCopiesTheUpstreamGradientAndCarriesIntoTheWeightGradient() {
        Tensor dy = (Tensor) conv.evaluate("dL_dy", Variant.KEY);
        assertEquals(dy, conv.evaluate("dL_dk", mistake("2c", "relu_mask_missing")));
        assertEquals(matrix(new long[] {2, 0}, new long[] {-2, -5}), conv.evaluate("dL_dW", mistake("2d", "relu_mask_missing")));
    }

    @Test
    void maskFromYKeepsEveryEntry() {
        assertEquals(conv.evaluate("dL_dy", Variant.KEY), conv.evaluate("dL_dk", mistake("2c", "mask_from_y")));
    }

    @Test
    void aMistakeLeavesWhatComesBeforeItAlone() {
        assertEquals(conv.evaluate("k", Variant.KEY), conv.evaluate("k", mistake("2d", "relu_mask_missing")));
        assertEquals(conv.evaluate("y", Variant.KEY), conv.evaluate("y", mistake("2c", "mask_from_y")));
    }

    @Test
    void ceilInsteadOfFloorIsTheKeyWhenEveryDivisionIsExact() {
        for (String layer : new String[] {"a", "b", "c", "d", "e"}) {
            assertEquals(shapes.evaluate("shape_" + layer, Variant.KEY),
                    shapes.evaluate("shape_" + layer, mistake("3" + layer, "ceil_instead_of_floor")));
        }
    }

    @Test
    void ceilInsteadOfFloorRoundsUpWhereItMatters() {
        Map<String, Given> input = Map.of("input", new Given.Of(Shape.of(4, 38, 38)));
        assertEquals(Shape.of(8, 18, 18), shapes.evaluate("shape_a", Hw3.given("input", input.get("input"))));
        Variant ceil = Hw3.withGivens(mistake("3a", "ceil_instead_of_floor"), input);
        assertEquals(Shape.of(8, 19, 19), shapes.evaluate("shape_a", ceil));
        assertEquals(Shape.of(8, 10, 10), shapes.evaluate("shape_b", ceil));
    }

    @Test
    void forgottenPaddingChangesOnlyThePaddedLayerAndWhatFollows() {
        Variant v = mistake("3e", "padding_forgotten");
        assertEquals(Shape.of(8, 18, 18), shapes.evaluate("shape_a", v));
        assertEquals(Shape.of(8, 9, 9), shapes.evaluate("shape_b", v));
        assertEquals(Shape.of(16, 4, 4), shapes.evaluate("shape_c", v));
        assertEquals(Shape.of(16, 2, 2), shapes.evaluate("shape_d", v));
        assertEquals(Shape.of(16, 1, 1), shapes.evaluate("shape_e", v));
    }

    @Test
    void channelsNotUpdatedKeepsTheInputsFourChannels() {
        Variant v = mistake("3e", "channels_not_updated");
        assertEquals(Shape.of(4, 18, 18), shapes.evaluate("shape_a", v));
        assertEquals(Shape.of(4, 9, 9), shapes.evaluate("shape_b", v));
        assertEquals(Shape.of(4, 4, 4), shapes.evaluate("shape_c", v));
        assertEquals(Shape.of(4, 4, 4), shapes.evaluate("shape_d", v));
        assertEquals(Shape.of(4, 2, 2), shapes.evaluate("shape_e", v));
    }

    @Test
    void noBiasCountsOnlyWeights() {
        Variant v = mistake("4e", "biases_left_out");
        assertEquals(Scalar.of(12288), params.evaluate("params_a", v));
        assertEquals(Scalar.of(129024), params.evaluate("params_b", v));
        assertEquals(Scalar.of(15872), params.evaluate("params_c", v));
        assertEquals(Scalar.of(6144), params.evaluate("params_d", v));
    }

    @Test
    void ignoredInputChannelsAloneStillCountBiases() {
        Variant v = mistake("4e", "input_depth_ignored");
        assertEquals(Scalar.of(128), params.evaluate("params_a", v));
        assertEquals(Scalar.of(1472), params.evaluate("params_b", v));
        assertEquals(Scalar.of(864), params.evaluate("params_c", v));
        assertEquals(Scalar.of(64), params.evaluate("params_d", v));
        assertEquals(Scalar.of(2528), params.evaluate("params_total", v));
    }
}
