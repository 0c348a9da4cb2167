package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hwgrade.model.RubricException;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rubrics whose formulas would run for minutes or exhaust the heap (a 3000-long outer product,
 * a pooling window padded to 3000, a stride of 100,000): each op estimates its work from its
 * arguments' sizes before it starts ({@link org.hwgrade.formula.Work}), so the rubric is refused
 * with the op named and its place in the formula (file:line:column), before any of that work is done.
 */
class HostileCostTest {

    private static String rubric(String formula) {
        return """
                assignment: t
                problems:
                  - id: "1"
                    givens: {x: [[1, 2], [3, 4]], W: [[1, 0], [0, 1]]}
                    quantities:
                      q: %s
                    parts:
                      - {id: 1a, points: 1, kind: number, quantity: q}
                """.formatted(formula);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "outer product      | sum(zeros(3000, 1) @ zeros(1, 3000))                         | the matrix product | 29",
        "broadcast          | sum(zeros(3000, 1) + zeros(1, 3000))                         | the entry-by-entry '+' | 29",
        "broadcast compare  | sum(zeros(3000, 1) > zeros(1, 3000))                         | the entry-by-entry '>' | 29",
        "padded pooling     | sum(max_pool2d(x, 3000, stride=1, padding=1500))             | the pooling | 14",
        "attention          | sum(attention(zeros(3000, 2), zeros(3000, 2), zeros(3000, 2))) | attention | 14",
        "transposed stride  | sum(conv_transpose2d(x, W, stride=100000))                   | the transposed convolution | 14",
        "padded convolution | sum(conv2d(x, W, padding=100000))                            | the convolution | 14",
        "softmax Jacobian   | sum(softmax_jacobian(zeros(3000)))                           | the softmax Jacobian | 14",
        "linear layer       | sum(linear(zeros(2000, 500), zeros(2000, 500)))              | the matrix product | 14",
        "optimiser steps    | sgd(1, 'w', lr=1, steps=100000000).w                         | sgd: the optimiser run | 34"})
    void theCostIsARubricErrorAtTheOpAtFaultNamingIt(String what, String formula, String operation, int column) {
        RubricException e = assertThrows(RubricException.class,
                () -> Solver.solve(RubricLoader.parse(rubric(formula), "t.yaml")));
        // Line 6 is "      q: FORMULA": the formula starts in column 10, and the column points at the
        // op or operator whose sizes are at fault (the '@', the call, the value of steps).
        String place = "t.yaml:6:" + column;
        assertEquals(place + ": problem 1: the key q cannot be computed: q = " + formula + ": " + operation
                + " would take more than 5000000 steps with these sizes\n"
                + "  hint: use smaller givens, strides and paddings: homework is worked by hand", e.getMessage());
    }
}
