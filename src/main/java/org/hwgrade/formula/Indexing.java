package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.formula.Expr.Subscript;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * {@code x[i]}, {@code x[1:3, :]}, as numpy reads them: 0-based, negative positions count from the
 * end, a position drops its axis, a slice keeps it (its bounds are clipped to the axis), and axes
 * without a subscript are kept whole. Lists and shapes take one subscript.
 */
final class Indexing {

    private Indexing() {
    }

    static Datum index(Evaluator evaluator, Expr.Index ix, Datum target, Scope scope) {
        List<Subscript> subs = ix.subscripts();
        if (target instanceof Datum.Items items) {
            return items.items().get(position(evaluator, one(ix, "a list"), items.items().size(), scope));
        }
        if (target instanceof Datum.Numeric n && n.value() instanceof Shape s) {
            List<Integer> dims = s.dims();
            Subscript sub = one(ix, "a shape");
            if (sub instanceof Subscript.Slice slice) {
                int[] range = range(evaluator, slice, dims.size(), scope);
                return Datum.of(new Shape(dims.subList(range[0], Math.max(range[0], range[1]))));
            }
            return Datum.of(Scalar.of(dims.get(position(evaluator, sub, dims.size(), scope))));
        }
        if (!(target instanceof Datum.Numeric n && n.value() instanceof Tensor t)) {
            throw new FormulaException(target.describe() + " cannot be indexed", ix.target().span(),
                    "index tensors, shapes and lists");
        }
        if (subs.size() > t.rank()) {
            throw new FormulaException(subs.size() + " subscripts for " + t.describe(), subs.get(t.rank()).span(),
                    "give at most " + t.rank() + " subscript" + (t.rank() == 1 ? "" : "s"));
        }
        List<int[]> kept = new ArrayList<>();
        List<Integer> dims = new ArrayList<>();
        for (int k = 0; k < t.rank(); k++) {
            int size = t.dims().get(k);
            if (k >= subs.size()) {
                kept.add(new int[] {0, size});
                dims.add(size);
            } else if (subs.get(k) instanceof Subscript.Slice slice) {
                int[] r = range(evaluator, slice, size, scope);
                r[1] = Math.max(r[0], r[1]);
                kept.add(r);
                dims.add(r[1] - r[0]);
            } else {
                int p = position(evaluator, subs.get(k), size, scope);
                kept.add(new int[] {p, p + 1});
            }
        }
        return Datum.of(gather(t, kept, dims));
    }

    private static Value gather(Tensor t, List<int[]> kept, List<Integer> dims) {
        int[] strides = Elementwise.strides(t.dims(), t.rank());
        List<Num> out = new ArrayList<>();
        collect(t, kept, strides, 0, 0, out);
        return dims.isEmpty() ? new Scalar(out.get(0)) : new Tensor(dims, out);
    }

    private static void collect(Tensor t, List<int[]> kept, int[] strides, int axis, int offset, List<Num> out) {
        if (axis == kept.size()) {
            out.add(t.entries().get(offset));
            return;
        }
        for (int i = kept.get(axis)[0]; i < kept.get(axis)[1]; i++) {
            collect(t, kept, strides, axis + 1, offset + i * strides[axis], out);
        }
    }

    private static Subscript one(Expr.Index ix, String what) {
        if (ix.subscripts().size() != 1) {
            throw new FormulaException(what + " takes one subscript", ix.subscripts().get(1).span(),
                    "write x[i]");
        }
        return ix.subscripts().get(0);
    }

    private static int position(Evaluator evaluator, Subscript sub, int size, Scope scope) {
        if (sub instanceof Subscript.Slice) {
            throw new FormulaException("a slice cannot select from a list", sub.span(), "write a single position");
        }
        Expr e = ((Subscript.At) sub).index();
        int p = integer(evaluator, e, scope);
        if (p < -size || p >= size) {
            throw new FormulaException("index " + p + " is out of range for an axis of " + size + " entries", e.span(),
                    size == 0 ? "the axis is empty" : "use 0 to " + (size - 1) + ", or -" + size + " to -1 from the end");
        }
        return p < 0 ? p + size : p;
    }

    /** [start, stop) clipped to the axis, negative bounds counted from the end. */
    private static int[] range(Evaluator evaluator, Subscript.Slice slice, int size, Scope scope) {
        int start = slice.start().map(e -> clip(integer(evaluator, e, scope), size)).orElse(0);
        int stop = slice.stop().map(e -> clip(integer(evaluator, e, scope), size)).orElse(size);
        return new int[] {start, stop};
    }

    private static int clip(int bound, int size) {
        int b = bound < 0 ? bound + size : bound;
        return Math.max(0, Math.min(size, b));
    }

    private static int integer(Evaluator evaluator, Expr e, Scope scope) {
        Value v = evaluator.numeric(e, scope, "[]");
        if (v instanceof Scalar s && s.num() instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 31) {
            return r.numerator().intValueExact();
        }
        throw new FormulaException("an index must be an integer, got " + v, e.span(), "write a whole number such as 0 or -1");
    }
}
