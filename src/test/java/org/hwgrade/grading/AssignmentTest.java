package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.RubricException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken rubrics, one edit of a valid one per row: the exact message and its file:line:column, inside
 * the formula where the fault is in a formula. Errors that only the solver can find are located too.
 */
class AssignmentTest {

    private static final String RUBRIC = """
            assignment: t
            problems:
              - id: "2"
                givens:
                  x: [[1, 2, 3], [1, 1, 0], [0, -1, -2]]
                  W: [[-1, 1], [1, 2]]
                  dL_dy: [[-3, 2], [0, 1]]
                quantities:
                  k: conv2d(x, W)
                  y: relu(k)
                  dL_dk: dL_dy * (k > 0)
                parts:
                  - id: 2a
                    points: 3
                    kind: matrix
                    quantity: k
                    misconceptions: [{name: flip, formula: "conv2d(x, rot180(W))", feedback: x}]
                  - {id: 2b, points: 1, kind: matrix, quantity: dL_dk, givens: {dL_dy: [[1, 1], [1, 1]]}}
              - id: "1"
                symbols: {W: "m x n", x: "n"}
                definitions: {k: W x}
                parts:
                  - {id: 1a, points: 1, kind: expression, quantity: k}
            """;

    @Test
    void aKindThatDoesNotFitNamesTheKindThatDoes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r.yaml"), RUBRIC.replace("kind: matrix\n", "kind: vector\n"));
        RubricException e = assertThrows(RubricException.class, () -> Assignment.load(file));
        assertEquals(file + ":15:15: part 2a: kind vector does not fit its answer k = [[4, 2], [-2, -6]], a 2×2 matrix\n"
                + "  hint: write 'kind: matrix' (the kind of that value), or ask for a quantity that is a vector (one dimension)",
                e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown op           | k: conv2d(x, W)        | k: conv3d(x, W)           | 9:10  | problem 2, k = conv3d(x, W): unknown op 'conv3d'",
        "unknown name         | y: relu(k)             | y: relu(kk)               | 10:15 | problem 2, y = relu(kk): unknown name 'kk'",
        "cycle                | k: conv2d(x, W)        | k: relu(dL_dk)            | 11:23 | problem 2, dL_dk = dL_dy * (k > 0): the formulas form a cycle: k → dL_dk → k",
        "wrong argument       | k: conv2d(x, W)        | k: conv2d(x, W, stride=0) | 9:30  | problem 2: the key k cannot be computed: k = conv2d(x, W, stride=0): conv2d: argument 'stride' must be a positive integer, got 0",
        "shape mismatch       | dL_dy * (k > 0)        | x * (k > 0)               | 11:16 | problem 2: the key dL_dk cannot be computed: dL_dk = x * (k > 0): shape mismatch in '*': 3×3 * 2×2 — dimensions 3 and 2 differ",
        "kind does not fit    | kind: matrix           | kind: shape               | 15:15 | part 2a: kind shape does not fit its answer k = [[4, 2], [-2, -6]], a 2×2 matrix",
        "vector for a matrix  | kind: matrix           | kind: vector              | 15:15 | part 2a: kind vector does not fit its answer k = [[4, 2], [-2, -6]], a 2×2 matrix",
        "matrix for a number  | quantity: k            | formula: sum(k)           | 15:15 | part 2a: kind matrix does not fit its answer 2a = -2, a number",
        "tensor for a number  | kind: matrix, quantity: dL_dk | kind: tensor, formula: sum(dL_dk) | 18:35 | part 2b: kind tensor does not fit its answer 2b = 2, a number",
        "integer for a matrix | kind: matrix           | kind: integer             | 15:15 | part 2a: kind integer does not fit its answer k = [[4, 2], [-2, -6]], a 2×2 matrix",
        "unknown quantity     | quantity: k            | quantity: kk              | 16:19 | part 2a: problem 2 has no quantity 'kk'",
        "mistake in formula   | rot180(W))             | rot180(V))                | 17:66 | problem 2, k = conv2d(x, rot180(V)): unknown name 'V'",
        "flags retired        | formula: \"conv2d(x, rot180(W))\" | flags: [flipped_kernel] | 17:46 | the key 'flags' is retired: a mistake is written as the formula it computes",
        "part given unknown   | givens: {dL_dy:        | givens: {dL_dz:           | 18:76 | part 2b: given dL_dz is not a given of problem 2",
        "family retired       | definitions: {k: W x}  | family: symbolic          | 21:13 | the key 'family' is retired: a problem is defined by its content",
        "symbolic shape       | x: \"n\"               | x: \"n by\"               | 20:14 | problem 1: cannot read the shape `n by` (expected e.g. \"m x n\", \"n\", or \"1..m\" for an index)",
        "symbolic definition  | definitions: {k: W x}  | definitions: {k: x W}     | 21:18 | problem 1: the definition k = x W is undefined at m=3, n=4: cannot multiply a 4×1 matrix by a 3×4 matrix"})
    void brokenRubricsAreLocatedInTheFile(String name, String from, String to, String place, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r.yaml"), RUBRIC.replace(from, to));
        RubricException e = assertThrows(RubricException.class, () -> Assignment.load(file));
        String expected = file + ":" + place + ": " + message;
        assertEquals(expected, e.getMessage().substring(0, Math.min(expected.length(), e.getMessage().length())),
                e.getMessage());
    }
}
