package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.Scope;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Value;
import org.hwgrade.ops.Catalogue;
import org.hwgrade.ops.StandardOps;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rubrics/catalog-conv-pool.yaml and rubrics/catalog-numeric.yaml solve to the catalogue's check
 * values (read from ../shared/catalog/check-values.json, part by part), and their misconceptions
 * compute the mistakes the catalogue names.
 */
class CatalogueRubricsTest {

    private static final Map<String, SolvedRubric> SOLVED = new ConcurrentHashMap<>();

    /** Each rubric is solved once for all the cases that read it. */
    private static SolvedRubric solve(String file) {
        return SOLVED.computeIfAbsent(file, f -> Solver.solve(RubricLoader.load(Path.of("rubrics", f))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog-conv-pool.yaml", "catalog-numeric.yaml"})
    void everyPartSolvesToItsCheckValue(String file) {
        SolvedRubric solved = solve(file);
        solved.rubric().parts().forEach(p -> Catalogue.assertMatches(p.id(), solved.key().answer(p.id())));
    }

    @ParameterizedTest(name = "{1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            catalog-conv-pool.yaml | flipped_kernel                  | C1a | conv2d(x, rot180(W))
            catalog-conv-pool.yaml | padding_ignored                 | C1b | [[0, 7], [1, 4]]
            catalog-conv-pool.yaml | dilation_ignored                | C1c | [[0, 7, -1, 7, 5], [4, 0, -6, 7, 4], [0, 1, 7, -2, -2], [0, 1, 8, 4, -4], [0, 6, 3, -1, 4]]
            catalog-conv-pool.yaml | biases_forgotten                | C2a | [[[5, 6], [2, 6]], [[1, 3], [3, 1]]]
            catalog-conv-pool.yaml | gradient_spread_over_window     | C3b | [[1, 1, -2, -2], [1, 1, -2, -2], [3, 3, 4, 4], [3, 3, 4, 4]]
            catalog-conv-pool.yaml | gradient_averaged_over_window   | C3b | [[1, 1, -2, -2], [1, 1, -2, -2], [3, 3, 4, 4], [3, 3, 4, 4]] / 4
            catalog-conv-pool.yaml | window_rows_and_columns_swapped | C3d | [[7, 6]]
            catalog-conv-pool.yaml | computed_as_a_normal_conv       | C4b | [[0, 2, 4], [-1, -3, 8], [1, -4, 3]]
            catalog-numeric.yaml   | one_hot_not_subtracted          | N2c | softmax([2, 1, -1])
            catalog-numeric.yaml   | log_base_10                     | N2b | -log(softmax([2, 1, -1])[0]) / log(10)
            catalog-numeric.yaml   | unbiased_variance               | N3b | [20/3, 8/3]
            catalog-numeric.yaml   | unbiased_variance               | N3c | 2 * ([[1, 4], [3, 0], [5, 2], [7, 2]] - [4, 2]) / sqrt([20/3, 8/3]) + 1
            catalog-numeric.yaml   | no_sqrt_d_scaling               | N4a | [[1, 2, 0], [2, 0, 2]]
            catalog-numeric.yaml   | no_sqrt_d_scaling               | N4c | softmax([[1, 2, 0], [2, 0, 2]]) @ [[1, 2], [0, 1], [3, -1]]
            """)
    void misconceptionsComputeTheNamedMistake(String file, String name, String partId, String expected) {
        SolvedRubric solved = solve(file);
        Rubric rubric = solved.rubric();
        Part part = rubric.part(partId);
        Misconception m = part.misconceptions().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        String problem = rubric.problems().stream().filter(p -> p.parts().contains(part)).findFirst().orElseThrow().id();
        Value wrong = solved.graphOf(problem).evaluate(part.quantity(), Variant.of(part, m));
        assertEquals(literal(expected, problem, solved).toString(), wrong.toString());
    }

    /** The expected value, as a formula over the problem's givens (so that it needs no copying by hand). */
    private static Value literal(String formula, String problem, SolvedRubric solved) {
        return new Evaluator(StandardOps.REGISTRY).value(FormulaParser.parse(formula),
                Scope.of(solved.graphOf(problem).givens()));
    }
}
