package org.hwgrade.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shared exact arithmetic: rational in, rational out; a double only from a double or an irrational op. */
class NumArithmeticTest {

    @Nested
    class Arithmetic {
        @Test
        void exactOperandsGiveExactResults() {
            assertEquals(Rational.of(5, 6), NumArithmetic.add(Rational.of(1, 2), Rational.of(1, 3)));
            assertEquals(Rational.of(1, 6), NumArithmetic.multiply(Rational.of(1, 2), Rational.of(1, 3)));
            assertEquals(Rational.of(3, 2), NumArithmetic.divide(Rational.of(1, 2), Rational.of(1, 3)));
            assertEquals(Rational.of(-1, 2), NumArithmetic.negate(Rational.of(1, 2)));
        }

        @Test
        void aRealOperandMakesTheResultReal() {
            assertEquals(new Real(0.75), NumArithmetic.add(Rational.of(1, 2), new Real(0.25)));
            assertEquals(new Real(1.0), NumArithmetic.multiply(new Real(0.5), Rational.of(2)));
        }

        @Test
        void exactDivisionByZeroIsAnOpException() {
            OpException e = assertThrows(OpException.class, () -> NumArithmetic.divide(Rational.ONE, Rational.ZERO));
            assertEquals("division by zero", e.getMessage());
        }

        @Test
        void nanIsNeitherPositiveNorNegative() {
            assertEquals(0, NumArithmetic.signum(new Real(Double.NaN)));
        }
    }

    @Nested
    class Functions {
        @Test
        void powersOfRationalsAreExact() {
            assertEquals(Rational.of(8, 27), NumArithmetic.pow(Rational.of(2, 3), Rational.of(3)));
            assertEquals(Rational.of(9, 4), NumArithmetic.pow(Rational.of(2, 3), Rational.of(-2)));
            assertEquals(Rational.of(8, 27), NumArithmetic.pow(Rational.of(4, 9), Rational.of(3, 2)));
            assertEquals(new Real(Math.pow(2, 1.0 / 3)), NumArithmetic.pow(Rational.of(2), Rational.of(1, 3)));
        }

        @Test
        void squareRootsOfSquaresAreExact() {
            assertEquals(Rational.of(3, 2), NumArithmetic.sqrt(Rational.of(9, 4)));
            assertEquals(new Real(Math.sqrt(2)), NumArithmetic.sqrt(Rational.of(2)));
        }

        @Test
        void expAndLogAreExactOnlyAtZeroAndOne() {
            assertEquals(Rational.ONE, NumArithmetic.exp(Rational.ZERO));
            assertEquals(Rational.ZERO, NumArithmetic.log(Rational.ONE));
            assertEquals(new Real(Math.exp(1)), NumArithmetic.exp(Rational.ONE));
            assertEquals(new Real(Math.log(2)), NumArithmetic.log(Rational.of(2)));
        }

        @Test
        void floorAndCeilRoundTowardTheirSide() {
            assertEquals(Rational.of(-2), NumArithmetic.floor(Rational.of(-3, 2)));
            assertEquals(Rational.of(-1), NumArithmetic.ceil(Rational.of(-3, 2)));
            assertEquals(Rational.of(1), NumArithmetic.floor(Rational.of(3, 2)));
            assertEquals(Rational.of(2), NumArithmetic.ceil(Rational.of(3, 2)));
            assertEquals(Rational.of(3, 2), NumArithmetic.abs(Rational.of(-3, 2)));
        }

        @Test
        void undefinedValuesAreRefused() {
            assertEquals("log of 0, which is not positive",
                    assertThrows(OpException.class, () -> NumArithmetic.log(Rational.ZERO)).getMessage());
            assertEquals("square root of the negative number -1",
                    assertThrows(OpException.class, () -> NumArithmetic.sqrt(Rational.of(-1))).getMessage());
            assertEquals("division by zero: 0 to the negative power -1",
                    assertThrows(OpException.class, () -> NumArithmetic.pow(Rational.ZERO, Rational.of(-1))).getMessage());
            assertEquals("the exact power 10 ^ 1000000 is too large",
                    assertThrows(OpException.class, () -> NumArithmetic.pow(Rational.of(10), Rational.of(1_000_000))).getMessage());
            assertEquals(Rational.ONE, NumArithmetic.pow(Rational.of(-1), Rational.of(10_000_000_000L)));
            assertEquals("exp of 1000 is not a finite number",
                    assertThrows(OpException.class, () -> NumArithmetic.exp(Rational.of(1000))).getMessage());
        }
    }

    @Nested
    class MatrixProduct {
        @Test
        void exactProductOfFractions() {
            Tensor a = Tensor.matrix(1, 2, List.of(Rational.of(1, 2), Rational.of(1, 3)));
            Tensor b = Tensor.matrix(2, 1, List.of(Rational.of(6), Rational.of(3)));
            assertEquals(Tensor.matrix(1, 1, List.of(Rational.of(4))), Matrices.multiply(a, b));
        }

        @Test
        void matrixTimesVectorIsAVector() {
            Tensor w = Tensor.ofRows(new long[] {1, 2}, new long[] {3, 4}, new long[] {5, 6});
            Tensor x = new Tensor(List.of(2), List.of(Rational.of(1), Rational.of(-1)));
            assertEquals(new Tensor(List.of(3), List.of(Rational.of(-1), Rational.of(-1), Rational.of(-1))),
                    Matrices.multiply(w, x));
        }

        @Test
        void aRealEntryMakesTheProductReal() {
            Tensor a = Tensor.matrix(1, 1, List.of(new Real(0.5)));
            assertEquals(Tensor.matrix(1, 1, List.of(new Real(1.5))), Matrices.multiply(a, Tensor.ofRows(new long[] {3})));
        }

        @Test
        void mismatchedInnerDimensionsAreNamed() {
            OpException e = assertThrows(OpException.class,
                    () -> Matrices.multiply(Tensor.ofRows(new long[] {1, 2}), Tensor.ofRows(new long[] {1, 2})));
            assertEquals("cannot multiply a 1×2 matrix by a 1×2 matrix: the inner dimensions 2 and 1 differ", e.getMessage());
        }
    }
}
