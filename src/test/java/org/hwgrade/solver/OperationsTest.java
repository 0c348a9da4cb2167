package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples of each operation, beyond homework 3's numbers. */
class OperationsTest {

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
}
