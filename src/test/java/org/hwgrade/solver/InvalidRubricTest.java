package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Given;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each broken symbolic problem, or problem as a whole, says: the message names
 * the problem, part or misconception at fault, and the hint says how to fix it. Broken formulas,
 * located inside the file, are the table of AssignmentTest.
 */
class InvalidRubricTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messageNamesTheCauseAndTheFix(String what, Rubric rubric, String message, String hint) {
        RubricException e = assertThrows(RubricException.class, () -> Solver.solve(rubric));
        assertEquals(message + "\n  hint: " + hint, e.getMessage());
    }

    static Stream<Arguments> cases() {
        Problem symbolic = symbolic(List.of(part("1a", "dL_ds")));
        return Stream.of(
                row("symbolic with givens", rubricOf(new Problem("1", "t",
                                Map.of("m", new Given.Of(Scalar.of(3))), Map.of(), Map.of("s", "m"), Map.of("dL_ds", "s"),
                                List.of(part("1a", "dL_ds")))),
                        "problem 1: a symbolic problem has no givens (its symbols are drawn at random, its keys are definitions)",
                        "write the expressions under 'definitions:', or put numeric parts in a problem of their own"),
                row("symbolic without symbols", rubricOf(new Problem("1", "t", Map.of(), Map.of(),
                                Map.of(), Map.of("dL_ds", "s"), List.of(part("1a", "dL_ds")))),
                        "problem 1: a symbolic problem declares no symbols",
                        "list the symbols a student may use with their shapes, e.g. symbols: {W: \"m x n\", x: \"n\"}"),
                row("an expression part without symbols", rubricOf(new Problem("5", "t", Map.of(), Map.of(), Map.of(),
                                Map.of(), List.of(part("5a", "dL_ds")))),
                        "problem 5: a symbolic problem declares no symbols",
                        "list the symbols a student may use with their shapes, e.g. symbols: {W: \"m x n\", x: \"n\"}"),
                row("unknown quantity", rubricOf(symbolic(List.of(part("1b", "dL_dz")))),
                        "part 1b: problem 1 has no quantity 'dL_dz'", "use one of: dL_ds"),
                row("a definition that is not there replaced", rubricOf(symbolic(List.of(part("1a", "dL_ds",
                                new Misconception("m", Map.of("dL_dz",
                                        org.hwgrade.model.FormulaText.inline("s^T", new org.hwgrade.model.HwgradeException.Location("t", 1, 1))),
                                        Rational.ZERO, "f"))))),
                        "part 1a, misconception m: problem 1 has no quantity dL_dz to replace", "replace one of: dL_ds"),
                row("two problems with one id", rubricOf(symbolic, symbolic),
                        "problem 1 is defined twice", "give every problem its own id"));
    }

    private static Problem symbolic(List<Part> parts) {
        return new Problem("1", "t", Map.of(), Map.of(), Map.of("s", "m"), Map.of("dL_ds", "s"), parts);
    }

    private static Part part(String id, String quantity, Misconception... misconceptions) {
        return new Part(id, id, Rational.of(2), AnswerKind.EXPRESSION, quantity, List.of(id), Optional.empty(),
                Optional.empty(), List.of(misconceptions), Optional.empty(), Optional.empty());
    }

    private static Arguments row(String what, Rubric rubric, String message, String hint) {
        return Arguments.of(what, rubric, message, hint);
    }

    private static Rubric rubricOf(Problem... problems) {
        return new Rubric("t", "t", GradingDefaults.STANDARD, List.of(problems));
    }
}
