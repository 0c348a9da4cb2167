package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The closed-form gradients of problem 1 match central finite differences of the loss. */
class SoftmaxRegressionProperties {

    private static final double H = 1e-5;
    private static final double TOLERANCE = 1e-6;

    record Case(double[][] w, double[] x, int y) {
    }

    @Property
    void weightGradientMatchesCentralDifferences(@ForAll("cases") Case c) {
        double[][] grad = SoftmaxRegression.dLossDWeights(c.w(), c.x(), c.y());
        for (int i = 0; i < c.w().length; i++) {
            for (int j = 0; j < c.x().length; j++) {
                double[][] plus = copy(c.w());
                double[][] minus = copy(c.w());
                plus[i][j] += H;
                minus[i][j] -= H;
                double numeric = (SoftmaxRegression.loss(plus, c.x(), c.y()) - SoftmaxRegression.loss(minus, c.x(), c.y())) / (2 * H);
                assertEquals(numeric, grad[i][j], TOLERANCE, "dL/dW[" + i + "][" + j + "]");
            }
        }
    }

    @Property
    void logitGradientMatchesCentralDifferences(@ForAll("cases") Case c) {
        double[] l = SoftmaxRegression.logits(c.w(), c.x());
        double[] grad = SoftmaxRegression.dLossDLogits(SoftmaxRegression.softmax(l), c.y());
        for (int i = 0; i < l.length; i++) {
            double[] plus = l.clone();
            double[] minus = l.clone();
            plus[i] += H;
            minus[i] -= H;
            double numeric = (SoftmaxRegression.nll(SoftmaxRegression.softmax(plus), c.y())
                    - SoftmaxRegression.nll(SoftmaxRegression.softmax(minus), c.y())) / (2 * H);
            assertEquals(numeric, grad[i], TOLERANCE, "dL/dl[" + i + "]");
        }
    }

    /** Column j of ds/dl is the central difference of s in l_j. */
    @Property
    void jacobianMatchesCentralDifferences(@ForAll("cases") Case c) {
        double[] l = SoftmaxRegression.logits(c.w(), c.x());
        double[][] jacobian = SoftmaxRegression.dScoresDLogits(SoftmaxRegression.softmax(l));
        for (int j = 0; j < l.length; j++) {
            double[] plus = l.clone();
            double[] minus = l.clone();
            plus[j] += H;
            minus[j] -= H;
            double[] sp = SoftmaxRegression.softmax(plus);
            double[] sm = SoftmaxRegression.softmax(minus);
            for (int i = 0; i < l.length; i++) {
                assertEquals((sp[i] - sm[i]) / (2 * H), jacobian[i][j], TOLERANCE, "ds/dl[" + i + "][" + j + "]");
            }
        }
    }

    /** The chain rule ties the pieces together: dL/dl = (ds/dl)ᵀ dL/ds. */
    @Property
    void chainRuleJoinsScoreAndLogitGradients(@ForAll("cases") Case c) {
        double[] s = SoftmaxRegression.softmax(SoftmaxRegression.logits(c.w(), c.x()));
        double[][] jacobian = SoftmaxRegression.dScoresDLogits(s);
        double[] dLds = SoftmaxRegression.dLossDScores(s, c.y());
        double[] dLdl = SoftmaxRegression.dLossDLogits(s, c.y());
        for (int j = 0; j < s.length; j++) {
            double chained = 0;
            for (int i = 0; i < s.length; i++) {
                chained += jacobian[i][j] * dLds[i];
            }
            assertEquals(dLdl[j], chained, 1e-12);
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> entry = Arbitraries.doubles().between(-2, 2);
        return Combinators.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(1, 4))
                .flatAs((m, n) -> Combinators.combine(entry.array(double[].class).ofSize(m * n),
                                entry.array(double[].class).ofSize(n), Arbitraries.integers().between(0, m - 1))
                        .as((flat, x, y) -> {
                            double[][] w = new double[m][n];
                            for (int i = 0; i < m; i++) {
                                System.arraycopy(flat, i * n, w[i], 0, n);
                            }
                            return new Case(w, x, y);
                        }));
    }
}
