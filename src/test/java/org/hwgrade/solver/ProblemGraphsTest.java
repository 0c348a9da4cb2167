package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hwgrade.model.Expression;
import org.junit.jupiter.api.Test;

/**
 * What builds a problem's graph is its content, never a type name: formulas for a numeric problem,
 * definitions for a symbolic one (and the inputs of a formula are the names it uses).
 */
class ProblemGraphsTest {

    @Test
    void aSymbolicProblemsQuantitiesAreItsDefinitionsAsExpressions() {
        QuantityGraph symbolic = Hw3.SOLVED.graphOf("1");
        assertEquals(List.of("l", "s", "e_y", "dL_ds", "ds_dl", "dL_dl", "dL_dW"), symbolic.quantityNames());
        assertEquals(new Expression("s - e_y"), symbolic.evaluate("dL_dl", Variant.KEY));
        assertEquals(new Expression("(s - e_y)^T"), symbolic.evaluate("dL_dl", Hw3.mistake("1c", "transposed")));
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
