package org.hwgrade.formula;

import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * {@code a @ b} over matrices and vectors, with the shapes checked first so the message names both
 * operands. A vector is a column: (m×n) @ n gives m entries, and x @ y.T is the outer product.
 */
final class MatrixProduct {

    private MatrixProduct() {
    }

    static Value of(Value a, Value b) {
        Tensor x = operand(a, "left");
        Tensor y = operand(b, "right");
        if (x.cols() != y.rows()) {
            throw new OpException("shape mismatch in '@': " + Elementwise.describe(x.dims()) + " @ "
                    + Elementwise.describe(y.dims()) + " — inner dimensions " + x.cols() + " and " + y.rows() + " differ",
                    x.rank() == 1 && y.rank() == 1 ? "a vector is a column: write sum(x * y) for a dot product, x @ y.T for the outer product"
                            : "the left operand's columns must equal the right operand's rows; transpose one with .T?");
        }
        return Matrices.multiply(x, y);
    }

    private static Tensor operand(Value v, String side) {
        if (v instanceof Tensor t && t.rank() <= 2) {
            return t;
        }
        throw new OpException("'@' needs a matrix or a vector on the " + side + ", got " + v.describe(),
                v instanceof Tensor ? "reshape the tensor to a matrix first" : "use * to multiply by a number");
    }
}
