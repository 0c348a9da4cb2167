package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.matrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.ops.Convolution;
import org.hwgrade.ops.MaxPool;
import org.hwgrade.ops.Relu;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of each operation, beyond homework 3's numbers. */
class OperationsTest {

    @Nested
    class Conv {
        private final Tensor x = matrix(new long[] {1, 2, 3}, new long[] {1, 1, 0}, new long[] {0, -1, -2});
        private final Tensor w = matrix(new long[] {-1, 1}, new long[] {1, 2});

        @Test
        void strideAndPadding() {
            // Padded by 1 to 5×5, stride 2: windows start at rows and columns -1 and 1.
            Tensor k = Convolution.forward(x, w, Optional.empty(), new Convolution.Settings(2, 1, false));
            assertEquals(matrix(new long[] {2, 8}, new long[] {1, -6}), k);
        }

        @Test
        void twoChannelsTwoFiltersAndABias() {
            Tensor x2 = new Tensor(List.of(2, 3, 3), concat(x, x));
            // Filter 0 is W on channel 0 and zeros on channel 1; filter 1 is W on both channels.
            Tensor zero = matrix(new long[] {0, 0}, new long[] {0, 0});
            Tensor bank = new Tensor(List.of(2, 2, 2, 2), concat(w, zero, w, w));
            Tensor bias = new Tensor(List.of(2), List.of(Rational.of(1), Rational.of(-1)));
            Tensor k = Convolution.forward(x2, bank, Optional.of(bias), Convolution.Settings.DEFAULT);
            assertEquals(List.of(2, 2, 2), k.dims());
            assertEquals(List.of(5, 3, -1, -5, 7, 3, -5, -13).stream().map(Rational::of).toList(), k.entries());
            Tensor g = new Tensor(List.of(2, 2, 2), java.util.Collections.nCopies(8, Rational.ONE));
            assertEquals(new Tensor(List.of(2), List.of(Rational.of(4), Rational.of(4))), Convolution.biasGradient(g, bias));
        }

        @Test
        void aScalarBiasGivesAScalarGradient() {
            Tensor g = matrix(new long[] {-3, 2}, new long[] {0, 0});
            assertEquals(Scalar.of(-1), Convolution.biasGradient(g, Scalar.of(7)));
        }

        @Test
        void channelMismatchIsNamed() {
            Tensor bank = new Tensor(List.of(1, 2, 2, 2), java.util.Collections.nCopies(8, Rational.ONE));
            OpException e = assertThrows(OpException.class,
                    () -> Convolution.forward(x, bank, Optional.empty(), Convolution.Settings.DEFAULT));
            assertEquals("the filters have 2 channel(s) but the input has 1", e.getMessage());
        }

        @Test
        void invalidSettingsAreRejected() {
            assertThrows(OpException.class, () -> new Convolution.Settings(0, 0, false));
            assertThrows(OpException.class, () -> new Convolution.Settings(1, -1, false));
        }
    }

    @Nested
    class ReluAndPooling {
        @Test
        void reluMasksByKPositive() {
            Tensor k = matrix(new long[] {4, 0}, new long[] {-2, 1});
            Tensor g = matrix(new long[] {5, 6}, new long[] {7, 8});
            assertEquals(matrix(new long[] {4, 0}, new long[] {0, 1}), Relu.forward(k));
            assertEquals(matrix(new long[] {5, 0}, new long[] {0, 8}), Relu.backward(k, g, Relu.Mask.K_POSITIVE));
            assertEquals(g, Relu.backward(k, g, Relu.Mask.Y_NONNEGATIVE));
            assertEquals(g, Relu.backward(k, g, Relu.Mask.NONE));
        }

        @Test
        void maxPoolTieGoesToTheFirstCellInRowMajorOrder() {
            Tensor x = matrix(new long[] {1, 3}, new long[] {3, 3});
            MaxPool.Settings s = new MaxPool.Settings(2, 2, 0);
            assertEquals(matrix(new long[] {3}), MaxPool.forward(x, s));
            assertEquals(matrix(new long[] {0, 5}, new long[] {0, 0}), MaxPool.backward(x, matrix(new long[] {5}), s));
        }

        @Test
        void maxPoolOverlappingWindowsAddUp() {
            Tensor x = matrix(new long[] {1, 9, 1});
            MaxPool.Settings s = new MaxPool.Settings(1, 1, 0);
            Tensor x3 = matrix(new long[] {1, 9, 1}, new long[] {1, 1, 1});
            MaxPool.Settings s2 = new MaxPool.Settings(2, 1, 0);
            assertEquals(matrix(new long[] {9, 9}), MaxPool.forward(x3, s2));
            assertEquals(matrix(new long[] {0, 3, 0}, new long[] {0, 0, 0}),
                    MaxPool.backward(x3, matrix(new long[] {1, 2}), s2));
            assertEquals(x, MaxPool.forward(x, s));
        }

        @Test
        void maxPoolPaddingNeverWins() {
            Tensor x = matrix(new long[] {-5, -6}, new long[] {-7, -8});
            assertEquals(matrix(new long[] {-5, -6}, new long[] {-7, -8}), MaxPool.forward(x, new MaxPool.Settings(2, 2, 1)));
        }

        @Test
        void maxPoolPaddingOfMoreThanHalfTheWindowIsRejected() {
            OpException e = assertThrows(OpException.class, () -> new MaxPool.Settings(2, 1, 2));
            assertTrue(e.getMessage().contains("more than half"), e.getMessage());
        }
    }

    @Nested
    class Softmax {
        @Test
        void softmaxOfEqualLogitsIsUniformAndStableForHugeLogits() {
            assertArrayEquals(new double[] {0.5, 0.5}, SoftmaxRegression.softmax(new double[] {1000, 1000}), 1e-15);
        }

        @Test
        void gradientsAtAKnownPoint() {
            double[] s = {0.25, 0.75};
            assertArrayEquals(new double[] {-4, 0}, SoftmaxRegression.dLossDScores(s, 0), 1e-15);
            assertArrayEquals(new double[] {-0.75, 0.75}, SoftmaxRegression.dLossDLogits(s, 0), 1e-15);
            double[][] j = SoftmaxRegression.dScoresDLogits(s);
            assertArrayEquals(new double[] {0.1875, -0.1875}, j[0], 1e-15);
            assertArrayEquals(new double[] {-0.1875, 0.1875}, j[1], 1e-15);
        }

        @Test
        void weightGradientIsAnOuterProduct() {
            double[][] w = {{0, 0}, {0, 0}};
            double[][] g = SoftmaxRegression.dLossDWeights(w, new double[] {2, -1}, 1);
            assertArrayEquals(new double[] {1, -0.5}, g[0], 1e-15);
            assertArrayEquals(new double[] {-1, 0.5}, g[1], 1e-15);
        }
    }

    private static List<Num> concat(Tensor... parts) {
        List<Num> out = new java.util.ArrayList<>();
        for (Tensor t : parts) {
            out.addAll(t.entries());
        }
        return out;
    }
}
