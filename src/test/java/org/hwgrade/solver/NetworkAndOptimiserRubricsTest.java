package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Value;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rubrics/catalog-shapes-params.yaml and rubrics/catalog-optim.yaml (topics S, P, R, M, O of
 * ../shared/catalog/PROBLEMS.md) solve to the catalogue's check values, read from check-values.json;
 * and every misconception they name computes an answer other than the key.
 */
class NetworkAndOptimiserRubricsTest {

    private static final SolvedRubric SHAPES = Solver.solve(RubricLoader.load(Path.of("rubrics/catalog-shapes-params.yaml")));
    private static final SolvedRubric OPTIM = Solver.solve(RubricLoader.load(Path.of("rubrics/catalog-optim.yaml")));
    private static JsonNode check;

    @BeforeAll
    static void readCheckValues() throws IOException {
        check = new ObjectMapper().readTree(Path.of("../shared/catalog/check-values.json").toFile());
    }

    private static Value shape(JsonNode dims) {
        List<Integer> d = new ArrayList<>();
        dims.forEach(n -> d.add(n.asInt()));
        return new Shape(d);
    }

    /** Part id → its check value, as the catalogue names them. */
    private static Map<String, Value> expectedExact() {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            out.put("S1" + (char) ('a' + i), shape(check.get("S1").get(i)));
        }
        for (int i = 0; i < 5; i++) {
            out.put("S1HWC" + (char) ('a' + i), shape(check.get("S1_hwc").get(i)));
        }
        out.put("S2a", Scalar.of(check.get("S2").asLong()));
        for (String p : List.of("P1a", "P1b", "P1c", "P1d", "P1f", "P1g", "P1h", "P1i", "P1j")) {
            out.put(p, Scalar.of(check.get(p).asLong()));
        }
        out.put("P1e", Scalar.of(check.get("P1e_pytorch").asLong()));
        out.put("R1a", Scalar.of(check.get("R1").asLong()));
        out.put("M1", Scalar.of(check.get("M1").asLong()));
        out.put("M2", Scalar.of(check.get("M2").asLong()));
        return out;
    }

    @Test
    void shapesParametersFieldAndCostSolveToTheCheckValues() {
        expectedExact().forEach((part, value) -> assertEquals(value, SHAPES.key().answer(part), part));
        assertEquals(Scalar.of(check.get("P1e_keras").asLong()), SHAPES.graphOf("P1").evaluate("lstm_keras", Variant.KEY));
    }

    @Test
    void optimisersSolveToTheCheckValues() {
        JsonNode o1 = check.get("O1");
        assertEquals(o1.get(0).asText(), OPTIM.key().answer("O1a").toString());
        assertEquals(o1.get(1).asText(), OPTIM.key().answer("O1b").toString());
        // "0.01 to 8 decimals": exactly 0.01·6/(6 + 10⁻⁸)
        assertEquals(new Scalar(Rational.of(6_000_000, 600_000_001)), OPTIM.key().answer("O2a"));
        assertEquals(check.get("O2").asDouble(), ((Scalar) OPTIM.key().answer("O2a")).num().toDouble(), 5e-9);
    }

    static Stream<Arguments> misconceptions() {
        List<Arguments> out = new ArrayList<>();
        for (SolvedRubric solved : List.of(SHAPES, OPTIM)) {
            for (Problem problem : solved.rubric().problems()) {
                for (Part part : problem.parts()) {
                    for (Misconception m : part.misconceptions()) {
                        out.add(Arguments.of(part.id() + " " + m.name(), solved, problem, part, m));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misconceptions")
    void everyMisconceptionComputesAWrongAnswer(String name, SolvedRubric solved, Problem problem, Part part, Misconception m) {
        Value mistaken = solved.graphOf(problem.id()).evaluate(part.quantity(), Variant.of(part, m));
        assertFalse(mistaken.equals(solved.key().answer(part.id())), name + " gives the key " + mistaken);
    }

    /** The mistakes as a student makes them, worked by hand. */
    @Test
    void misconceptionsGiveTheMistakenAnswers() {
        Map<String, Value> byHand = Map.of(
                "S1c padding_ignored", Shape.of(32, 26, 26),       // 64 → 60 → 30 → 30 − 5 + 1
                "S1c dilation_ignored", Shape.of(32, 34, 34),      // 32 + 4 − 3 + 1
                "S1a hwc_for_chw", Shape.of(64, 64, 16),
                "P1a biases_forgotten", Scalar.of(432),
                "P1e one_bias_vector", Scalar.of(42240),
                "P1e one_gate", Scalar.of(64 * (100 + 64) + 2 * 64),
                "R1a dilation_ignored", Scalar.of(11),
                "M1 input_channels_ignored", Scalar.of(56L * 56 * 128 * 9),
                "O1a momentum_sign_flipped", new Scalar(Rational.of(-3, 5)),
                "O1b momentum_sign_flipped", new Scalar(Rational.of(-93, 50)));
        misconceptions().forEach(a -> {
            Object[] args = a.get();
            String name = (String) args[0];
            if (byHand.containsKey(name)) {
                Part part = (Part) args[3];
                Value v = ((SolvedRubric) args[1]).graphOf(((Problem) args[2]).id()).evaluate(part.quantity(),
                        Variant.of(part, (Misconception) args[4]));
                assertEquals(byHand.get(name), v, name);
            }
        });
    }
}
