package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.formula.Expr.Subscript;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Computes a formula's value over a {@link Scope}, exactly wherever the maths is rational. Errors
 * are {@link FormulaException}s pointing at the operand, operator, argument or name at fault.
 * Stateless apart from its registry: one evaluator serves every rubric and thread.
 */
public final class Evaluator {

    private final OpRegistry ops;

    public Evaluator(OpRegistry ops) {
        this.ops = ops;
    }

    /**
     * The value of a quantity: a number, tensor or shape.
     *
     * @throws FormulaException when the formula fails, or gives a string, list or record
     */
    public Value value(Expr e, Scope scope) {
        Datum d = evaluate(e, scope);
        if (d instanceof Datum.Numeric n) {
            return n.value();
        }
        throw new FormulaException("the formula gives " + d.describe() + ", not a number or a tensor", e.span(),
                d instanceof Datum.Fields f ? "read one of its attributes with '.': " + String.join(", ", f.fields().keySet())
                        : "a quantity's formula must compute a number, a tensor or a shape");
    }

    public Datum evaluate(Expr e, Scope scope) {
        if (e instanceof Expr.Literal l) {
            return Datum.of(new Scalar(l.value()));
        }
        if (e instanceof Expr.Quoted q) {
            return new Datum.Text(q.value());
        }
        if (e instanceof Expr.Truth t) {
            return new Datum.Flag(t.value());
        }
        if (e instanceof Expr.Name n) {
            return scope.lookup(n.name()).orElseThrow(() -> new FormulaException("unknown name '" + n.name() + "'",
                    n.span(), hintForName(n.name(), scope)));
        }
        if (e instanceof Expr.ListOf l) {
            return list(l, scope);
        }
        if (e instanceof Expr.Negate n) {
            Value v = numeric(n.operand(), scope, "-");
            return Datum.of(located(n.span(), () -> Elementwise.map(v, NumArithmetic::negate)));
        }
        if (e instanceof Expr.Binary b) {
            return Datum.of(binary(b, scope));
        }
        if (e instanceof Expr.Call c) {
            return call(c, scope);
        }
        if (e instanceof Expr.Index ix) {
            return Indexing.index(this, ix, evaluate(ix.target(), scope), scope);
        }
        return member((Expr.Member) e, scope);
    }

    private String hintForName(String name, Scope scope) {
        String mean = Suggestions.didYouMean(name, scope.names());
        if (ops.find(name).isPresent()) {
            return name + " is an op: call it, " + ops.find(name).get().signature();
        }
        return mean.isEmpty() ? "define it as a given or a quantity of the problem" : mean;
    }

    /** Evaluates an operand that must be numeric, naming the operator when it is not. */
    Value numeric(Expr operand, Scope scope, String symbol) {
        Datum d = evaluate(operand, scope);
        if (d instanceof Datum.Numeric n && !(n.value() instanceof org.hwgrade.model.Expression)) {
            return n.value();
        }
        throw new FormulaException("'" + symbol + "' needs numbers or tensors, got " + d.describe(), operand.span(),
                d instanceof Datum.Fields f ? "read a numeric attribute, e.g. ." + String.join(", .", f.fields().keySet())
                        : "use an op that takes " + d.describe());
    }

    /** Runs a computation, pointing any {@link OpException} at {@code span}. */
    static <T> T located(Span span, java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        } catch (OpException ex) {
            throw new FormulaException(ex.getMessage(), span, ex.hint());
        }
    }

    private Value binary(Expr.Binary b, Scope scope) {
        Value left = numeric(b.left(), scope, b.op().symbol());
        Value right = numeric(b.right(), scope, b.op().symbol());
        String symbol = b.op().symbol();
        return located(b.operator(), () -> switch (b.op()) {
            case ADD -> Elementwise.combine(left, right, NumArithmetic::add, symbol);
            case SUBTRACT -> Elementwise.combine(left, right, NumArithmetic::subtract, symbol);
            case MULTIPLY -> Elementwise.combine(left, right, NumArithmetic::multiply, symbol);
            case DIVIDE -> Elementwise.combine(left, right, NumArithmetic::divide, symbol);
            case POWER -> Elementwise.combine(left, right, NumArithmetic::pow, symbol);
            case MATMUL -> MatrixProduct.of(left, right);
            default -> Elementwise.combine(left, right, (x, y) -> Comparisons.mask(b.op(), x, y), symbol);
        });
    }

    private Datum list(Expr.ListOf l, Scope scope) {
        List<Datum> items = new ArrayList<>(l.items().size());
        for (Expr item : l.items()) {
            items.add(evaluate(item, scope));
        }
        boolean numeric = !items.isEmpty() && items.stream().allMatch(
                d -> d instanceof Datum.Numeric n && (n.value() instanceof Scalar || n.value() instanceof Tensor));
        if (!numeric) {
            return new Datum.Items(items);
        }
        List<Integer> inner = Elementwise.dims(((Datum.Numeric) items.get(0)).value());
        List<Num> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Value v = ((Datum.Numeric) items.get(i)).value();
            if (!Elementwise.dims(v).equals(inner)) {
                throw new FormulaException("item " + (i + 1) + " of the list is " + v.describe()
                        + " but item 1 is " + ((Datum.Numeric) items.get(0)).value().describe(),
                        l.items().get(i).span(), "the rows of a matrix or tensor must all have the same length");
            }
            entries.addAll(Elementwise.entries(v));
        }
        List<Integer> dims = new ArrayList<>();
        dims.add(items.size());
        dims.addAll(inner);
        return Datum.of(new Tensor(dims, entries));
    }

    private Datum member(Expr.Member m, Scope scope) {
        Datum target = evaluate(m.target(), scope);
        if (target instanceof Datum.Fields f) {
            Datum field = f.fields().get(m.name());
            if (field == null) {
                String mean = Suggestions.didYouMean(m.name(), f.fields().keySet());
                throw new FormulaException(f.kind() + " has no attribute '" + m.name() + "'", m.nameSpan(),
                        (mean.isEmpty() ? "" : mean + " ") + "it has: " + String.join(", ", f.fields().keySet()));
            }
            return field;
        }
        if (target instanceof Datum.Numeric n && (n.value() instanceof Tensor || n.value() instanceof Scalar)) {
            if (m.name().equals("T")) {
                return Datum.of(n.value() instanceof Tensor t ? located(m.span(), () -> Transpose.of(t)) : n.value());
            }
            if (m.name().equals("shape")) {
                return Datum.of(new Shape(Elementwise.dims(n.value())));
            }
        }
        throw new FormulaException(target.describe() + " has no attribute '" + m.name() + "'", m.nameSpan(),
                target instanceof Datum.Numeric ? "a tensor has .T (transpose) and .shape" : "attributes are read from records");
    }

    private Datum call(Expr.Call c, Scope scope) {
        Op op = ops.find(c.op()).orElseThrow(() -> {
            String mean = Suggestions.didYouMean(c.op(), ops.names());
            return new FormulaException("unknown op '" + c.op() + "'" + (mean.isEmpty() ? "" : "; " + mean),
                    c.opSpan(), Suggestions.closest(c.op(), ops.names())
                            .map(near -> "write " + ops.find(near).orElseThrow().signature())
                            .orElse("the ops are listed in docs/ops.md"));
        });
        Signature sig = op.signature();
        List<Signature.Param> params = sig.params();
        Map<String, Args.Bound> bound = new HashMap<>();
        List<Args.Bound> rest = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Expr arg = c.args().get(i);
            if (i < params.size()) {
                bound.put(params.get(i).name(), new Args.Bound(evaluate(arg, scope), arg.span()));
            } else if (sig.rest().isPresent()) {
                rest.add(new Args.Bound(evaluate(arg, scope), arg.span()));
            } else {
                throw new FormulaException(op.name() + " takes " + params.size() + " positional argument"
                        + (params.size() == 1 ? "" : "s") + ", got " + c.args().size(), arg.span(), "write " + sig);
            }
        }
        for (Expr.Keyword k : c.keywords()) {
            Optional<Signature.Param> param = sig.param(k.name());
            if (param.isEmpty()) {
                String mean = Suggestions.didYouMean(k.name(), params.stream().map(Signature.Param::name).toList());
                throw new FormulaException(op.name() + " has no argument '" + k.name() + "'", k.nameSpan(),
                        (mean.isEmpty() ? "" : mean + " ") + "write " + sig);
            }
            if (bound.containsKey(k.name())) {
                throw new FormulaException(op.name() + ": argument '" + k.name() + "' given twice", k.nameSpan(),
                        "give it either by position or by keyword");
            }
            bound.put(k.name(), new Args.Bound(evaluate(k.value(), scope), k.value().span()));
        }
        for (Signature.Param p : params) {
            if (!bound.containsKey(p.name())) {
                if (p.required()) {
                    throw new FormulaException(op.name() + ": missing argument '" + p.name() + "'", c.span(),
                            "write " + sig);
                }
                p.defaultValue().ifPresent(d -> bound.put(p.name(), new Args.Bound(evaluate(d, scope), c.span())));
            }
        }
        Args args = new Args(op, c.span(), bound, rest);
        return located(c.span(), () -> op.implementation().apply(args));
    }
}
