package org.hwgrade.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.Expr.Subscript;

/**
 * Reads a formula into an {@link Expr}. The grammar, loosest binding first (docs/ops.md):
 *
 * <pre>
 * formula        := comparison END
 * comparison     := additive [ ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") additive ]
 * additive       := multiplicative { ("+" | "-") multiplicative }
 * multiplicative := unary { ("*" | "/" | "@") unary }
 * unary          := "-" unary | power
 * power          := postfix [ "^" unary ]
 * postfix        := primary { "[" subscript { "," subscript } "]" | "." NAME }
 * primary        := NUMBER | STRING | "true" | "false" | NAME [ "(" arguments ")" ] | "(" comparison ")"
 *                 | "[" [ items ] "]"
 * arguments      := [ comparison { "," comparison } ] { "," NAME "=" comparison }
 * subscript      := comparison | [ comparison ] ":" [ comparison ]
 * </pre>
 */
public final class FormulaParser {

    /** Brackets, calls and operators nested deeper than this are refused rather than overflow the stack. */
    private static final int MAX_DEPTH = 200;

    private final List<Token> tokens;
    private int at;
    private int depth;

    FormulaParser(String text) {
        this.tokens = FormulaLexer.tokens(text);
    }

    /** @throws FormulaException on bad syntax, pointing at the token where reading failed */
    public static Expr parse(String text) {
        FormulaParser p = new FormulaParser(text);
        Expr e = p.comparison();
        p.expectEnd();
        return e;
    }

    void expectEnd() {
        Token t = peek();
        if (t.kind() != Token.Kind.END) {
            throw new FormulaException("unexpected " + t.describe() + " after a complete formula", t.span(),
                    t.is(")") || t.is("]") ? "remove it, or open its bracket earlier"
                            : "join the parts with an operator such as + or *, or separate arguments with ,");
        }
    }

    Token peek() {
        return tokens.get(at);
    }

    Token take() {
        return tokens.get(at++);
    }

    boolean accept(String symbol) {
        if (peek().is(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    Token expect(String symbol, String hint) {
        Token t = peek();
        if (!t.is(symbol)) {
            throw new FormulaException("expected '" + symbol + "' but found " + t.describe(), t.span(), hint);
        }
        return take();
    }

    Token expectName(String what) {
        Token t = peek();
        if (t.kind() != Token.Kind.NAME) {
            throw new FormulaException("expected " + what + " but found " + t.describe(), t.span(),
                    "names start with a letter or _ and hold letters, digits and _");
        }
        return take();
    }

    Expr comparison() {
        return nested(this::comparisonBody);
    }

    private Expr comparisonBody() {
        Expr left = additive();
        Optional<BinaryOp> op = comparisonOp(peek());
        if (op.isEmpty()) {
            return left;
        }
        Token symbol = take();
        Expr right = additive();
        if (comparisonOp(peek()).isPresent()) {
            throw new FormulaException("comparisons do not chain", peek().span(),
                    "write (a < b) * (b < c) for a < b < c");
        }
        return new Expr.Binary(op.get(), left, right, symbol.span(), Span.covering(left.span(), right.span()));
    }

    private static Optional<BinaryOp> comparisonOp(Token t) {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.isComparison() && t.is(op.symbol())) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token symbol = take();
            Expr right = multiplicative();
            BinaryOp op = symbol.is("+") ? BinaryOp.ADD : BinaryOp.SUBTRACT;
            left = new Expr.Binary(op, left, right, symbol.span(), Span.covering(left.span(), right.span()));
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().is("*") || peek().is("/") || peek().is("@")) {
            Token symbol = take();
            Expr right = unary();
            BinaryOp op = symbol.is("*") ? BinaryOp.MULTIPLY : symbol.is("/") ? BinaryOp.DIVIDE : BinaryOp.MATMUL;
            left = new Expr.Binary(op, left, right, symbol.span(), Span.covering(left.span(), right.span()));
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-")) {
            Token minus = take();
            Expr operand = nested(this::unary);
            return new Expr.Negate(operand, Span.covering(minus.span(), operand.span()));
        }
        return power();
    }

    /** Runs one level of recursion that does not pass through {@link #comparison()}, counting its depth. */
    private Expr nested(java.util.function.Supplier<Expr> level) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep();
        }
        Expr e = level.get();
        depth--;
        return e;
    }

    private FormulaException tooDeep() {
        return new FormulaException("the formula is nested more than " + MAX_DEPTH + " levels deep", peek().span(),
                "split it into several quantities");
    }

    private Expr power() {
        Expr base = postfix();
        if (peek().is("^")) {
            Token symbol = take();
            Expr exponent = nested(this::unary);
            return new Expr.Binary(BinaryOp.POWER, base, exponent, symbol.span(),
                    Span.covering(base.span(), exponent.span()));
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        int outer = depth;
        while (true) {
            if ((peek().is("[") || peek().is(".")) && ++depth > MAX_DEPTH) {
                throw tooDeep();
            }
            if (peek().is("[")) {
                take();
                List<Subscript> subscripts = new ArrayList<>();
                do {
                    subscripts.add(subscript());
                } while (accept(","));
                Token close = expect("]", "close the index with ]");
                e = new Expr.Index(e, subscripts, Span.covering(e.span(), close.span()));
            } else if (peek().is(".")) {
                take();
                Token name = expectName("an attribute name after '.'");
                e = new Expr.Member(e, name.text(), name.span(), Span.covering(e.span(), name.span()));
            } else if (peek().is("(")) {
                throw new FormulaException("only an op can be called", peek().span(),
                        "write op(arguments) with the op's name, e.g. relu(k); use * to multiply");
            } else {
                depth = outer;
                return e;
            }
        }
    }

    private Subscript subscript() {
        Span start = peek().span();
        Optional<Expr> from = peek().is(":") ? Optional.empty() : Optional.of(comparison());
        if (!peek().is(":")) {
            return new Subscript.At(from.orElseThrow());
        }
        Token colon = take();
        Optional<Expr> to = peek().is(",") || peek().is("]") ? Optional.empty() : Optional.of(comparison());
        Span end = to.map(Expr::span).orElse(colon.span());
        return new Subscript.Slice(from, to, Span.covering(start, end));
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                take();
                return new Expr.Literal(t.number(), t.span());
            }
            case STRING -> {
                take();
                return new Expr.Quoted(t.text(), t.span());
            }
            case NAME -> {
                take();
                if (peek().is("(")) {
                    return call(t);
                }
                if (t.text().equals("true") || t.text().equals("false")) {
                    return new Expr.Truth(t.text().equals("true"), t.span());
                }
                return new Expr.Name(t.text(), t.span());
            }
            default -> {
                if (accept("(")) {
                    Expr inner = comparison();
                    expect(")", "close the bracket opened before");
                    return inner;
                }
                if (peek().is("[")) {
                    return list();
                }
                throw new FormulaException("expected a number, a name or '(' but found " + t.describe(), t.span(),
                        t.kind() == Token.Kind.END ? "the formula ends too early: complete it"
                                : "an operand is missing before " + t.describe());
            }
        }
    }

    private Expr list() {
        Token open = take();
        List<Expr> items = new ArrayList<>();
        if (!peek().is("]")) {
            do {
                if (peek().is("]")) {
                    break;
                }
                items.add(comparison());
            } while (accept(","));
        }
        Token close = expect("]", "separate items with , and close the list with ]");
        return new Expr.ListOf(items, Span.covering(open.span(), close.span()));
    }

    private Expr call(Token name) {
        take();
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                if (peek().kind() == Token.Kind.NAME && tokens.get(at + 1).is("=")) {
                    Token key = take();
                    take();
                    if (keywords.stream().anyMatch(k -> k.name().equals(key.text()))) {
                        throw new FormulaException("keyword '" + key.text() + "' given twice", key.span(),
                                "give each keyword argument once");
                    }
                    keywords.add(new Expr.Keyword(key.text(), key.span(), comparison()));
                } else if (!keywords.isEmpty()) {
                    Span s = peek().span();
                    throw new FormulaException("a positional argument after a keyword argument", s,
                            "put positional arguments first: " + name.text() + "(x, W, stride=2)");
                } else {
                    args.add(comparison());
                }
            } while (accept(","));
        }
        Token close = expect(")", "separate arguments with , and close the call with )");
        return new Expr.Call(name.text(), name.span(), args, keywords, Span.covering(name.span(), close.span()));
    }
}
