package org.hwgrade.symbolic;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.DefaultRealMatrixChangingVisitor;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The arithmetic of the expression language on real matrices, with the shape rules a student's
 * answer is held to: a 1×1 value is a scalar and scales anything; otherwise shapes must fit.
 * Every result is checked to be finite, so NaN and infinities surface as "undefined".
 */
final class MatrixOps {

    private MatrixOps() {
    }

    static RealMatrix scalar(double value) {
        return MatrixUtils.createRealMatrix(new double[][] {{value}});
    }

    static boolean isScalar(RealMatrix value) {
        return value.getRowDimension() == 1 && value.getColumnDimension() == 1;
    }

    static String shape(RealMatrix value) {
        return value.getRowDimension() + "×" + value.getColumnDimension();
    }

    static double asScalar(RealMatrix value, String what) throws EvalException {
        if (!isScalar(value)) {
            throw new EvalException(what + " must be a single number, not a " + shape(value) + " matrix");
        }
        return value.getEntry(0, 0);
    }

    static RealMatrix add(RealMatrix a, RealMatrix b, boolean subtract) throws EvalException {
        if (a.getRowDimension() != b.getRowDimension() || a.getColumnDimension() != b.getColumnDimension()) {
            throw new EvalException("cannot " + (subtract ? "subtract" : "add") + " a " + shape(b)
                    + (subtract ? " from a " : " to a ") + shape(a) + " matrix");
        }
        return finite(subtract ? a.subtract(b) : a.add(b));
    }

    static RealMatrix product(RealMatrix a, RealMatrix b) throws EvalException {
        if (isScalar(a)) {
            return finite(b.scalarMultiply(a.getEntry(0, 0)));
        }
        if (isScalar(b)) {
            return finite(a.scalarMultiply(b.getEntry(0, 0)));
        }
        if (a.getColumnDimension() != b.getRowDimension()) {
            throw new EvalException("cannot multiply a " + shape(a) + " matrix by a " + shape(b) + " matrix");
        }
        return finite(a.multiply(b));
    }

    /**
     * {@code a * b}: the matrix product where only it fits, the entry-by-entry product where only it
     * fits (two vectors of one length, as in numpy's {@code g * mask}); where both fit (two square
     * matrices of one size) the meaning is unknown and a person decides.
     */
    static RealMatrix asterisk(RealMatrix a, RealMatrix b) throws EvalException {
        boolean sameShape = a.getRowDimension() == b.getRowDimension()
                && a.getColumnDimension() == b.getColumnDimension();
        if (isScalar(a) || isScalar(b) || !sameShape) {
            return product(a, b);
        }
        if (a.getColumnDimension() == b.getRowDimension()) {
            throw new AmbiguousProductException("* between two " + shape(a) + " matrices may be the matrix product"
                    + " or the entry-by-entry product; write A B for the first, A \\odot B for the second");
        }
        return hadamard(a, b);
    }

    /**
     * {@code a \cdot b}: the matrix product. Between two vectors of one length, where that product
     * does not fit, students write {@code \cdot} for the dot product ({@code u^T v}) as often as for
     * the entry-by-entry product: the meaning is unknown and a person decides.
     */
    static RealMatrix cdot(RealMatrix a, RealMatrix b) throws EvalException {
        boolean sameShape = a.getRowDimension() == b.getRowDimension() && a.getColumnDimension() == b.getColumnDimension();
        boolean vectors = a.getColumnDimension() == 1 || a.getRowDimension() == 1;
        if (sameShape && vectors && !isScalar(a) && a.getColumnDimension() != b.getRowDimension()) {
            throw new AmbiguousProductException("\\cdot between two " + shape(a) + " vectors may be the dot product or the"
                    + " entry-by-entry product; write u^T v for the first, u \\odot v for the second");
        }
        return product(a, b);
    }

    static RealMatrix hadamard(RealMatrix a, RealMatrix b) throws EvalException {
        if (isScalar(a) || isScalar(b)) {
            return product(a, b);
        }
        if (a.getRowDimension() != b.getRowDimension() || a.getColumnDimension() != b.getColumnDimension()) {
            throw new EvalException("cannot multiply a " + shape(a) + " and a " + shape(b) + " matrix entry by entry");
        }
        RealMatrix result = a.copy();
        for (int i = 0; i < a.getRowDimension(); i++) {
            for (int j = 0; j < a.getColumnDimension(); j++) {
                result.setEntry(i, j, a.getEntry(i, j) * b.getEntry(i, j));
            }
        }
        return finite(result);
    }

    /** 1 where {@code relation} holds between the entries, else 0; a 1×1 side is compared with every entry. */
    static RealMatrix compare(RealMatrix a, RealMatrix b, Node.Relation relation) throws EvalException {
        boolean scalarA = isScalar(a);
        boolean scalarB = isScalar(b);
        RealMatrix shape = scalarA ? b : a;
        if (!scalarA && !scalarB && (a.getRowDimension() != b.getRowDimension()
                || a.getColumnDimension() != b.getColumnDimension())) {
            throw new EvalException("cannot compare a " + shape(a) + " and a " + shape(b) + " matrix entry by entry");
        }
        RealMatrix result = MatrixUtils.createRealMatrix(shape.getRowDimension(), shape.getColumnDimension());
        for (int i = 0; i < result.getRowDimension(); i++) {
            for (int j = 0; j < result.getColumnDimension(); j++) {
                double left = scalarA ? a.getEntry(0, 0) : a.getEntry(i, j);
                double right = scalarB ? b.getEntry(0, 0) : b.getEntry(i, j);
                result.setEntry(i, j, relation.holds(left, right) ? 1 : 0);
            }
        }
        return result;
    }

    static RealMatrix divide(RealMatrix a, RealMatrix b) throws EvalException {
        double denominator = asScalar(b, "a denominator");
        if (denominator == 0) {
            throw new EvalException("division by zero");
        }
        return finite(a.scalarMultiply(1 / denominator));
    }

    static RealMatrix power(RealMatrix base, RealMatrix exponent) throws EvalException {
        double b = asScalar(base, "the base of a power");
        double e = asScalar(exponent, "an exponent");
        if (b == 0 && e < 0) {
            throw new EvalException("division by zero");
        }
        return finite(scalar(Math.pow(b, e)));
    }

    static RealMatrix negate(RealMatrix a) {
        return a.scalarMultiply(-1);
    }

    static RealMatrix transpose(RealMatrix a) {
        return a.transpose();
    }

    static RealMatrix diag(RealMatrix v) throws EvalException {
        if (v.getRowDimension() != 1 && v.getColumnDimension() != 1) {
            throw new EvalException("diag needs a vector, not a " + shape(v) + " matrix");
        }
        double[] entries = v.getColumnDimension() == 1 ? v.getColumn(0) : v.getRow(0);
        return MatrixUtils.createRealDiagonalMatrix(entries);
    }

    static RealMatrix elementwise(RealMatrix a, DoubleUnaryOperator function) throws EvalException {
        RealMatrix result = a.copy();
        result.walkInOptimizedOrder(changing(function));
        return finite(result);
    }

    private static DefaultRealMatrixChangingVisitor changing(DoubleUnaryOperator function) {
        return new DefaultRealMatrixChangingVisitor() {
            @Override
            public double visit(int row, int column, double value) {
                return function.applyAsDouble(value);
            }
        };
    }

    /** softmax of a vector, shifted by its maximum so that exp never overflows. */
    static RealMatrix softmax(RealMatrix v) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.getRowDimension(); i++) {
            for (int j = 0; j < v.getColumnDimension(); j++) {
                max = Math.max(max, v.getEntry(i, j));
            }
        }
        double shift = max;
        RealMatrix exps = v.copy();
        exps.walkInOptimizedOrder(changing(value -> Math.exp(value - shift)));
        double total = 0;
        for (int i = 0; i < exps.getRowDimension(); i++) {
            for (int j = 0; j < exps.getColumnDimension(); j++) {
                total += exps.getEntry(i, j);
            }
        }
        return exps.scalarMultiply(1 / total);
    }

    static RealMatrix finite(RealMatrix value) throws EvalException {
        for (int i = 0; i < value.getRowDimension(); i++) {
            for (int j = 0; j < value.getColumnDimension(); j++) {
                if (!Double.isFinite(value.getEntry(i, j))) {
                    throw new EvalException("the value is not a finite number (entry (" + (i + 1) + "," + (j + 1) + "))");
                }
            }
        }
        return value;
    }
}
