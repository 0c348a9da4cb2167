package org.hwgrade.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.formula.Expr.Subscript;
import org.hwgrade.model.Rational;

/** Printing a formula and reading it back gives the same formula, whatever its shape. */
class FormulaProperties {

    @Property(tries = 500)
    void parseAfterPrintIsTheIdentity(@ForAll("formulas") Expr e) {
        String text = FormulaPrinter.print(e);
        assertEquals(e, withoutSpans(FormulaParser.parse(text)), text);
    }

    @Property(tries = 200)
    void printingIsCanonical(@ForAll("formulas") Expr e) {
        String text = FormulaPrinter.print(e);
        assertEquals(text, FormulaPrinter.print(FormulaParser.parse(text)));
    }

    @Provide
    Arbitrary<Expr> formulas() {
        return expr(4);
    }

    private Arbitrary<Expr> expr(int depth) {
        if (depth == 0) {
            return leaf();
        }
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf()),
                net.jqwik.api.Tuple.of(4, Combinators.combine(Arbitraries.of(BinaryOp.class), sub, sub)
                        .as((op, l, r) -> (Expr) new Expr.Binary(op, l, r, Span.NONE, Span.NONE))),
                net.jqwik.api.Tuple.of(1, sub.map(x -> (Expr) new Expr.Negate(x, Span.NONE))),
                net.jqwik.api.Tuple.of(1, sub.list().ofMaxSize(3).map(items -> (Expr) new Expr.ListOf(items, Span.NONE))),
                net.jqwik.api.Tuple.of(2, call(sub)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, subscript(sub).list().ofMinSize(1).ofMaxSize(3))
                        .as((t, s) -> (Expr) new Expr.Index(t, s, Span.NONE))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, Arbitraries.of("T", "shape", "conv1", "a_2"))
                        .as((t, n) -> (Expr) new Expr.Member(t, n, Span.NONE, Span.NONE))));
    }

    private Arbitrary<Expr> call(Arbitrary<Expr> sub) {
        Arbitrary<List<Expr.Keyword>> keywords = Arbitraries.subsetOf("stride", "padding", "axis", "eps")
                .flatMap(names -> {
                    List<Arbitrary<Expr.Keyword>> each = new ArrayList<>();
                    for (String n : names) {
                        each.add(sub.map(v -> new Expr.Keyword(n, Span.NONE, v)));
                    }
                    return Combinators.combine(each).as(List::copyOf);
                });
        return Combinators.combine(Arbitraries.of("conv2d", "sum", "f", "max_pool2d"), sub.list().ofMaxSize(3), keywords)
                .as((op, args, kw) -> new Expr.Call(op, Span.NONE, args, kw, Span.NONE));
    }

    private Arbitrary<Subscript> subscript(Arbitrary<Expr> sub) {
        Arbitrary<Optional<Expr>> bound = sub.optional();
        return Arbitraries.oneOf(
                sub.map(Subscript.At::new),
                Combinators.combine(bound, bound).as((a, b) -> new Subscript.Slice(a, b, Span.NONE)));
    }

    private Arbitrary<Expr> leaf() {
        Arbitrary<Expr> literal = Combinators.combine(Arbitraries.longs().between(0, 10_000_000), Arbitraries.integers()
                .between(-12, 12)).as((unscaled, scale) -> new Expr.Literal(
                        Rational.of(BigDecimal.valueOf(unscaled, scale)), Span.NONE));
        Arbitrary<Expr> name = Arbitraries.of("x", "W", "dL_dy", "_b", "k2", "net")
                .map(n -> new Expr.Name(n, Span.NONE));
        Arbitrary<Expr> quoted = Arbitraries.strings().withChars("ab \"'\\_1").ofMaxLength(5)
                .map(s -> new Expr.Quoted(s, Span.NONE));
        Arbitrary<Expr> truth = Arbitraries.of(true, false).map(b -> new Expr.Truth(b, Span.NONE));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, literal), net.jqwik.api.Tuple.of(4, name),
                net.jqwik.api.Tuple.of(1, quoted), net.jqwik.api.Tuple.of(1, truth));
    }

    /** The same tree with every span {@link Span#NONE}, to compare structure only. */
    static Expr withoutSpans(Expr e) {
        Span n = Span.NONE;
        if (e instanceof Expr.Literal l) {
            return new Expr.Literal(l.value(), n);
        }
        if (e instanceof Expr.Quoted q) {
            return new Expr.Quoted(q.value(), n);
        }
        if (e instanceof Expr.Truth t) {
            return new Expr.Truth(t.value(), n);
        }
        if (e instanceof Expr.Name x) {
            return new Expr.Name(x.name(), n);
        }
        if (e instanceof Expr.ListOf l) {
            return new Expr.ListOf(l.items().stream().map(FormulaProperties::withoutSpans).toList(), n);
        }
        if (e instanceof Expr.Negate x) {
            return new Expr.Negate(withoutSpans(x.operand()), n);
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), withoutSpans(b.left()), withoutSpans(b.right()), n, n);
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.op(), n, c.args().stream().map(FormulaProperties::withoutSpans).toList(),
                    c.keywords().stream().map(k -> new Expr.Keyword(k.name(), n, withoutSpans(k.value()))).toList(), n);
        }
        if (e instanceof Expr.Index ix) {
            return new Expr.Index(withoutSpans(ix.target()), ix.subscripts().stream().map(s -> s instanceof Subscript.Slice sl
                    ? (Subscript) new Subscript.Slice(sl.start().map(FormulaProperties::withoutSpans),
                            sl.stop().map(FormulaProperties::withoutSpans), n)
                    : new Subscript.At(withoutSpans(((Subscript.At) s).index()))).toList(), n);
        }
        Expr.Member m = (Expr.Member) e;
        return new Expr.Member(withoutSpans(m.target()), m.name(), n, n);
    }
}
