package org.hwgrade.solver;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Softmax regression in numbers: l = W x, s = softmax(l), L = NLL(s) = −log s_y, and the gradients
 * of homework 3's problem 1 in numeric form, the test oracle that the closed forms of
 * rubrics/dl-hw3.yaml are checked against. Classes are 0-based here.
 */
final class SoftmaxRegression {

    private SoftmaxRegression() {
    }

    /** l = W x. */
    public static double[] logits(double[][] w, double[] x) {
        return MatrixUtils.createRealMatrix(w).operate(x);
    }

    /** s_i = exp(l_i) / Σ_j exp(l_j), computed after subtracting max l so that exp never overflows. */
    public static double[] softmax(double[] l) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : l) {
            max = Math.max(max, v);
        }
        double[] s = new double[l.length];
        double total = 0;
        for (int i = 0; i < l.length; i++) {
            s[i] = Math.exp(l[i] - max);
            total += s[i];
        }
        for (int i = 0; i < l.length; i++) {
            s[i] /= total;
        }
        return s;
    }

    /** L = −log s_y. */
    public static double nll(double[] s, int y) {
        return -Math.log(s[y]);
    }

    /** L(W) = −log softmax(W x)_y. */
    public static double loss(double[][] w, double[] x, int y) {
        return nll(softmax(logits(w, x)), y);
    }

    /** dL/ds = −(1/s_y) e_y. */
    public static double[] dLossDScores(double[] s, int y) {
        double[] g = new double[s.length];
        g[y] = -1 / s[y];
        return g;
    }

    /** ds/dl = diag(s) − s sᵀ, entry (i, j) = ∂s_i/∂l_j = s_i(δ_ij − s_j). */
    public static double[][] dScoresDLogits(double[] s) {
        RealVector v = new ArrayRealVector(s);
        return MatrixUtils.createRealDiagonalMatrix(s).subtract(v.outerProduct(v)).getData();
    }

    /** dL/dl = s − e_y. */
    public static double[] dLossDLogits(double[] s, int y) {
        double[] g = s.clone();
        g[y] -= 1;
        return g;
    }

    /** dL/dW = (s − e_y) xᵀ, an m×n matrix. */
    public static double[][] dLossDWeights(double[][] w, double[] x, int y) {
        double[] dl = dLossDLogits(softmax(logits(w, x)), y);
        RealMatrix g = new ArrayRealVector(dl).outerProduct(new ArrayRealVector(x));
        return g.getData();
    }
}
