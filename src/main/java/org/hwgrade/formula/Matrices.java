package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.fraction.BigFractionField;
import org.apache.commons.math3.linear.Array2DRowFieldMatrix;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.FieldMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Tensor;

/**
 * The matrix product, exact over {@link BigFraction} when every entry is rational and in double
 * otherwise (both by commons-math). A vector operand is a column, and a matrix times a vector is a
 * vector again.
 */
public final class Matrices {

    private Matrices() {
    }

    /** @throws OpException when the inner dimensions differ or an operand is not a matrix or vector */
    public static Tensor multiply(Tensor a, Tensor b) {
        requireMatrixOrVector(a, "left");
        requireMatrixOrVector(b, "right");
        if (a.cols() != b.rows()) {
            throw new OpException("cannot multiply " + a.describe() + " by " + b.describe()
                    + ": the inner dimensions " + a.cols() + " and " + b.rows() + " differ");
        }
        // m·k·n multiply-adds: an outer product of two long vectors is as costly as it is large.
        Work.require("the matrix product", a.rows(), a.cols(), b.cols());
        List<Integer> dims = b.rank() == 1 ? List.of(a.rows()) : List.of(a.rows(), b.cols());
        if (a.rows() == 0 || b.cols() == 0 || a.cols() == 0) {
            List<Num> zeros = new ArrayList<>();
            for (int i = 0; i < a.rows() * b.cols(); i++) {
                zeros.add(Rational.ZERO);
            }
            return new Tensor(dims, zeros);
        }
        List<Num> out = new ArrayList<>(a.rows() * b.cols());
        if (allRational(a) && allRational(b)) {
            FieldMatrix<BigFraction> p = exact(a).multiply(exact(b));
            for (int i = 0; i < p.getRowDimension(); i++) {
                for (int j = 0; j < p.getColumnDimension(); j++) {
                    out.add(NumArithmetic.toRational(p.getEntry(i, j)));
                }
            }
        } else {
            RealMatrix p = real(a).multiply(real(b));
            for (int i = 0; i < p.getRowDimension(); i++) {
                for (int j = 0; j < p.getColumnDimension(); j++) {
                    out.add(new Real(p.getEntry(i, j)));
                }
            }
        }
        return new Tensor(dims, out);
    }

    private static void requireMatrixOrVector(Tensor t, String side) {
        if (t.rank() > 2) {
            throw new OpException("the " + side + " operand of a matrix product must be a matrix or a vector, got "
                    + t.describe());
        }
    }

    private static boolean allRational(Tensor t) {
        return t.entries().stream().allMatch(Rational.class::isInstance);
    }

    private static FieldMatrix<BigFraction> exact(Tensor t) {
        FieldMatrix<BigFraction> m = new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), t.rows(), t.cols());
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.cols(); j++) {
                m.setEntry(i, j, NumArithmetic.toFraction((Rational) t.get(i, j)));
            }
        }
        return m;
    }

    private static RealMatrix real(Tensor t) {
        RealMatrix m = new Array2DRowRealMatrix(t.rows(), t.cols());
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.cols(); j++) {
                m.setEntry(i, j, t.get(i, j).toDouble());
            }
        }
        return m;
    }
}
