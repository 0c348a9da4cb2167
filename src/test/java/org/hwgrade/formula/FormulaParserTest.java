package org.hwgrade.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Formulas as TAs write them, and the canonical form the printer gives back. */
class FormulaParserTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1+2*3                         | 1 + 2 * 3
            (1+2)*3                       | (1 + 2) * 3
            1-(2-3)                       | 1 - (2 - 3)
            1-2-3                         | 1 - 2 - 3
            2^3^2                         | 2 ^ 3 ^ 2
            (2^3)^2                       | (2 ^ 3) ^ 2
            -x^2                          | -x ^ 2
            (-x)^2                        | (-x) ^ 2
            2**-1                         | 2 ^ -1
            a*-b                          | a * -b
            1e-8                          | 0.00000001
            2.50                          | 2.5
            1.5E3                         | 1500
            .5                            | 0.5
            x@W.T                         | x @ W.T
            (x@W).T                       | (x @ W).T
            dL_dy*(k>0)                   | dL_dy * (k > 0)
            (a<b)==c                      | (a < b) == c
            a<(b==c)                      | a < (b == c)
            conv2d(x,W,stride=2,padding=1)| conv2d(x, W, stride=2, padding=1)
            conv2d( x , rot180( W ) )     | conv2d(x, rot180(W))
            f()                           | f()
            x[0]                          | x[0]
            x[1:3, :]                     | x[1:3, :]
            x[:2,-1]                      | x[:2, -1]
            x[1:]                         | x[1:]
            net.conv1.shape[0]            | net.conv1.shape[0]
            [[1,2],[3,4]]                 | [[1, 2], [3, 4]]
            [1, 2, ]                      | [1, 2]
            []                            | []
            network(x, [conv(16, 3), "flatten"])| network(x, [conv(16, 3), "flatten"])
            'same'                        | "same"
            "a\\"b"                       | "a\\"b"
            2.T                           | 2.T
            sum(x, axis=-1)               | sum(x, axis=-1)
            conv(16, bias=false)          | conv(16, bias=false)
            true()                        | true()
            """)
    void printsCanonically(String formula, String canonical) {
        Expr e = FormulaParser.parse(formula);
        assertEquals(canonical, FormulaPrinter.print(e));
        assertEquals(canonical, FormulaPrinter.print(FormulaParser.parse(canonical)));
    }

    @Test
    void numbersAreExact() {
        Expr.Literal l = (Expr.Literal) FormulaParser.parse("1e-8");
        assertEquals(new org.hwgrade.model.Rational(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(8)), l.value());
        assertEquals(org.hwgrade.model.Rational.of(1, 10), ((Expr.Literal) FormulaParser.parse("0.1")).value());
    }

    @Test
    void spansPointIntoTheText() {
        Expr.Binary b = (Expr.Binary) FormulaParser.parse("dL_dy * (k > 0)");
        assertEquals(new Span(6, 1), b.operator());
        assertEquals(new Span(0, 14), b.span());
        Expr.Call c = (Expr.Call) FormulaParser.parse("conv2d(x, W, stride=2)");
        assertEquals(new Span(0, 6), c.opSpan());
        assertEquals(new Span(13, 6), c.keywords().get(0).nameSpan());
        assertEquals(new Span(20, 1), c.keywords().get(0).value().span());
    }

    @Test
    void freeNamesAreTheOperandsInOrderOfFirstUse() {
        assertEquals(List.of("x", "dL_dk", "k"),
                List.copyOf(FreeNames.of(FormulaParser.parse("conv2d(x, dL_dk * (k > 0), stride=x) + net(k).T"))));
        assertEquals(Set.of("net", "i"), FreeNames.of(FormulaParser.parse("net.conv1.shape[i:]")));
        assertEquals(Set.of(), FreeNames.of(FormulaParser.parse("zeros(2, 3)")));
        assertEquals(Set.of("b"), FreeNames.of(FormulaParser.parse("f(true, b, false)")));
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse("(".repeat(5000) + "1"));
        assertEquals("the formula is nested more than 200 levels deep", e.detail());
        assertEquals(200, e.offset());
        assertEquals(200, assertThrows(FormulaException.class, () -> FormulaParser.parse("-".repeat(5000) + "1")).offset());
        assertEquals(Set.of("x"), FreeNames.of(FormulaParser.parse("(".repeat(150) + "x" + ")".repeat(150))));
        assertEquals("the formula is nested more than 200 levels deep", assertThrows(FormulaException.class,
                () -> FormulaParser.parse("x" + ".T".repeat(5000))).detail());
        assertEquals(Set.of("x"), FreeNames.of(FormulaParser.parse("x" + ".T".repeat(150) + "[0]".repeat(40))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1 +                | 3 | 0 | expected a number, a name or '(' but found the end of the formula
            (1 + 2             | 6 | 0 | expected ')' but found the end of the formula
            1 2                | 2 | 1 | unexpected '2' after a complete formula
            a < b < c          | 6 | 1 | comparisons do not chain
            x × y              | 2 | 1 | unexpected character '×'
            f(x)(y)            | 4 | 1 | only an op can be called
            (x)(y)             | 3 | 1 | only an op can be called
            f(a=1, x)          | 7 | 1 | a positional argument after a keyword argument
            f(a=1, a=2)        | 7 | 1 | keyword 'a' given twice
            'open              | 0 | 5 | unterminated string
            x[]                | 2 | 1 | expected a number, a name or '(' but found ']'
            x.1                | 1 | 2 | unexpected '.1' after a complete formula
            1e999              | 0 | 5 | the number 1e999 is too large or too small
            a ; b              | 2 | 1 | unexpected character ';'
            """)
    void badSyntaxIsLocated(String formula, int offset, int length, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse(formula));
        assertEquals(message, e.detail());
        assertEquals(offset, e.offset(), "offset");
        assertEquals(length, e.length(), "length");
    }
}
