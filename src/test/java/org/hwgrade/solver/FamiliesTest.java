package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;
import org.junit.jupiter.api.Test;

/** The one family left (symbolic), and the inputs the formulas of homework 3 declare. */
class FamiliesTest {

    private final Families families = Families.standard();

    @Test
    void onlySymbolicIsAFamily() {
        assertEquals(List.of("symbolic"), List.copyOf(families.names()));
        assertEquals(Set.of("transposed"), families.asMap().get("symbolic").flags());
    }

    @Test
    void unknownFamilyListsTheKnownOnes() {
        Problem p = new Problem("7", "t", "lstm", Map.of(), Map.of(), Map.of(), List.of());
        RubricException e = assertThrows(RubricException.class, () -> families.forProblem(p));
        assertTrue(e.getMessage().startsWith("problem 7: unknown family 'lstm'"), e.getMessage());
        assertEquals("use one of: symbolic", e.hint());
    }

    @Test
    void aFormulasInputsAreTheNamesItUses() {
        QuantityGraph conv = Hw3.SOLVED.graphOf("2");
        assertEquals(List.of("x", "W"), conv.inputsOf("k"));
        assertEquals(List.of("k"), conv.inputsOf("y"));
        assertEquals(List.of("dL_dy", "k"), conv.inputsOf("dL_dk"));
        assertEquals(List.of("x", "dL_dk"), conv.inputsOf("dL_dW"));
        assertEquals(List.of("dL_dk", "W"), conv.inputsOf("dL_dx"));
        QuantityGraph shapes = Hw3.SOLVED.graphOf("3");
        assertEquals(List.of("input", "conv_a", "mistakes"), shapes.inputsOf("shape_a"));
        assertEquals(List.of("shape_a", "pool_b", "mistakes"), shapes.inputsOf("shape_b"));
        QuantityGraph params = Hw3.SOLVED.graphOf("4");
        assertEquals(List.of("params_a", "params_b", "params_c", "params_d"), params.inputsOf("params_total"));
        assertEquals(List.of("input", "b", "mistakes"), params.inputsOf("params_b"));
    }
}
