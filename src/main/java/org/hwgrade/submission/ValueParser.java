package org.hwgrade.submission;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.latex.LatexLexer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.submission.ValueLexer.Kind;
import org.hwgrade.submission.ValueLexer.Token;

/**
 * A recursive-descent reader for one value of a given kind (grammar in docs/submissions.md).
 * Arithmetic is exact (commons-math {@link BigFraction}); depth, entries and number sizes are
 * bounded by {@link Limits}, so every input ends in a value or a {@link Fail} in linear time.
 */
final class ValueParser {


    /** A fault at a 0-based position of the text. Thrown inside the parser only; never escapes ValueSyntax. */
    static final class Fail extends RuntimeException {
        final int pos;

        Fail(String message, int pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /** The value and the end (exclusive) of the text it was read from. */
    record Result(Value value, int end) {
    }

    private final ValueLexer lx;
    private final String text;
    private int depth;
    private int entries;
    private int lastEnd;
    /** A shape read as one number without brackets: a shape of one dimension only when it is the whole text. */
    private boolean bareNumber;

    ValueParser(String text, AnswerKind kind) {
        this.text = text;
        this.lx = new ValueLexer(text, kind == AnswerKind.INTEGER || kind == AnswerKind.NUMBER);
    }

    /**
     * Reads a value of {@code kind}. With {@code allowTrailing}, prose after the value ("2160
     * parameters", "(16, 2, 2)이다.", a trailing full stop) ends it instead of being an error.
     */
    Result parse(AnswerKind kind, boolean allowTrailing) {
        Value v = switch (kind) {
            case INTEGER, NUMBER -> new Scalar(rational(sum(false), 0));
            case VECTOR -> asVector(matrix());
            case MATRIX, TENSOR -> matrix();
            case SHAPE -> shape();
            case EXPRESSION, CHOICE, MANUAL -> throw new IllegalArgumentException("texts are kept as written, not parsed here");
        };
        Token t = lx.peek();
        if (bareNumber && !t.is(Kind.EOF)) {
            // "18 이므로 (8, 18, 18)", "= 18, so 8 x 18 x 18": a number before more text is a step, not the shape.
            throw new Fail("expected a shape such as (16, 2, 2) or 16×2×2, found a single number", 0);
        }
        if (t.is(Kind.EOF) || allowTrailing && endsValue(t)) {
            return new Result(v, lastEnd);
        }
        if (t.is(Kind.ERROR)) {
            throw new Fail(t.text(), t.start());
        }
        throw new Fail("unexpected " + show(t) + " after the " + what(kind), t.start());
    }

    /**
     * A vector part's answer as one dimension: a LaTeX column or row ({@code pmatrix} with one
     * column, {@code [1 2 3]}, {@code [[1], [2], [3]]}) is the vector of its entries, as the course
     * writes a vector either way. Any other tensor is kept, so the comparator names its dimensions.
     */
    static Tensor asVector(Tensor t) {
        if (t.rank() == 2 && (t.rows() == 1 || t.cols() == 1)) {
            return new Tensor(java.util.List.of(t.size()), t.entries());
        }
        return t;
    }

    /** Prose or punctuation after a value, or a parenthetical remark after a space. */
    private static boolean endsValue(Token t) {
        return switch (t.kind()) {
            case WORD, CMD, DOT, COMMA, SEMI, COLON, OTHER -> true;
            case LPAREN, LBRACK -> t.spaceBefore();
            default -> false;
        };
    }

    private static String what(AnswerKind kind) {
        return switch (kind) {
            case INTEGER, NUMBER -> "number";
            case VECTOR -> "vector";
            case MATRIX -> "matrix";
            case TENSOR -> "tensor";
            case SHAPE -> "shape";
            case EXPRESSION -> "expression";
            case CHOICE -> "option";
            case MANUAL -> "answer";
        };
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    /** sum := product (('+'|'-') product)*; in a row, "a -b" after a space starts a new entry (MATLAB). */
    private BigFraction sum(boolean row) {
        BigFraction v = product(row);
        while (true) {
            Token t = lx.peek();
            if (!t.is(Kind.PLUS) && !t.is(Kind.MINUS)) {
                return v;
            }
            if (row && t.spaceBefore() && !lx.peek(1).spaceBefore()) {
                return v;
            }
            lx.next();
            BigFraction r = product(row);
            v = checked(t.is(Kind.PLUS) ? v.add(r) : v.subtract(r), t.start());
        }
    }

    /** product := unary (('×'|'/') unary | '(' sum ')')*; "1(-1)" multiplies when nothing separates them. */
    private BigFraction product(boolean row) {
        BigFraction v = unary(row);
        while (true) {
            Token t = lx.peek();
            if (t.is(Kind.TIMES)) {
                lx.next();
                v = checked(v.multiply(unary(row)), t.start());
            } else if (t.is(Kind.DIV)) {
                lx.next();
                int at = lx.peek().start();
                BigFraction r = unary(row);
                if (r.getNumerator().signum() == 0) {
                    throw new Fail(ParsedValue.Error.DIVISION_BY_ZERO, at);
                }
                v = checked(v.divide(r), t.start());
            } else if (t.is(Kind.LPAREN) && !t.spaceBefore()) {
                v = checked(v.multiply(power(row)), t.start());
            } else {
                return v;
            }
        }
    }

    private BigFraction unary(boolean row) {
        Token t = lx.peek();
        if (t.is(Kind.MINUS)) {
            lx.next();
            return unary(row).negate();
        }
        if (t.is(Kind.PLUS)) {
            lx.next();
            return unary(row);
        }
        return power(row);
    }

    private BigFraction power(boolean row) {
        BigFraction base = primary();
        Token t = lx.peek();
        if (!t.is(Kind.POW)) {
            return base;
        }
        lx.next();
        int at = lx.peek().start();
        enter(at);
        BigFraction e = unary(row);
        leave();
        if (!e.getDenominator().equals(BigInteger.ONE) || e.getNumerator().abs().compareTo(BigInteger.valueOf(Limits.MAX_EXPONENT)) > 0) {
            throw new Fail("only whole powers up to ±" + Limits.MAX_EXPONENT + " are read", at);
        }
        int n = e.getNumerator().intValue();
        if (base.getNumerator().signum() == 0 && n < 0) {
            throw new Fail(ParsedValue.Error.DIVISION_BY_ZERO, at);
        }
        long bits = (long) Math.max(base.getNumerator().bitLength(), base.getDenominator().bitLength()) * Math.abs(n);
        if (bits > Limits.MAX_BITS) {
            throw new Fail("the power is too large to read", t.start());
        }
        return base.pow(n);
    }

    private BigFraction primary() {
        Token t = lx.peek();
        switch (t.kind()) {
            case NUM -> {
                lx.next();
                lastEnd = t.end();
                return NumArithmetic.toFraction(Rational.of(new BigDecimal(t.text())));
            }
            case LPAREN, LBRACE -> {
                lx.next();
                enter(t.start());
                BigFraction v = sum(false);
                close(t.is(Kind.LPAREN) ? Kind.RPAREN : Kind.RBRACE, t);
                leave();
                return v;
            }
            case FRAC -> {
                lx.next();
                enter(t.start());
                BigFraction num = group(t);
                int at = lx.peek().start();
                BigFraction den = group(t);
                leave();
                if (den.getNumerator().signum() == 0) {
                    throw new Fail(ParsedValue.Error.DIVISION_BY_ZERO, at);
                }
                return checked(num.divide(den), t.start());
            }
            case ERROR -> throw new Fail(t.text(), t.start());
            case EOF -> throw new Fail("a number is missing", t.start());
            case BEGIN -> throw new Fail("expected a number, found \\begin{" + t.text() + "}", t.start());
            case LBRACK -> throw new Fail("expected a number, found '['", t.start());
            default -> throw new Fail("cannot read " + show(t) + " as a number", t.start());
        }
    }

    /** The {...} argument of \frac. */
    private BigFraction group(Token frac) {
        Token open = lx.peek();
        if (!open.is(Kind.LBRACE)) {
            throw new Fail("\\" + frac.text() + " needs two {...} arguments", open.start());
        }
        lx.next();
        BigFraction v = sum(false);
        close(Kind.RBRACE, open);
        return v;
    }

    // ---- matrices ------------------------------------------------------------------------------

    private Tensor matrix() {
        Token first = lx.peek();
        boolean call = skipCall();
        Tensor t = matrixBody();
        if (call) {
            close(Kind.RPAREN, first);
        }
        return t;
    }

    /** np.array( ... ), array( ... ), torch.tensor( ... ), Matrix( ... ): the wrapper is read past. */
    private boolean skipCall() {
        if (lx.peek().is(Kind.WORD) && lx.peek(1).is(Kind.LPAREN)) {
            lx.next();
            Token open = lx.next();
            enter(open.start());
            return true;
        }
        return false;
    }

    private Tensor matrixBody() {
        Token t = lx.peek();
        if (t.is(Kind.BEGIN) && LatexLexer.isMatrixEnvironment(t.text())) {
            return environment();
        }
        if ((t.is(Kind.LBRACK) || t.is(Kind.LPAREN)) && lx.peek(1).is(Kind.BEGIN)) {
            lx.next();
            enter(t.start());
            Tensor m = environment();
            close(t.is(Kind.LBRACK) ? Kind.RBRACK : Kind.RPAREN, t);
            leave();
            return m;
        }
        if (t.is(Kind.LBRACK)) {
            return lx.peek(1).is(Kind.LBRACK) ? nested() : flat();
        }
        if (t.is(Kind.ERROR)) {
            throw new Fail(t.text(), t.start());
        }
        throw new Fail("expected a matrix such as [[1, 2], [3, 4]], [1 2; 3 4] or \\begin{bmatrix}...\\end{bmatrix}, found "
                + show(t), t.start());
    }

    /** \begin{bmatrix} a & b \\ c & d \end{bmatrix} (and pmatrix, vmatrix, array{cc}, bmatrix*[r], ...). */
    private Tensor environment() {
        Token begin = lx.next();
        if (!LatexLexer.isMatrixEnvironment(begin.text())) {
            throw new Fail("\\begin{" + begin.text() + "} is not a matrix environment", begin.start());
        }
        enter(begin.start());
        List<List<BigFraction>> rows = new ArrayList<>();
        List<Integer> rowStarts = new ArrayList<>();
        List<BigFraction> row = new ArrayList<>();
        int rowStart = lx.peek().start();
        while (true) {
            Token t = lx.peek();
            if (t.is(Kind.END)) {
                if (!t.text().equals(begin.text())) {
                    throw new Fail("\\begin{" + begin.text() + "} is closed by \\end{" + t.text() + "}", t.start());
                }
                lx.next();
                lastEnd = t.end();
                break;
            }
            if (t.is(Kind.EOF)) {
                throw new Fail("\\begin{" + begin.text() + "} is not closed", begin.start());
            }
            if (t.is(Kind.ROWSEP)) {
                lx.next();
                if (!row.isEmpty()) {
                    rows.add(row);
                    rowStarts.add(rowStart);
                }
                row = new ArrayList<>();
                rowStart = lx.peek().start();
                continue;
            }
            row.add(entry(false));
            Token sep = lx.peek();
            if (sep.is(Kind.AMP)) {
                lx.next();
                if (lx.peek().is(Kind.ROWSEP) || lx.peek().is(Kind.END)) {
                    throw new Fail("an empty entry after '&'", sep.start());
                }
            } else if (sep.is(Kind.EOF)) {
                throw new Fail("\\begin{" + begin.text() + "} is not closed", begin.start());
            } else if (!sep.is(Kind.ROWSEP) && !sep.is(Kind.END)) {
                throw new Fail("expected '&', '\\\\' or \\end{" + begin.text() + "}, found " + show(sep), sep.start());
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
            rowStarts.add(rowStart);
        }
        leave();
        return rows(rows, rowStarts, begin.start());
    }

    /** [[1, 2], [3, 4]] to any depth, commas optional between entries (numpy prints none). */
    private Tensor nested() {
        List<BigFraction> flat = new ArrayList<>();
        List<Integer> dims = list(flat);
        return tensor(dims, flat);
    }

    /** Reads one bracketed list into {@code flat}; returns its dimensions. */
    private List<Integer> list(List<BigFraction> flat) {
        Token open = lx.next();
        enter(open.start());
        List<Integer> childDims = null;
        int count = 0;
        boolean needSeparator = false;
        while (!closes(open)) {
            if (comma(needSeparator)) {
                needSeparator = false;
                continue;
            }
            Token t = lx.peek();
            if (needSeparator && !t.spaceBefore()) {
                throw new Fail("expected ',' or ']', found " + show(t), t.start());
            }
            List<Integer> dims;
            if (t.is(Kind.LBRACK)) {
                dims = list(flat);
            } else {
                flat.add(entry(true));
                dims = List.of();
            }
            if (childDims == null) {
                childDims = dims;
            } else if (!childDims.equals(dims)) {
                throw new Fail("entry " + (count + 1) + " of this list has shape " + dims + ", entry 1 has "
                        + childDims + " (rows of different lengths?)", t.start());
            }
            count++;
            needSeparator = true;
        }
        leave();
        if (count == 0) {
            throw new Fail("an empty list", open.start());
        }
        List<Integer> dims = new ArrayList<>();
        dims.add(count);
        dims.addAll(childDims);
        return dims;
    }

    /** [4 2; -2 -6] (MATLAB, a matrix), [4, 2; -2, -6], or [4, 2, -2] (a vector, as numpy reads it). */
    private Tensor flat() {
        Token open = lx.next();
        enter(open.start());
        List<List<BigFraction>> rows = new ArrayList<>();
        List<Integer> rowStarts = new ArrayList<>();
        List<BigFraction> row = new ArrayList<>();
        int rowStart = lx.peek().start();
        boolean matrix = false;
        boolean needSeparator = false;
        while (!closes(open)) {
            Token t = lx.peek();
            if (t.is(Kind.SEMI) || t.is(Kind.ROWSEP)) {
                lx.next();
                matrix = true;
                if (!row.isEmpty()) {
                    rows.add(row);
                    rowStarts.add(rowStart);
                }
                row = new ArrayList<>();
                rowStart = lx.peek().start();
                needSeparator = false;
                continue;
            }
            if (comma(needSeparator)) {
                needSeparator = false;
                continue;
            }
            if (needSeparator) {
                if (!t.spaceBefore()) {
                    throw new Fail("expected ',', ';' or ']', found " + show(t), t.start());
                }
                matrix = true;
            }
            row.add(entry(true));
            needSeparator = true;
        }
        if (!row.isEmpty()) {
            rows.add(row);
            rowStarts.add(rowStart);
        }
        leave();
        if (rows.isEmpty()) {
            throw new Fail("an empty matrix", open.start());
        }
        if (!matrix) {
            return tensor(List.of(rows.get(0).size()), rows.get(0));
        }
        return rows(rows, rowStarts, open.start());
    }

    /** Consumes the ']' that closes {@code open}: true at the end of the list; a missing one is a fault. */
    private boolean closes(Token open) {
        Token t = lx.peek();
        if (t.is(Kind.EOF)) {
            throw new Fail("'[' is not closed", open.start());
        }
        if (!t.is(Kind.RBRACK)) {
            return false;
        }
        lx.next();
        lastEnd = t.end();
        return true;
    }

    /** Consumes a ',' between entries; one that follows no entry is a fault. */
    private boolean comma(boolean afterEntry) {
        Token t = lx.peek();
        if (!t.is(Kind.COMMA)) {
            return false;
        }
        if (!afterEntry) {
            throw new Fail("an empty entry before ','", t.start());
        }
        lx.next();
        return true;
    }

    private BigFraction entry(boolean row) {
        if (++entries > Limits.MAX_ENTRIES) {
            throw new Fail("more than " + Limits.MAX_ENTRIES + " entries", lx.peek().start());
        }
        return sum(row);
    }

    private Tensor rows(List<List<BigFraction>> rows, List<Integer> starts, int at) {
        if (rows.isEmpty()) {
            throw new Fail("an empty matrix", at);
        }
        int cols = rows.get(0).size();
        List<BigFraction> flat = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != cols) {
                throw new Fail("row " + (i + 1) + " has " + rows.get(i).size() + " entries, row 1 has " + cols,
                        starts.get(i));
            }
            flat.addAll(rows.get(i));
        }
        return tensor(List.of(rows.size(), cols), flat);
    }

    private Tensor tensor(List<Integer> dims, List<BigFraction> flat) {
        List<Num> nums = new ArrayList<>(flat.size());
        for (BigFraction f : flat) {
            nums.add(NumArithmetic.toRational(f));
        }
        return new Tensor(dims, nums);
    }

    // ---- shapes --------------------------------------------------------------------------------

    /** (16, 2, 2), [16, 2, 2], [16 2 2], 16×2×2, 16 \times 2 \times 2, 16x2x2. */
    private Shape shape() {
        Token t = lx.peek();
        List<Integer> dims = new ArrayList<>();
        if (t.is(Kind.LPAREN) || t.is(Kind.LBRACK)) {
            lx.next();
            enter(t.start());
            Kind close = t.is(Kind.LPAREN) ? Kind.RPAREN : Kind.RBRACK;
            boolean needSeparator = false;
            while (true) {
                Token d = lx.peek();
                if (d.is(close)) {
                    lx.next();
                    lastEnd = d.end();
                    break;
                }
                if (d.is(Kind.EOF)) {
                    throw new Fail("'" + t.text() + "' is not closed", t.start());
                }
                if (d.is(Kind.COMMA)) {
                    if (!needSeparator) {
                        throw new Fail("an empty dimension before ','", d.start());
                    }
                    lx.next();
                    needSeparator = false;
                    continue;
                }
                if (needSeparator && !d.spaceBefore()) {
                    throw new Fail("expected ',' or '" + (close == Kind.RPAREN ? ")" : "]") + "', found " + show(d), d.start());
                }
                dims.add(dimension(true));
                needSeparator = true;
            }
            leave();
            if (dims.isEmpty()) {
                throw new Fail("an empty shape", t.start());
            }
            return new Shape(dims);
        }
        dims.add(dimensionFactor());
        while (isCross(lx.peek())) {
            lx.next();
            dims.add(dimensionFactor());
        }
        bareNumber = dims.size() == 1;
        return new Shape(dims);
    }

    private static boolean isCross(Token t) {
        return t.is(Kind.TIMES) || t.is(Kind.WORD) && (t.text().equals("x") || t.text().equals("X"));
    }

    private int dimension(boolean row) {
        int at = lx.peek().start();
        if (++entries > Limits.MAX_ENTRIES) {
            throw new Fail("more than " + Limits.MAX_ENTRIES + " dimensions", at);
        }
        return toDimension(sum(row), at);
    }

    private int dimensionFactor() {
        int at = lx.peek().start();
        if (++entries > Limits.MAX_ENTRIES) {
            throw new Fail("more than " + Limits.MAX_ENTRIES + " dimensions", at);
        }
        return toDimension(power(false), at);
    }

    private static int toDimension(BigFraction f, int at) {
        if (!f.getDenominator().equals(BigInteger.ONE) || f.getNumerator().signum() < 0
                || f.getNumerator().bitLength() > 31) {
            throw new Fail("a dimension must be a whole number from 0 to " + Integer.MAX_VALUE + ", found "
                    + NumArithmetic.toRational(f), at);
        }
        return f.getNumerator().intValue();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void close(Kind expected, Token open) {
        Token t = lx.peek();
        if (!t.is(expected)) {
            if (t.is(Kind.ERROR)) {
                throw new Fail(t.text(), t.start());
            }
            String want = switch (expected) {
                case RPAREN -> "')'";
                case RBRACK -> "']'";
                case RBRACE -> "'}'";
                default -> expected.name();
            };
            throw new Fail(t.is(Kind.EOF) ? show(open) + " is not closed"
                    : "expected " + want + " to close " + show(open) + ", found " + show(t), t.is(Kind.EOF) ? open.start() : t.start());
        }
        lx.next();
        lastEnd = t.end();
    }

    private void enter(int at) {
        if (++depth > Limits.MAX_DEPTH) {
            throw new Fail("nested more than " + Limits.MAX_DEPTH + " levels deep", at);
        }
    }

    private void leave() {
        depth--;
    }

    private static BigFraction checked(BigFraction f, int at) {
        if (f.getNumerator().bitLength() > Limits.MAX_BITS || f.getDenominator().bitLength() > Limits.MAX_BITS) {
            throw new Fail("the value is too large to read", at);
        }
        return f;
    }

    private static Rational rational(BigFraction f, int at) {
        return new Rational(checked(f, at).getNumerator(), f.getDenominator());
    }

    private String show(Token t) {
        return switch (t.kind()) {
            case EOF -> "the end of the text";
            case BEGIN -> "\\begin{" + t.text() + "}";
            case END -> "\\end{" + t.text() + "}";
            default -> "'" + text.substring(t.start(), Math.min(t.end(), t.start() + 24)) + "'";
        };
    }
}
