package org.hwgrade.submission;

import java.util.List;
import java.util.stream.Collectors;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Writes a value in one {@link Syntax}, the way a student would type it, so that {@link ValueSyntax}
 * reads it back to the same value (for exact values). Used by the round-trip properties and to show
 * a TA what was read.
 */
public final class ValuePrinter {

    private ValuePrinter() {
    }

    /** Whether {@code syntax} can write {@code value}: LaTeX and MATLAB have no rank-1 or rank-3 arrays, tuples only shapes. */
    public static boolean supports(Value value, Syntax syntax) {
        if (value instanceof Scalar) {
            return syntax != Syntax.TUPLE;
        }
        if (value instanceof Shape s) {
            return !s.dims().isEmpty() && (s.dims().size() >= 2 || syntax == Syntax.TUPLE
                    || syntax == Syntax.NUMPY || syntax == Syntax.MATLAB);
        }
        if (value instanceof Tensor t) {
            return syntax == Syntax.NUMPY || (syntax == Syntax.LATEX || syntax == Syntax.MATLAB) && t.rank() == 2;
        }
        return value instanceof Expression || value instanceof Choice;
    }

    /** The value in {@code syntax}; IllegalArgumentException when {@link #supports} is false. */
    public static String print(Value value, Syntax syntax) {
        if (!supports(value, syntax)) {
            throw new IllegalArgumentException("cannot write " + value.describe() + " in " + syntax + " syntax");
        }
        if (value instanceof Scalar s) {
            return number(s.num(), syntax);
        }
        if (value instanceof Shape s) {
            return shape(s.dims(), syntax);
        }
        if (value instanceof Tensor t) {
            return tensor(t, syntax);
        }
        if (value instanceof Choice c) {
            return c.letter(); // an option is written as its letter
        }
        return ((Expression) value).source();
    }

    private static String number(Num n, Syntax syntax) {
        if (n instanceof Rational r && !r.isInteger()) {
            if (syntax == Syntax.LATEX) {
                String frac = "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
                return r.signum() < 0 ? "-" + frac : frac;
            }
            return r.numerator() + "/" + r.denominator();
        }
        if (n instanceof Real real) {
            return Double.toString(real.value());
        }
        return n.toString();
    }

    private static String shape(List<Integer> dims, Syntax syntax) {
        return switch (syntax) {
            case TUPLE -> dims.size() == 1 ? "(" + dims.get(0) + ",)" : join(dims, ", ", "(", ")");
            case NUMPY -> join(dims, ", ", "[", "]");
            case MATLAB -> join(dims, " ", "[", "]");
            case LATEX -> join(dims, " \\times ", "", "");
            case PLAIN -> join(dims, "×", "", "");
        };
    }

    private static String tensor(Tensor t, Syntax syntax) {
        return switch (syntax) {
            case LATEX -> rows(t, " & ", " \\\\ ", "\\begin{bmatrix} ", " \\end{bmatrix}", syntax);
            case MATLAB -> t.rows() == 1 && t.cols() == 1
                    ? "[" + number(t.get(0, 0), syntax) + ";]"
                    : rows(t, " ", "; ", "[", "]", syntax);
            default -> nested(t, 0, 0, new StringBuilder()).toString();
        };
    }

    private static String rows(Tensor t, String cell, String row, String open, String close, Syntax syntax) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < t.rows(); i++) {
            if (i > 0) {
                sb.append(row);
            }
            for (int j = 0; j < t.cols(); j++) {
                if (j > 0) {
                    sb.append(cell);
                }
                sb.append(number(t.get(i, j), syntax));
            }
        }
        return sb.append(close).toString();
    }

    private static StringBuilder nested(Tensor t, int axis, int offset, StringBuilder sb) {
        int n = t.dims().get(axis);
        int stride = 1;
        for (int a = axis + 1; a < t.rank(); a++) {
            stride *= t.dims().get(a);
        }
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (axis == t.rank() - 1) {
                sb.append(number(t.entries().get(offset + i), Syntax.NUMPY));
            } else {
                nested(t, axis + 1, offset + i * stride, sb);
            }
        }
        return sb.append(']');
    }

    private static String join(List<Integer> dims, String sep, String open, String close) {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(sep, open, close));
    }
}
