package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.RubricException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors that only the solver can find still point at the rubric's line and column. */
class AssignmentTest {

    private static final String RUBRIC = """
            assignment: t
            problems:
              - id: "2"
                family: conv-relu
                givens:
                  x: [[1, 2, 3], [1, 1, 0], [0, -1, -2]]
                  W: [[-1, 1], [1, 2]]
                  dL_dy: [[-3, 2], [0, 1]]
                parts:
                  - id: 2a
                    points: 3
                    kind: matrix
                    quantity: k
                    misconceptions: [{name: flip, flags: [flipped_kernel], feedback: x}]
              - id: "3"
                family: cnn-shapes
                givens:
                  input: {shape: [4, 5, 5]}
                  layers:
                    - {name: a, kind: conv, filters: 8, size: 3}
                    - {name: b, kind: conv, filters: 8, size: 3}
                parts:
                  - {id: 3a, points: 1, kind: shape, quantity: shape.a}
              - id: "1"
                family: symbolic
                symbols: {W: "m x n", x: "n"}
                definitions: {k: W x}
                parts:
                  - {id: 1a, points: 1, kind: expression, quantity: k}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown quantity     | quantity: k                    | quantity: kk                  | 13:19 | part 2a: family conv-relu has no quantity 'kk'",
        "unknown flag         | flags: [flipped_kernel]        | flags: [flipped]              | 14:26 | part 2a, misconception flip: family conv-relu has no flag flipped",
        "impossible layer     | name: b, kind: conv, filters: 8, size: 3 | name: b, kind: conv, filters: 8, size: 5 | 21:11 | problem 3, layer b: window 5 is larger",
        "unknown family       | family: cnn-shapes             | family: cnn-shape             | 16:13 | problem 3: unknown family 'cnn-shape'",
        "shape of a given     | dL_dy: [[-3, 2], [0, 1]]       | dL_dy: [[-3, 2, 1], [0, 1, 1]] | 8:14 | problem 2, given dL_dy: must have the shape of k",
        "symbolic shape       | x: \"n\"                         | x: \"n by\"                    | 26:14 | problem 1: cannot read the shape `n by`",
        "symbolic definition  | definitions: {k: W x}          | definitions: {k: x W}         | 27:18 | problem 1: the definition k = x W is undefined at m=3, n=4: cannot multiply"})
    void solverErrorsAreLocatedInTheRubric(String name, String from, String to, String place, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r.yaml"), RUBRIC.replace(from, to));
        RubricException e = assertThrows(RubricException.class, () -> Assignment.load(file));
        assertEquals(file + ":" + place + ": " + message,
                e.getMessage().substring(0, (file + ":" + place + ": " + message).length()), e.getMessage());
    }
}
