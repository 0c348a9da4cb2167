package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;

/** The bundled rubric, loaded and solved as the CLI does it, gives every check value of ASSIGNMENT.md. */
class AssignmentTest {

    private final AnswerKey key = Assignment.load(Path.of("rubrics/dl-hw3.yaml")).solved().key();

    private static Tensor m(long[]... rows) {
        return Tensor.ofRows(rows);
    }

    @Test
    void problem1CarriesItsCanonicalExpressions() {
        assertEquals(new Expression("-(1/s_y) e_y"), key.answer("1a"));
        assertEquals(new Expression("diag(s) - s s^T"), key.answer("1b"));
        assertEquals(new Expression("s - e_y"), key.answer("1c"));
        assertEquals(new Expression("(s - e_y) x^T"), key.answer("1d"));
    }

    @Test
    void problem2() {
        assertEquals(m(new long[] {4, 2}, new long[] {-2, -6}), key.answer("2a"));
        assertEquals(m(new long[] {4, 2}, new long[] {0, 0}), key.answer("2b"));
        assertEquals(m(new long[] {-3, 2}, new long[] {0, 0}), key.answer("2c"));
        assertEquals(m(new long[] {1, 0}, new long[] {-1, -3}), key.answer("2d"));
    }

    @Test
    void problem3() {
        assertEquals(Shape.of(8, 18, 18), key.answer("3a"));
        assertEquals(Shape.of(8, 9, 9), key.answer("3b"));
        assertEquals(Shape.of(16, 4, 4), key.answer("3c"));
        assertEquals(Shape.of(16, 4, 4), key.answer("3d"));
        assertEquals(Shape.of(16, 2, 2), key.answer("3e"));
    }

    @Test
    void problem4() {
        assertEquals(Scalar.of(12352), key.answer("4a"));
        assertEquals(Scalar.of(129248), key.answer("4b"));
        assertEquals(Scalar.of(15920), key.answer("4c"));
        assertEquals(Scalar.of(6176), key.answer("4d"));
        assertEquals(Scalar.of(163696), key.answer("4e"));
    }
}
