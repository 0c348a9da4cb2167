package org.hwgrade.formula;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * An op's evaluated arguments, bound to its signature's parameters by position or keyword (defaults
 * filled in). The typed accessors throw a {@link FormulaException} that points at the argument at
 * fault ("conv2d: argument 'stride' must be a positive integer, got [1, 2]"), or at the call when
 * the value is a default. Asking for a name the signature does not have is a bug in the op.
 */
public final class Args {

    private final Op op;
    private final Span call;
    private final Map<String, Bound> bound;
    private final List<Bound> rest;

    record Bound(Datum value, Span span) {
    }

    Args(Op op, Span call, Map<String, Bound> bound, List<Bound> rest) {
        this.op = op;
        this.call = call;
        this.bound = bound;
        this.rest = List.copyOf(rest);
    }

    public String opName() {
        return op.name();
    }

    /** Where the whole call is, for errors that belong to no single argument. */
    public Span callSpan() {
        return call;
    }

    /** True when the parameter was given or has a default. */
    public boolean has(String param) {
        check(param);
        return bound.containsKey(param);
    }

    public Datum get(String param) {
        check(param);
        Bound b = bound.get(param);
        if (b == null) {
            throw new FormulaException(op.name() + ": missing argument '" + param + "'", call, "write " + op.signature());
        }
        return b.value();
    }

    public Optional<Datum> optional(String param) {
        return has(param) ? Optional.of(get(param)) : Optional.empty();
    }

    /** Where the argument is written; the call's span for a default. */
    public Span span(String param) {
        check(param);
        Bound b = bound.get(param);
        return b == null ? call : b.span();
    }

    /** The arguments after the named parameters, for a signature ending in {@code *name}. */
    public List<Datum> rest() {
        return rest.stream().map(Bound::value).toList();
    }

    public Span restSpan(int index) {
        return rest.get(index).span();
    }

    /** A number, tensor or shape. */
    public Value value(String param) {
        if (get(param) instanceof Datum.Numeric n) {
            return n.value();
        }
        throw wrongType(param, "a number or a tensor");
    }

    public Tensor tensor(String param) {
        if (value(param) instanceof Tensor t) {
            return t;
        }
        throw wrongType(param, "a tensor");
    }

    public Num number(String param) {
        if (value(param) instanceof Scalar s) {
            return s.num();
        }
        throw wrongType(param, "a number");
    }

    public int integer(String param) {
        return integer(param, Integer.MIN_VALUE, "an integer");
    }

    public int positiveInt(String param) {
        return integer(param, 1, "a positive integer");
    }

    public int nonNegativeInt(String param) {
        return integer(param, 0, "a non-negative integer");
    }

    /**
     * {@code count} integers of at least {@code least}: a single integer repeated (stride=2 is (2, 2))
     * or a vector or shape of {@code count} entries (kernel=[2, 3] for a non-square window).
     */
    public int[] integers(String param, int count, int least) {
        String wanted = (least == 1 ? "a positive integer" : least == 0 ? "a non-negative integer" : "an integer")
                + " or " + count + " of them";
        Value v = value(param);
        List<Num> entries = Elementwise.entries(v);
        boolean fits = v instanceof Scalar || (v instanceof Tensor t && t.rank() == 1 || v instanceof Shape)
                && entries.size() == count;
        int[] out = new int[count];
        for (int i = 0; fits && i < count; i++) {
            Num n = entries.get(v instanceof Scalar ? 0 : i);
            fits = isIntAtLeast(n, least);
            out[i] = fits ? ((Rational) n).numerator().intValueExact() : 0;
        }
        if (!fits) {
            throw wrongType(param, wanted);
        }
        return out;
    }

    public String text(String param) {
        if (get(param) instanceof Datum.Text t) {
            return t.text();
        }
        throw wrongType(param, "a string");
    }

    public boolean flag(String param) {
        if (get(param) instanceof Datum.Flag f) {
            return f.value();
        }
        throw wrongType(param, "true or false");
    }

    public List<Datum> items(String param) {
        if (get(param) instanceof Datum.Items l) {
            return l.items();
        }
        throw wrongType(param, "a list");
    }

    public Datum.Fields fields(String param) {
        if (get(param) instanceof Datum.Fields f) {
            return f;
        }
        throw wrongType(param, "a record of named fields");
    }

    /** An error about one argument, located at it: "op: message". */
    public FormulaException error(String param, String message, String hint) {
        return new FormulaException(op.name() + ": " + message, span(param), hint);
    }

    private int integer(String param, int least, String wanted) {
        Datum d = get(param);
        if (d instanceof Datum.Numeric n && n.value() instanceof Scalar s && isIntAtLeast(s.num(), least)) {
            return ((Rational) s.num()).numerator().intValueExact();
        }
        throw wrongType(param, wanted);
    }

    private static boolean isIntAtLeast(Num n, int least) {
        return n instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 31
                && r.numerator().intValueExact() >= least;
    }

    private FormulaException wrongType(String param, String wanted) {
        return error(param, "argument '" + param + "' must be " + wanted + ", got " + get(param).brief(),
                "see " + op.signature() + " in docs/ops.md");
    }

    private void check(String param) {
        if (op.signature().param(param).isEmpty()) {
            throw new IllegalArgumentException(op.name() + " has no parameter " + param);
        }
    }
}
