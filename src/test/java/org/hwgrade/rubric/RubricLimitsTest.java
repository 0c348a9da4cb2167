package org.hwgrade.rubric;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hwgrade.model.RubricException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A hostile or careless rubric is refused at load time, fast, with a located message (issue 10). */
class RubricLimitsTest {

    private static final String VALID = """
            assignment: t
            problems:
              - id: "2"
                quantities: {k: x}
                givens:
                  x: [[1, 2], [3, 4]]
                parts:
                  - id: 2a
                    points: 3
                    kind: matrix
                    quantity: k
            """;

    private static RubricException refused(String yaml) {
        return assertThrows(RubricException.class, () -> RubricLoader.parse(yaml, "t.yaml"));
    }

    @Test
    void billionLaughsIsRefusedBeforeItIsWalked() {
        StringBuilder yaml = new StringBuilder("x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            yaml.append("x-a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        RubricException e = refused(yaml + VALID);
        assertTrue(e.getMessage().startsWith("t.yaml:1:1: the rubric has more than 100000 YAML nodes, counting each alias"), e.getMessage());
    }

    private static String matrix(int rows, int cols) {
        StringBuilder row = new StringBuilder("[");
        for (int j = 0; j < cols; j++) {
            row.append(j == 0 ? "" : ", ").append(j % 7);
        }
        row.append("]");
        StringBuilder matrix = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            matrix.append(i == 0 ? "" : ", ").append(row);
        }
        return matrix.append("]").toString();
    }

    @Test
    void aGivenTooLargeForHandWorkIsRefused() {
        RubricException e = refused(VALID.replace("[[1, 2], [3, 4]]", matrix(101, 100)));
        assertTrue(e.getMessage().startsWith("t.yaml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("the given has more than 10000 entries"), e.getMessage());
    }

    @Test
    void aThousandByThousandGivenIsRefusedByTheRubricsSizeBeforeItIsComposed() {
        RubricException e = refused(VALID.replace("[[1, 2], [3, 4]]", matrix(1000, 1000)));
        assertTrue(e.getMessage().contains("exceeds the limit: 524288 code points"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{sigfig: 0}", "{sigfig: 18}", "{sigfig: 1000000000}", "{decdig: 18}", "{decdig: -1}"})
    void toleranceDigitsOutsideTheirRangeAreRefusedAtLoadTime(String rule) {
        RubricException e = refused(VALID.replace("quantity: k", "quantity: k\n        tolerance: " + rule));
        assertTrue(e.getMessage().startsWith("t.yaml:12:"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*(from 1 to 17|from 0 to 17|at least).*"), e.getMessage());
    }
}
