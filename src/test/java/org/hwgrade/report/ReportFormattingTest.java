package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormattingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "alice        | alice",
        "=HYPERLINK() | '=HYPERLINK()",
        "+1           | '+1",
        "-1           | '-1",
        "@SUM(A1)     | '@SUM(A1)",
        "a=b          | a=b"})
    void gradebookCellsCannotRunAsFormulas(String cell, String expected) {
        assertEquals(expected, GradebookCsv.inert(cell));
    }

    @Test
    void codeSpansHoldAnyTextLiterally() {
        assertEquals("`k = 4`", Escape.markdownCode("k = 4"));
        assertEquals("``a`b``", Escape.markdownCode("a`b"));
        assertEquals("``` `` ```", Escape.markdownCode("``"));
        assertEquals("`a b`", Escape.markdownCode("a\nb"));
    }

    @Test
    void inlineTextEscapesMarkdownAndHtml() {
        assertEquals("\\<script\\> \\*x\\* no\\_mask", Escape.markdownInline("<script> *x* no_mask"));
    }

    @Test
    void valuesAsJson() {
        assertEquals("4", ValueJson.of(Scalar.of(4)).toString());
        assertEquals("\"2/3\"", ValueJson.of(new Scalar(Rational.of(2, 3))).toString());
        assertEquals("0.25", ValueJson.of(new Scalar(new Real(0.25))).toString());
        assertEquals("\"NaN\"", ValueJson.of(new Scalar(new Real(Double.NaN))).toString());
        assertEquals("[[4,2],[-2,-6]]", ValueJson.of(Tensor.ofRows(new long[] {4, 2}, new long[] {-2, -6})).toString());
        assertEquals("[16,2,2]", ValueJson.of(Shape.of(16, 2, 2)).toString());
        assertEquals("\"s - e_y\"", ValueJson.of(new Expression("s - e_y")).toString());
        Tensor cube = new Tensor(List.of(2, 1, 2), List.of(Rational.of(1), Rational.of(2), Rational.of(3), Rational.of(4)));
        assertEquals("[[[1,2]],[[3,4]]]", ValueJson.of(cube).toString());
        assertEquals("123456789012345678901234567890",
                ValueJson.of(new Scalar(Rational.of(new BigInteger("123456789012345678901234567890")))).toString());
    }
}
