package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Num;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;

/** The registry and what each family declares, beyond homework 3's single-channel case. */
class FamiliesTest {

    private final Families families = Families.standard();

    @Test
    void standardFamiliesByName() {
        assertEquals(List.of("symbolic", "conv-relu", "cnn-shapes", "param-count"), List.copyOf(families.names()));
        assertEquals(Set.of("flipped_kernel", "no_relu_mask", "mask_from_y", "no_bias", "no_padding"),
                families.asMap().get("conv-relu").flags());
        assertEquals(Set.of("ceil_instead_of_floor", "no_padding", "channels_not_updated"),
                families.asMap().get("cnn-shapes").flags());
        assertEquals(Set.of("no_bias", "ignore_input_channels"), families.asMap().get("param-count").flags());
        assertEquals(Set.of("transposed"), families.asMap().get("symbolic").flags());
    }

    @Test
    void unknownFamilyListsTheKnownOnes() {
        Problem p = new Problem("7", "t", "lstm", Map.of(), Map.of(), Map.of(), List.of());
        RubricException e = assertThrows(RubricException.class, () -> families.forProblem(p));
        assertTrue(e.getMessage().startsWith("problem 7: unknown family 'lstm'"), e.getMessage());
        assertEquals("use one of: symbolic, conv-relu, cnn-shapes, param-count", e.hint());
    }

    @Test
    void graphsDeclareTheirInputs() {
        QuantityGraph conv = Solver.solve(Hw3.rubric()).graphOf("2");
        assertEquals(List.of("x", "W"), conv.inputsOf("k"));
        assertEquals(List.of("k"), conv.inputsOf("y"));
        assertEquals(List.of("k", "dL_dy"), conv.inputsOf("dL_dk"));
        assertEquals(List.of("x", "dL_dk"), conv.inputsOf("dL_dW"));
        assertEquals(List.of("W", "dL_dk"), conv.inputsOf("dL_dx"));
        QuantityGraph shapes = Solver.solve(Hw3.rubric()).graphOf("3");
        assertEquals(List.of("input"), shapes.inputsOf("shape.a"));
        assertEquals(List.of("shape.a"), shapes.inputsOf("shape.b"));
        QuantityGraph params = Solver.solve(Hw3.rubric()).graphOf("4");
        assertEquals(List.of("params.a", "params.b", "params.c", "params.d", "params.total"), params.quantityNames());
        assertEquals(List.of("params.a", "params.b", "params.c", "params.d"), params.inputsOf("params.total"));
        assertEquals(List.of("input"), params.inputsOf("params.b"));
    }

    @Test
    void convReluWithTwoFiltersStrideAndBiasVector() {
        Map<String, Given> g = new LinkedHashMap<>();
        g.put("x", Hw3.of(Tensor.ofRows(new long[] {1, 2, 3, 4}, new long[] {5, 6, 7, 8}, new long[] {9, 10, 11, 12},
                new long[] {13, 14, 15, 16})));
        g.put("W", Hw3.of(new Tensor(List.of(2, 1, 2, 2), ints(1, 0, 0, 0, 0, 0, 0, -1))));
        g.put("dL_dy", Hw3.of(new Tensor(List.of(2, 2, 2), ints(1, 1, 1, 1, 1, 1, 1, 1))));
        g.put("b", Hw3.of(new Tensor(List.of(2), ints(0, 10))));
        g.put("stride", Hw3.of(Scalar.of(2)));
        QuantityGraph graph = new ConvReluFamily().build(new Problem("9", "t", ConvReluFamily.NAME, g, Map.of(), Map.of(), List.of()));
        // Filter 0 picks the top-left of each 2×2 block; filter 1 is 10 minus the bottom-right.
        assertEquals(new Tensor(List.of(2, 2, 2), ints(1, 3, 9, 11, 4, 2, -4, -6)), graph.evaluate("k", Set.of()));
        assertEquals(new Tensor(List.of(2, 2, 2), ints(1, 1, 1, 1, 1, 1, 0, 0)), graph.evaluate("dL_dk", Set.of()));
        assertEquals(new Tensor(List.of(2), ints(4, 2)), graph.evaluate("dL_db", Set.of()));
        assertEquals(new Tensor(List.of(2, 1, 2, 2), ints(24, 28, 40, 44, 4, 6, 12, 14)), graph.evaluate("dL_dW", Set.of()));
        assertEquals(List.of(4, 4), ((Tensor) graph.evaluate("dL_dx", Set.of())).dims());
    }

    private static List<Num> ints(long... values) {
        List<Num> out = new java.util.ArrayList<>();
        for (long v : values) {
            out.add(Rational.of(v));
        }
        return Collections.unmodifiableList(out);
    }
}
