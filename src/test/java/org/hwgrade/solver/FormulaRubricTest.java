package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/** Problems written with quantities: formulas, their dependencies, per-part givens and misconceptions. */
class FormulaRubricTest {

    private static final String RUBRIC = """
            assignment: formulas
            problems:
              - id: A
                givens:
                  x: [[1, 2], [3, 4]]
                  c: 2
                quantities:
                  k: c * x
                  y: k + 1
                  total: sum(k) + sum(y)
                parts:
                  - {id: Aa, points: 1, kind: matrix, quantity: k,
                     misconceptions: [{name: tripled, formula: 3 * x, credit: 1/3, feedback: "times two"}]}
                  - {id: Ab, points: 1, kind: matrix, quantity: y, givens: {c: 3}}
                  - id: Ac
                    points: 1
                    kind: integer
                    quantity: total
                    misconceptions:
                      - {name: zeroed, replace: {k: 0 * x}, feedback: "k is not zero"}
                  - {id: Ad, points: 1, kind: integer, formula: "sum(x) * c"}
            """;

    private static SolvedRubric solve(String text) {
        return Solver.solve(RubricLoader.parse(text, "r.yaml"));
    }

    @Test
    void keyFromFormulas() {
        SolvedRubric s = solve(RUBRIC);
        assertEquals(Tensor.ofRows(new long[] {2, 4}, new long[] {6, 8}), s.key().answer("Aa"));
        assertEquals(Tensor.ofRows(new long[] {4, 7}, new long[] {10, 13}), s.key().answer("Ab"));
        assertEquals(Scalar.of(44), s.key().answer("Ac"));
        assertEquals(Scalar.of(20), s.key().answer("Ad"));
        assertEquals(List.of("c", "x"), List.copyOf(new java.util.TreeSet<>(s.graphOf("A").inputsOf("k"))));
    }

    @Test
    void misconceptionsReplaceFormulasAndRecomputeDownstream() {
        SolvedRubric s = solve(RUBRIC);
        Problem a = s.rubric().problems().get(0);
        Part aa = a.parts().get(0);
        Part ac = a.parts().get(2);
        Misconception tripled = aa.misconceptions().get(0);
        Misconception zeroed = ac.misconceptions().get(0);
        QuantityGraph g = s.graphOf("A");
        assertEquals(Tensor.ofRows(new long[] {3, 6}, new long[] {9, 12}), g.evaluate("k", Variant.of(aa, tripled)));
        assertEquals(Scalar.of(4), g.evaluate("total", Variant.of(ac, zeroed)));
    }

    @Test
    void unknownNamePointsInsideTheFormula() {
        RubricException e = assertThrows(RubricException.class, () -> solve(RUBRIC.replace("y: k + 1", "y: k + z")));
        assertEquals("r.yaml:9:14: problem A, y = k + z: unknown name 'z'", e.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void cycleIsARubricError() {
        RubricException e = assertThrows(RubricException.class, () -> solve(RUBRIC.replace("k: c * x", "k: c * y")));
        assertEquals("r.yaml:9:10: problem A, y = k + 1: the formulas form a cycle: k → y → k",
                e.getMessage().lines().findFirst().orElseThrow());
    }
}
