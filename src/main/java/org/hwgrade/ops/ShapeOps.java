package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.FormulaException;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.formula.Transpose;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/** Building and rearranging tensors: transpose, reshape, zeros, ones, eye, one_hot, shape. */
public final class ShapeOps implements OpGroup {

    /** Tensors built from sizes alone stay below this many entries: a typo must not fill the memory. */
    private static final int MAX_ENTRIES = 1 << 20;

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("transpose(x)", "the transpose, as x.T: rows become columns; a vector becomes a 1×n row",
                        args -> Datum.of(Transpose.of(args.tensor("x")))),
                Op.of("reshape(x, *dims)", "the entries of x in row-major order, in new dimensions (one may be -1)",
                        args -> Datum.of(reshape(args))),
                Op.of("zeros(*dims)", "a tensor of zeros", args -> Datum.of(filled(args, Rational.ZERO))),
                Op.of("ones(*dims)", "a tensor of ones", args -> Datum.of(filled(args, Rational.ONE))),
                Op.of("eye(n)", "the n×n identity matrix", args -> Datum.of(eye(args.positiveInt("n"), args))),
                Op.of("one_hot(index, n)", "the vector of n entries with a 1 at index (0-based) and 0 elsewhere",
                        ShapeOps::oneHot),
                Op.of("shape(*dims)", "a shape value, such as shape(3, 32, 32), to compare with a shape answer",
                        args -> Datum.of(new Shape(sizes(args, false)))));
    }

    private static Value reshape(Args args) {
        Value x = args.value("x");
        List<Num> entries = Elementwise.entries(x);
        List<Integer> dims = sizes(args, true);
        int free = dims.indexOf(-1);
        int known = dims.stream().filter(d -> d != -1).reduce(1, (a, b) -> a * b);
        if (free >= 0 && known > 0 && entries.size() % known == 0) {
            dims.set(free, entries.size() / known);
        }
        if (dims.contains(-1) || known * (free >= 0 ? dims.get(free) : 1) != entries.size()) {
            throw new FormulaException("reshape: " + Elementwise.describe(Elementwise.dims(x)) + " has " + entries.size()
                    + " entries, which do not fill " + Elementwise.describe(dims), args.callSpan(),
                    "the new dimensions must multiply to " + entries.size());
        }
        return Elementwise.build(dims, entries);
    }

    private static Tensor filled(Args args, Num value) {
        List<Integer> dims = sizes(args, false);
        if (dims.isEmpty()) {
            throw new FormulaException(args.opName() + " needs at least one dimension", args.callSpan(),
                    "write " + args.opName() + "(2, 3)");
        }
        return new Tensor(dims, Collections.nCopies(dims.stream().reduce(1, (a, b) -> a * b), value));
    }

    private static Tensor eye(int n, Args args) {
        guard((long) n * n, args);
        List<Num> out = new ArrayList<>(n * n);
        for (int i = 0; i < n * n; i++) {
            out.add(i / n == i % n ? Rational.ONE : Rational.ZERO);
        }
        return Tensor.matrix(n, n, out);
    }

    private static Datum oneHot(Args args) {
        int n = args.positiveInt("n");
        guard(n, args);
        int index = args.nonNegativeInt("index");
        if (index >= n) {
            throw args.error("index", "index " + index + " is out of range for " + n + " entries",
                    "use 0 to " + (n - 1));
        }
        List<Num> out = new ArrayList<>(Collections.nCopies(n, Rational.ZERO));
        out.set(index, Rational.ONE);
        return Datum.of(new Tensor(List.of(n), out));
    }

    /** The trailing positional arguments as sizes (non-negative integers; -1 too when {@code free}). */
    private static List<Integer> sizes(Args args, boolean free) {
        List<Integer> dims = new ArrayList<>();
        long size = 1;
        List<Datum> rest = args.rest();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i) instanceof Datum.Numeric n && n.value() instanceof Scalar s && s.num() instanceof Rational r
                    && r.isInteger() && r.numerator().bitLength() < 31
                    && (r.signum() >= 0 || free && r.numerator().intValue() == -1)) {
                dims.add(r.numerator().intValue());
                size *= Math.max(1, Math.abs(r.numerator().intValue()));
                guard(size, args);
            } else {
                throw new FormulaException(args.opName() + ": a dimension must be a non-negative integer"
                        + (free ? " or -1" : "") + ", got " + rest.get(i).brief(), args.restSpan(i),
                        "write the sizes as whole numbers: " + args.opName() + "(2, 3)");
            }
        }
        return dims;
    }

    private static void guard(long size, Args args) {
        if (size > MAX_ENTRIES) {
            throw new FormulaException(args.opName() + ": " + size + " entries is more than a homework needs",
                    args.callSpan(), "keep tensors below " + MAX_ENTRIES + " entries");
        }
    }
}
