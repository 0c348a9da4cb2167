package org.hwgrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.Given;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RubricLoaderTest {

    private static final String VALID = """
            assignment: t
            problems:
              - id: "2"
                quantities: {k: 2 * x}
                givens:
                  x: [[1, 2], [3, 4]]
                parts:
                  - id: 2a
                    points: 3
                    kind: matrix
                    quantity: k
            """;

    @Test
    void theLatePolicyAndCanvasIdAreRead() {
        Rubric r = RubricLoader.parse(VALID + "late: {due: 2026-10-15T23:59:00+09:00, grace: 15m, per_day: 10%, max_days: 3, past_max: cap}\n"
                + "lms: {canvas_assignment_id: 12345}\n", "t.yaml");
        var late = r.delivery().late().orElseThrow();
        assertEquals(java.time.OffsetDateTime.parse("2026-10-15T23:59:00+09:00"), late.due());
        assertEquals(java.time.Duration.ofMinutes(15), late.grace());
        assertEquals(org.hwgrade.model.Rational.of(1, 10), late.perDay());
        assertEquals(java.util.Optional.of(3), late.maxDays());
        assertEquals(org.hwgrade.model.LatePolicy.PastMax.CAP, late.pastMax());
        assertEquals(java.util.Optional.of("12345"), r.delivery().canvasAssignmentId());
        assertEquals(org.hwgrade.model.Rational.of(1, 10),
                RubricLoader.parse(VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: 1/10}\n", "t.yaml").delivery().late().orElseThrow().perDay());
    }

    @Test
    void loadsTheBundledHomework3Rubric() {
        Rubric rubric = RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"));
        assertEquals("dl-hw3", rubric.id());
        assertEquals(List.of("1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "3a", "3b", "3c", "3d", "3e",
                "4a", "4b", "4c", "4d", "4e"), rubric.parts().map(p -> p.id()).toList());
        Rational total = rubric.parts().map(p -> p.points()).reduce(Rational.ZERO,
                (a, b) -> new Rational(a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())),
                        a.denominator().multiply(b.denominator())));
        assertEquals(Rational.of(40), total);
        var conv = rubric.problems().get(1);
        assertEquals(new Given.Of(Tensor.ofRows(new long[] {-1, 1}, new long[] {1, 2})), conv.givens().get("W"));
        var shapes = rubric.problems().get(2);
        assertEquals(new Given.Of(Shape.of(4, 37, 37)), shapes.givens().get("input"));
        assertEquals(new Given.Record(Map.of("kind", new Given.Text("max_pool"), "size", new Given.Of(Scalar.of(2)),
                "stride", new Given.Of(Scalar.of(2)), "padding", new Given.Of(Scalar.of(0)))), shapes.givens().get("pool_e"));
        assertEquals("network(shape_d, [pool_e], mistakes=mistakes).shape", shapes.quantities().get("shape_e").text());
        var part4a = rubric.problems().get(3).parts().get(0);
        assertEquals(AnswerKind.INTEGER, part4a.kind());
        assertEquals(3, part4a.misconceptions().size(), "anchored misconceptions are shared");
        assertEquals(Rational.of(1, 4), part4a.misconceptions().get(2).credit());
        assertEquals(new Tolerance.RelAbs(1e-2, 1e-8), rubric.defaults().irrationalTolerance());
        assertEquals(EntryCredit.PROPORTIONAL, rubric.defaults().entries());
    }

    @Test
    void optionalPartSettingsAreRead() {
        Rubric r = RubricLoader.parse(VALID.replace("quantity: k", """
                quantity: k
                        tolerance: {sigfig: 3}
                        entries: all-or-nothing
                        follow_through: false
                        show_key: false
                        labels: ['k', '\\mathbf{k}']"""), "t.yaml");
        var part = r.problems().get(0).parts().get(0);
        assertEquals(new Tolerance.SigFig(3), part.tolerance().orElseThrow());
        assertEquals(EntryCredit.ALL_OR_NOTHING, part.entries().orElseThrow());
        assertEquals(false, part.followThrough().orElseThrow().enabled());
        assertEquals(false, part.showKey().orElseThrow());
        assertEquals(List.of("k", "\\mathbf{k}"), part.labels());
    }

    /** Each broken rubric, the place the error must point at, and words its message must contain. */
    static Stream<Arguments> brokenRubrics() {
        return Stream.of(
                Arguments.of("unknown top-level key with a typo hint",
                        "assignmnt: t\n" + VALID.substring(VALID.indexOf('\n') + 1), "t.yaml:1:1",
                        "unknown key 'assignmnt' in the rubric", "did you mean 'assignment'?"),
                Arguments.of("unknown key in a part", VALID.replace("points: 3", "point: 3"), "t.yaml:9:9",
                        "unknown key 'point' in part 2a", "did you mean 'points'?"),
                Arguments.of("points not a number", VALID.replace("points: 3", "points: three"), "t.yaml:9:17",
                        "must be an exact number, found 'three'", "fraction"),
                Arguments.of("negative points", VALID.replace("points: 3", "points: -1"), "t.yaml:9:17",
                        "points of part 2a must be positive", ""),
                Arguments.of("unknown answer kind", VALID.replace("kind: matrix", "kind: vectr"), "t.yaml:10:15",
                        "unknown answer kind 'vectr'", "integer, number, vector, matrix, tensor, shape, expression"),
                Arguments.of("unknown layout", VALID.replace("kind: matrix", "kind: matrix\n        layout: WHC"), "t.yaml:11:17",
                        "unknown layout 'WHC'", "write layout: CHW (shapes as (C, H, W)) or layout: HWC (shapes as H×W×C)"),
                Arguments.of("manual with a quantity", VALID.replace("kind: matrix", "kind: manual"), "t.yaml:11:19",
                        "part 2a is scored by a person (kind: manual) and has no quantity",
                        "remove 'quantity:', or give the part a kind that is computed"),
                Arguments.of("missing quantity", VALID.replace("    quantity: k\n", ""), "t.yaml:8:9",
                        "part 2a says neither which quantity it asks for nor its formula",
                        "add 'quantity: name' (one of the problem's quantities) or 'formula: ...'"),
                Arguments.of("ragged matrix", VALID.replace("[[1, 2], [3, 4]]", "[[1, 2], [3]]"), "t.yaml:6:19",
                        "has 1 entries, the first has 2", "same number of entries"),
                Arguments.of("parts is not a list", VALID.substring(0, VALID.indexOf("    parts:")) + "    parts: 2a\n",
                        "t.yaml:7:12", "'parts' of problem 2 must be a list", "'- '"),
                Arguments.of("duplicate part id", VALID + "      - {id: 2a, points: 1, kind: matrix, quantity: y}\n", "t.yaml:12:9", "part id '2a' is used twice", "unique"),
                Arguments.of("unknown tolerance rule", VALID.replace("quantity: k", "quantity: k\n        tolerance: close"),
                        "t.yaml:12:20", "unknown tolerance rule 'close'", "sigfig"),
                Arguments.of("two tolerance rules", VALID.replace("quantity: k",
                        "quantity: k\n        tolerance: {sigfig: 3, decdig: 2}"),
                        "t.yaml:12:20", "a tolerance names exactly one rule, found 2", ""),
                Arguments.of("negative rtol", VALID.replace("quantity: k",
                        "quantity: k\n        tolerance: {relabs: {rtol: -1}}"),
                        "t.yaml:12:29", "rtol and atol must be finite and non-negative", ""),
                Arguments.of("credit above one", VALID.replace("quantity: k", """
                        quantity: k
                                misconceptions:
                                  - {name: flip, formula: rot180(x), credit: 3/2, feedback: no}"""),
                        "t.yaml:13:54", "a credit is a share of the part's points, from 0 to 1; found 3/2", ""),
                Arguments.of("misconception without feedback", VALID.replace("quantity: k", """
                        quantity: k
                                misconceptions:
                                  - {name: flip, formula: rot180(x)}"""),
                        "t.yaml:13:13", "lacks the required key 'feedback'", ""),
                Arguments.of("invalid YAML", VALID.replace("points: 3", "points: [3"), "t.yaml:10:",
                        "not valid YAML", "indentation"),
                Arguments.of("duplicate key", VALID.replace("points: 3", "points: 3\n        points: 4"), "t.yaml:10:9",
                        "duplicate key 'points' in part 2a", ""),
                Arguments.of("empty file", "", "t.yaml:1:1", "the rubric is empty", "docs/rubric.md"),
                Arguments.of("no problems", "assignment: t\nproblems: []\n", "t.yaml:2:11", "the rubric has no problems", ""),
                Arguments.of("a due time without its offset", VALID + "late: {due: 2026-10-15T23:59:00, per_day: 10%}\n",
                        "t.yaml:12:13", "is not a time with its UTC offset", "2026-10-15T23:59:00+09:00"),
                Arguments.of("a grace without a unit", VALID + "late:\n  due: 2026-10-15T23:59:00Z\n  grace: 15\n  per_day: 10%\n",
                        "t.yaml:14:10", "the grace '15' is not a duration", "15m"),
                Arguments.of("per_day in points", VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: 10}\n",
                        "t.yaml:12:44", "per_day '10' is outside 0%..100%", "10%"),
                Arguments.of("per_day not a number", VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: ten%}\n",
                        "t.yaml:12:44", "is not a percentage or a share", "10%"),
                Arguments.of("max_days of 0", VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: 10%, max_days: 0}\n",
                        "t.yaml:12:59", "must be at least 1", ""),
                Arguments.of("an unknown past_max", VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: 10%, max_days: 3, past_max: drop}\n",
                        "t.yaml:12:72", "past_max 'drop' is unknown", "zero"),
                Arguments.of("a misspelt late key", VALID + "late: {due: 2026-10-15T23:59:00Z, per_day: 10%, max_day: 3}\n",
                        "t.yaml:12:49", "unknown key 'max_day'", "did you mean 'max_days'?"),
                Arguments.of("a Canvas id that is a name", VALID + "lms: {canvas_assignment_id: hw3}\n",
                        "t.yaml:12:29", "is not a Canvas assignment id", "/assignments/12345"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRubrics")
    void brokenRubricsGiveALocatedMessageWithAHint(String name, String yaml, String location, String message,
            String hint) {
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.parse(yaml, "t.yaml"));
        assertTrue(e.getMessage().startsWith(location), () -> "location: " + e.getMessage());
        assertTrue(e.getMessage().contains(message), () -> "message: " + e.getMessage());
        assertTrue(e.hint().contains(hint), () -> "hint: " + e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.load(Path.of("no/such.yaml")));
        assertTrue(e.getMessage().contains("cannot read the rubric"), e.getMessage());
    }
}
