package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Entry-by-entry operations on numbers and tensors, with numpy's broadcasting: dimensions are
 * matched from the right, and a dimension of 1 (or a missing one) stretches to the other's size.
 * A number has no dimensions, so it combines with every entry; a shape counts as a vector of integers.
 */
public final class Elementwise {

    private Elementwise() {
    }

    /** The dimensions of a number ([]), tensor or shape (a vector). */
    public static List<Integer> dims(Value v) {
        if (v instanceof Scalar) {
            return List.of();
        }
        if (v instanceof Tensor t) {
            return t.dims();
        }
        return List.of(shape(v).dims().size());
    }

    /** The entries in row-major order; one for a number. */
    public static List<Num> entries(Value v) {
        if (v instanceof Scalar s) {
            return List.of(s.num());
        }
        if (v instanceof Tensor t) {
            return t.entries();
        }
        List<Num> out = new ArrayList<>();
        for (int d : shape(v).dims()) {
            out.add(Rational.of(d));
        }
        return out;
    }

    private static Shape shape(Value v) {
        if (v instanceof Shape s) {
            return s;
        }
        throw new OpException(v.describe() + " is not a number or a tensor", "");
    }

    /** A number when {@code dims} is empty, a tensor otherwise. */
    public static Value build(List<Integer> dims, List<Num> entries) {
        return dims.isEmpty() ? new Scalar(entries.get(0)) : new Tensor(dims, entries);
    }

    public static Value map(Value v, UnaryOperator<Num> f) {
        List<Num> in = entries(v);
        List<Num> out = new ArrayList<>(in.size());
        for (Num n : in) {
            out.add(f.apply(n));
        }
        return build(dims(v), out);
    }

    /**
     * @param symbol the operator, for the message when the dimensions cannot be broadcast
     * @throws OpException "shape mismatch in '+': 2×3 + 2×2 — dimensions 3 and 2 differ"
     */
    public static Value combine(Value a, Value b, BinaryOperator<Num> f, String symbol) {
        List<Integer> da = dims(a);
        List<Integer> db = dims(b);
        List<Num> ea = entries(a);
        List<Num> eb = entries(b);
        if (da.equals(db)) {
            List<Num> out = new ArrayList<>(ea.size());
            for (int i = 0; i < ea.size(); i++) {
                out.add(f.apply(ea.get(i), eb.get(i)));
            }
            return build(da, out);
        }
        int rank = Math.max(da.size(), db.size());
        int[] result = new int[rank];
        for (int k = 0; k < rank; k++) {
            // Axis k from the right; result[rank − 1 − k] is that axis of the result.
            int x = dimFromRight(da, k);
            int y = dimFromRight(db, k);
            if (x != y && x != 1 && y != 1) {
                throw new OpException("shape mismatch in '" + symbol + "': " + describe(da) + " " + symbol + " "
                        + describe(db) + " — dimensions " + x + " and " + y + " differ",
                        "entry-by-entry operations need equal dimensions, or 1 to repeat one operand along that axis");
            }
            result[rank - 1 - k] = Math.max(x, y);
        }
        // Broadcasting makes a result larger than either operand (a column + a row is a matrix).
        long[] resultDims = new long[rank];
        for (int k = 0; k < rank; k++) {
            resultDims[k] = result[k];
        }
        Work.require("the entry-by-entry '" + symbol + "'", resultDims);
        int[] sa = strides(da, rank);
        int[] sb = strides(db, rank);
        int size = 1;
        for (int d : result) {
            size *= d;
        }
        List<Num> out = new ArrayList<>(size);
        int[] index = new int[rank];
        for (int n = 0; n < size; n++) {
            int ia = 0;
            int ib = 0;
            for (int k = 0; k < rank; k++) {
                ia += index[k] * sa[k];
                ib += index[k] * sb[k];
            }
            out.add(f.apply(ea.get(ia), eb.get(ib)));
            for (int k = rank - 1; k >= 0 && ++index[k] == result[k]; k--) {
                index[k] = 0;
            }
        }
        List<Integer> dims = new ArrayList<>(rank);
        for (int d : result) {
            dims.add(d);
        }
        return build(dims, out);
    }

    /** Dimension {@code fromRight} places before the last one, 1 when the value has fewer axes. */
    private static int dimFromRight(List<Integer> dims, int fromRight) {
        int i = dims.size() - 1 - fromRight;
        return i >= 0 ? dims.get(i) : 1;
    }

    /**
     * Row-major strides aligned to {@code rank} axes from the right; 0 along an axis of size 1 (or a
     * missing one), so that the single entry repeats when the axis is stretched.
     */
    static int[] strides(List<Integer> dims, int rank) {
        int[] s = new int[rank];
        int step = 1;
        for (int k = rank - 1; k >= 0; k--) {
            int i = dims.size() - (rank - k);
            int d = i >= 0 ? dims.get(i) : 1;
            s[k] = d == 1 ? 0 : step;
            step *= d;
        }
        return s;
    }

    /** "2×3", "4" for a vector, "a number" for no dimensions. */
    public static String describe(List<Integer> dims) {
        if (dims.isEmpty()) {
            return "a number";
        }
        return dims.stream().map(String::valueOf).collect(Collectors.joining("×"));
    }
}
