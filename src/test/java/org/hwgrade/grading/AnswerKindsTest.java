package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small rubric with a part of each newer answer kind, graded end to end from a student's file. */
class AnswerKindsTest {

    private static final String RUBRIC = """
            assignment: kinds
            problems:
              - id: "1"
                givens:
                  l: [2, 1, 0]
                  x: [[[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]]
                  W: [[1, 0], [0, -1]]
                quantities:
                  twice: 2 * l
                  y: relu(x - 4)
                parts:
                  - {id: 1a, points: 3, kind: vector, quantity: twice, labels: [v]}
                  - {id: 1b, points: 18, kind: tensor, quantity: y, labels: [y]}
              - id: "2"
                layout: HWC
                givens:
                  input: {shape: [32, 32, 3]}
                  conv: {kind: conv, filters: 8, size: 3}
                  flat: {kind: flatten}
                quantities:
                  after_conv: network(input, [conv], layout="HWC").shape
                  after_flatten: network(input, [conv, flat], layout="HWC").shape
                parts:
                  - {id: 2a, points: 2, kind: shape, quantity: after_conv}
                  - {id: 2b, points: 2, kind: shape, quantity: after_flatten, layout: CHW}
            """;

    private Map<String, PartResult> grade(Path dir, String answers) throws IOException {
        Path rubric = Files.writeString(dir.resolve("kinds.yaml"), RUBRIC);
        Path answer = Files.writeString(dir.resolve("ana.md"), answers);
        Map<String, PartResult> parts = new LinkedHashMap<>();
        new Grading(Assignment.load(rubric)).grade(answer).parts().forEach(p -> parts.put(p.partId(), p));
        return parts;
    }

    @Test
    void aVectorWrittenAsAColumnAndATensorAsNestedListsAreGradedPerEntry(@TempDir Path dir) throws IOException {
        Map<String, PartResult> parts = grade(dir, """
                ## Problem 1
                (a) $v = \\begin{pmatrix} 4 \\\\ 2 \\\\ 0 \\end{pmatrix}$
                (b) y = [[[0, 0, 0], [0, 1, 2], [3, 4, 5]], [[0, 0, 0], [0, 0, 0], [0, 0, 9]]]
                """);
        assertEquals(Rational.of(3), parts.get("1a").score(), parts.get("1a").toString());
        assertEquals(Rational.of(17), parts.get("1b").score(), "17 of 18 entries: " + parts.get("1b"));
        assertEquals("entry (2, 3, 3): got 9, expected 0", parts.get("1b").feedback().get(1));
    }

    @Test
    void anHwcShapeIsReadInThatOrderAndAOneDimensionalShapeAsAPlainNumber(@TempDir Path dir) throws IOException {
        Map<String, PartResult> parts = grade(dir, """
                ## Problem 2
                (a) 30 x 30 x 8
                (b) 7200
                """);
        assertEquals(Rational.of(2), parts.get("2a").score(), parts.get("2a").toString());
        assertEquals(Rational.of(2), parts.get("2b").score(), parts.get("2b").toString());
    }

    @Test
    void aChwShapeWhereHwcIsAskedIsNamedAsTheOtherLayout(@TempDir Path dir) throws IOException {
        PartResult a = grade(dir, """
                ## Problem 2
                (a) (8, 30, 30)
                """).get("2a");
        assertEquals(Rational.ZERO, a.score());
        assertEquals(java.util.List.of("your shape is written (C, H, W); this part writes shapes H×W×C"), a.feedback());
    }

    @Test
    void aMatrixWhereATensorIsAskedNamesBothShapes(@TempDir Path dir) throws IOException {
        PartResult b = grade(dir, """
                ## Problem 1
                (b) y = [[0, 0], [0, 1]]
                """).get("1b");
        assertEquals(Rational.ZERO, b.score());
        assertEquals("expected a tensor of shape [2, 3, 3], read a 2×2 matrix", b.feedback().get(0));
    }
}
