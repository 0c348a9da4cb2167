package org.hwgrade.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.RealMatrix;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.rubric.RubricLoader;
import org.hwgrade.symbolic.SymbolicResult.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catalogue problems G2–G4 as rubrics/catalog-graphs.yaml writes them: the checker knows their
 * symbols only from the rubric. The keys are checked against finite differences of their losses,
 * and the table catalog-graphs-cases.tsv against the checker.
 */
class CatalogGraphsTest {

    private static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/catalog-graphs.yaml"));
    private static final double H = 1e-6;

    static List<EquivalenceCase> cases() {
        return EquivalenceCase.read("catalog-graphs-cases.tsv");
    }

    private static Problem problemOf(String partId) {
        return RUBRIC.problems().stream().filter(p -> p.parts().stream().anyMatch(part -> part.id().equals(partId)))
                .findFirst().orElseThrow();
    }

    private static String keyOf(String partId) {
        Problem problem = problemOf(partId);
        Part part = problem.parts().stream().filter(p -> p.id().equals(partId)).findFirst().orElseThrow();
        return problem.definitions().get(part.quantity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictMatchesTheFixtureTable(EquivalenceCase fixture) {
        Problem problem = problemOf(fixture.part());
        SymbolicChecker checker = new SymbolicChecker(problem.symbols(), problem.definitions());
        SymbolicResult result = checker.check(fixture.answer(), keyOf(fixture.part()), fixture.part());
        assertEquals(fixture.expected(), result.status(), result.detail());
    }

    /** Each key against its loss: (part, the loss as an expression, the variable it is differentiated by). */
    static Stream<Arguments> losses() {
        return Stream.of(
                Arguments.of("G2a", "\\sigma(z)", "z"),
                Arguments.of("G3a", "\\frac{1}{N} \\|X w - y\\|^2", "w"),
                // L linear in h with dL/dh = g.
                Arguments.of("G4a", "g^T relu(W x + b)", "b"));
    }

    @ParameterizedTest(name = "{0}: d({1})/d{2}")
    @MethodSource("losses")
    void theKeyIsTheGradientOfTheLoss(String partId, String loss, String variable) throws Exception {
        Problem problem = problemOf(partId);
        SymbolTable table = SymbolTable.fromShapes(problem.symbols());
        Definitions definitions = Definitions.read(problem.definitions(), table);
        Node lossNode = Parser.parse(loss, table, definitions);
        Node keyNode = Parser.parse(keyOf(partId), table, definitions);
        for (Instance instance : Instances.trials(table, definitions, partId)) {
            RealMatrix gradient = keyNode.evaluate(Scope.of(instance));
            RealMatrix point = instance.values().get(variable);
            assertEquals(point.getRowDimension(), gradient.getRowDimension(), instance.describe());
            for (int i = 0; i < point.getRowDimension(); i++) {
                double plus = lossAt(lossNode, instance, variable, i, H);
                double minus = lossAt(lossNode, instance, variable, i, -H);
                double numeric = (plus - minus) / (2 * H);
                assertTrue(Math.abs(numeric - gradient.getEntry(i, 0)) < 1e-6,
                        partId + " at " + instance.describe() + " entry " + (i + 1) + ": key " + gradient.getEntry(i, 0)
                                + ", finite difference " + numeric);
            }
        }
    }

    private static double lossAt(Node loss, Instance instance, String variable, int entry, double step)
            throws EvalException {
        Map<String, RealMatrix> values = new HashMap<>(instance.values());
        RealMatrix moved = values.get(variable).copy();
        moved.addToEntry(entry, 0, step);
        values.put(variable, moved);
        RealMatrix value = loss.evaluate(Scope.of(new Instance(instance.dimensions(), instance.indices(), values)));
        return value.getEntry(0, 0);
    }
}
