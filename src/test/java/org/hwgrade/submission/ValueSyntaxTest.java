package org.hwgrade.submission;

import static org.hwgrade.model.AnswerKind.EXPRESSION;
import static org.hwgrade.model.AnswerKind.INTEGER;
import static org.hwgrade.model.AnswerKind.MATRIX;
import static org.hwgrade.model.AnswerKind.NUMBER;
import static org.hwgrade.model.AnswerKind.SHAPE;
import static org.hwgrade.model.AnswerKind.TENSOR;
import static org.hwgrade.model.AnswerKind.VECTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per syntax rule: the text a student types, the part's kind, and the value or the fault. */
class ValueSyntaxTest {

    /** An expected fault: a phrase of the message and the 1-based column. */
    record Fault(String phrase, int column) {
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // integers, decimals, scientific notation, fractions
                row("64", INTEGER, n(64)),
                row("-6", INTEGER, n(-6)),
                row("\u22126", INTEGER, n(-6)),
                row("0.1", NUMBER, q(1, 10)),
                row("4.0", NUMBER, n(4)),
                row(".5", NUMBER, q(1, 2)),
                row("1.2e-3", NUMBER, q(3, 2500)),
                row("1.2E3", NUMBER, n(1200)),
                row("1.2 \\times 10^{-3}", NUMBER, q(3, 2500)),
                row("2.5 \\cdot 10^3", NUMBER, n(2500)),
                row("3/4", NUMBER, q(3, 4)),
                row("\\frac{3}{4}", NUMBER, q(3, 4)),
                row("-\\dfrac{3}{4}", NUMBER, q(-3, 4)),
                row("\\tfrac{6}{8}", NUMBER, q(3, 4)),
                row("\\frac{1}{3} + \\frac{1}{6}", NUMBER, q(1, 2)),
                // arithmetic students leave in a final answer
                row("1 \\times 1 \\times 192 \\times 64 + 64", INTEGER, n(12352)),
                row("64 + 1248 + 816 + 32", INTEGER, n(2160)),
                row("1(-1) + 2(1) + 1(1) + 1(2)", INTEGER, n(4)),
                row("3 * 3 * 96 * 128 + 128", INTEGER, n(110720)),
                row("192 \u00d7 64 + 64", INTEGER, n(12352)),
                row("2^{10}", INTEGER, n(1024)),
                row("(8 - 2) / 4", NUMBER, q(3, 2)),
                // thousands separators, only for scalars and only in groups of three
                row("163,328", INTEGER, n(163328)),
                row("163 328", INTEGER, n(163328)),
                row("163\\,328", INTEGER, n(163328)),
                row("163\u2009328", INTEGER, n(163328)),
                row("1,234,567", INTEGER, n(1234567)),
                row("163{,}696", INTEGER, n(163696)),
                row("1,5", NUMBER, err("','", 2)),
                row("12,34", INTEGER, err("','", 3)),
                // matrices
                row("\\begin{bmatrix} 4 & 2 \\\\ -2 & -6 \\end{bmatrix}", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("\\begin{pmatrix} 1 & 0 \\\\ -1 & -3 \\end{pmatrix}", MATRIX, m(new long[]{1, 0}, new long[]{-1, -3})),
                row("\\begin{vmatrix} 1 & 0 \\\\ 0 & 1 \\end{vmatrix}", MATRIX, m(new long[]{1, 0}, new long[]{0, 1})),
                row("\\begin{Bmatrix} 1 & 2 \\end{Bmatrix}", MATRIX, m(new long[]{1, 2})),
                row("\\left[\\begin{array}{cc} 4 & 2 \\\\ 0 & 0 \\end{array}\\right]", MATRIX, m(new long[]{4, 2}, new long[]{0, 0})),
                row("\\begin{bmatrix} -3(1) & 2(1) \\\\ 0(0) & 1(0) \\end{bmatrix}", MATRIX, m(new long[]{-3, 2}, new long[]{0, 0})),
                row("\\begin{bmatrix} 4 & 2 \\\\ -2 & -6 \\\\ \\end{bmatrix}", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                // the LaTeX the expression reader accepts too (one lexer, org.hwgrade.latex)
                row("\\begin{bmatrix*}[r] 4 & 2 \\\\ -2 & -6 \\end{bmatrix*}", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("\\begin{pmatrix*} 1 & 0 \\\\[2pt] 0 & 1 \\end{pmatrix*}", MATRIX, m(new long[]{1, 0}, new long[]{0, 1})),
                row("\\begin{array}{cc} 4 & 2 \\\\ 0 & 0 \\end{array}", MATRIX, m(new long[]{4, 2}, new long[]{0, 0})),
                row("\\begin{bmatrix} \\mathbf{4} & \\text{2} \\\\ -2 & -6 \\end{bmatrix}", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("\\mathbf{163}", INTEGER, n(163)),
                row("\\displaystyle \\dfrac{3}{4}", NUMBER, q(3, 4)),
                row("\\left\\lbrack 1, 2 \\right\\rbrack", MATRIX, v(1, 2)),
                row("[[4, 2], [-2, -6]]", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("[[4 2]\n [-2 -6]]", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("np.array([[1, 0], [-1, -3]])", MATRIX, m(new long[]{1, 0}, new long[]{-1, -3})),
                row("[4 2; -2 -6]", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("[4, 2; -2, -6]", MATRIX, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("[4 - 2, 1]", MATRIX, v(2, 1)),
                row("[1, 2, 3]", MATRIX, v(1, 2, 3)),
                row("[0.5 \u22121/2]", MATRIX, m(new Num[]{q(1, 2).num(), q(-1, 2).num()})),
                row("[[[1, 2]], [[3, 4]]]", MATRIX, new Tensor(List.of(2, 1, 2), nums(1, 2, 3, 4))),
                row("\\begin{bmatrix} 4 & 2 \\\\ -2 \\end{bmatrix}", MATRIX, err("row 2 has 1 entries, row 1 has 2", 26)),
                row("[[1, 2], [3]]", MATRIX, err("rows of different lengths", 10)),
                row("\\begin{bmatrix} 0 \\\\ \\vdots \\end{bmatrix}", MATRIX, err("'\\vdots'", 22)),
                row("\\begin{bmatrix} 1 & 2", MATRIX, err("not closed", 1)),
                row("4", MATRIX, err("expected a matrix", 1)),
                row("[]", MATRIX, err("empty matrix", 1)),
                // vectors: a column or a row, as brackets or LaTeX, is the vector of its entries
                row("[1, 2, 3]", VECTOR, v(1, 2, 3)),
                row("[1 2 3]", VECTOR, v(1, 2, 3)),
                row("[[1], [2], [3]]", VECTOR, v(1, 2, 3)),
                row("\\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix}", VECTOR, v(1, 2, 3)),
                row("\\begin{bmatrix} 1 & 2 & 3 \\end{bmatrix}", VECTOR, v(1, 2, 3)),
                row("np.array([0.5, -1/2])", VECTOR, new Tensor(List.of(2), List.of(q(1, 2).num(), q(-1, 2).num()))),
                row("[[1, 2], [3, 4]]", VECTOR, m(new long[]{1, 2}, new long[]{3, 4})),
                row("4", VECTOR, err("expected a matrix", 1)),
                // tensors: any rank, numpy-style nesting
                row("[[[6, 7], [3, 7]], [[-1, 1], [1, -1]]]", TENSOR, new Tensor(List.of(2, 2, 2), nums(6, 7, 3, 7, -1, 1, 1, -1))),
                row("[1, 2]", TENSOR, v(1, 2)),
                row("\\begin{bmatrix} 4 & 2 \\\\ -2 & -6 \\end{bmatrix}", TENSOR, m(new long[]{4, 2}, new long[]{-2, -6})),
                row("[[[1, 2]], [[3]]]", TENSOR, err("rows of different lengths", 12)),
                // shapes
                row("(16, 2, 2)", SHAPE, sh(16, 2, 2)),
                row("(8,18,18)", SHAPE, sh(8, 18, 18)),
                row("16\u00d72\u00d72", SHAPE, sh(16, 2, 2)),
                row("16 \\times 2 \\times 2", SHAPE, sh(16, 2, 2)),
                row("16x2x2", SHAPE, sh(16, 2, 2)),
                row("[16, 4, 4]", SHAPE, sh(16, 4, 4)),
                row("[16 4 4]", SHAPE, sh(16, 4, 4)),
                row("(8, (37 - 3)/2 + 1, 18)", SHAPE, sh(8, 18, 18)),
                row("(16, 2.5, 2)", SHAPE, err("whole number", 6)),
                row("(C, H, W)", SHAPE, err("'C'", 2)),
                row("16", SHAPE, sh(16)),
                row("120", SHAPE, sh(120)),
                row("18 then (8, 18, 18)", SHAPE, err("single number", 1)),
                row("(120)", SHAPE, sh(120)),
                // faults with their column
                row("", INTEGER, err("empty", 1)),
                row("4 / 0", NUMBER, err("division by zero", 5)),
                row("\\frac{1}{0}", NUMBER, err("division by zero", 9)),
                row("2 3", INTEGER, err("'3'", 3)),
                row("k_{11}", INTEGER, err("'k'", 1)),
                row("1e999999", NUMBER, err("exponent", 1)),
                row("10^{5000}", NUMBER, err("powers", 4)),
                // expressions are kept as written
                row("  s - e_y ", EXPRESSION, new Expression("s - e_y")),
                row("(\\mathbf{s}-E_y)\\mathbf{x}^T", EXPRESSION, new Expression("(\\mathbf{s}-E_y)\\mathbf{x}^T")),
                row("   ", EXPRESSION, err("empty", 1)));
    }

    @ParameterizedTest(name = "[{index}] {0} as {1}")
    @MethodSource("table")
    void readsEachSyntax(String text, AnswerKind kind, Object expected) {
        ParsedValue parsed = ValueSyntax.parse(text, kind);
        if (expected instanceof Fault f) {
            ParsedValue.Error e = assertInstanceOf(ParsedValue.Error.class, parsed, () -> "expected a fault, got " + parsed);
            assertTrue(e.message().contains(f.phrase()), () -> "message '" + e.message() + "' lacks '" + f.phrase() + "'");
            assertEquals(f.column(), e.column(), () -> "column of '" + e.message() + "'");
        } else {
            ParsedValue.Ok ok = assertInstanceOf(ParsedValue.Ok.class, parsed, () -> "expected a value, got " + parsed);
            assertEquals(expected, ok.value());
        }
    }

    @org.junit.jupiter.api.Test
    void tableHasAtLeastFortyRows() {
        assertTrue(table().count() >= 40);
    }

    @org.junit.jupiter.api.Test
    void proseAfterAValueEndsItOnlyWhenAskedTo() {
        ValueSyntax.Leading lead = ValueSyntax.parseLeading("(16, 2, 2)\uc774\ub2e4.", SHAPE);
        assertEquals(new ParsedValue.Ok(sh(16, 2, 2)), lead.value());
        assertEquals(10, lead.end());
        assertEquals(new ParsedValue.Ok(n(2160)), ValueSyntax.parseLeading("2160 parameters.", INTEGER).value());
        assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse("2160 parameters.", INTEGER));
    }

    private static Arguments row(String text, AnswerKind kind, Object expected) {
        return Arguments.of(text, kind, expected);
    }

    private static Scalar n(long v) {
        return Scalar.of(v);
    }

    private static Scalar q(long p, long d) {
        return new Scalar(Rational.of(p, d));
    }

    private static Tensor m(long[]... rows) {
        return Tensor.ofRows(rows);
    }

    private static Tensor m(Num[] row) {
        return Tensor.matrix(1, row.length, List.of(row));
    }

    private static Tensor v(long... entries) {
        return new Tensor(List.of(entries.length), nums(entries));
    }

    private static List<Num> nums(long... entries) {
        List<Num> out = new ArrayList<>();
        for (long e : entries) {
            out.add(new Rational(BigInteger.valueOf(e), BigInteger.ONE));
        }
        return out;
    }

    private static Shape sh(Integer... dims) {
        return Shape.of(dims);
    }

    private static Fault err(String phrase, int column) {
        return new Fault(phrase, column);
    }
}
