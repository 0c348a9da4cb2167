package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/** Printing a value in any syntax and reading it back gives the same value; any text gives a result. */
class ValueSyntaxProperties {

    @Property
    void scalarsRoundTrip(@ForAll("rationals") Rational r, @ForAll("scalarSyntax") Syntax syntax) {
        assertRoundTrip(new Scalar(r), syntax, AnswerKind.NUMBER);
    }

    @Property
    void matricesRoundTrip(@ForAll("matrices") Tensor m, @ForAll("matrixSyntax") Syntax syntax) {
        assertRoundTrip(m, syntax, AnswerKind.MATRIX);
    }

    @Property(tries = 100)
    void tensorsOfAnyRankRoundTripAsNestedLists(@ForAll("tensors") Tensor t) {
        assertRoundTrip(t, Syntax.NUMPY, AnswerKind.MATRIX);
    }

    @Property
    void shapesRoundTrip(@ForAll("shapes") Shape s, @ForAll Syntax syntax) {
        assertRoundTrip(s, syntax, AnswerKind.SHAPE);
    }

    @Property(tries = 100)
    void expressionsRoundTrip(@ForAll("expressions") String source, @ForAll Syntax syntax) {
        assertRoundTrip(new Expression(source), syntax, AnswerKind.EXPRESSION);
    }

    /** A double prints as a decimal, which reads back as that exact decimal (never as a Real). */
    @Property
    void realsReadBackAsTheirExactDecimal(@ForAll double d) {
        if (!Double.isFinite(d) || Math.abs(Math.getExponent(d)) > 900) {
            return;
        }
        String text = ValuePrinter.print(new Scalar(new Real(d)), Syntax.PLAIN);
        ParsedValue back = ValueSyntax.parse(text, AnswerKind.NUMBER);
        assertEquals(new ParsedValue.Ok(new Scalar(Rational.of(new BigDecimal(Double.toString(d))))), back, text);
    }

    @Property
    void anyTextGivesAValueOrAFault(@ForAll @StringLength(max = 300) String text, @ForAll AnswerKind kind) {
        ParsedValue v = ValueSyntax.parse(text, kind);
        assertNotNull(v);
        if (v instanceof ParsedValue.Error e) {
            assertEquals(true, e.column() >= 1 && e.column() <= text.length() + 1, e.toString());
        }
        assertNotNull(ValueSyntax.parseLeading(text, kind).value());
    }

    /**
     * Text made of the characters values are written with gives a fault inside the text, or a value
     * that reads back as itself from any syntax that can print it: what the reader takes from a
     * student's text is a value it would also take from the key printed that way.
     */
    @Property
    void textMadeOfValueCharactersGivesAFaultInsideItOrAValueThatReadsBackAsItself(@ForAll("mathy") String text,
            @ForAll AnswerKind kind, @ForAll Syntax syntax) {
        ParsedValue v = ValueSyntax.parse(text, kind);
        if (v instanceof ParsedValue.Error e) {
            assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, e.toString());
            assertFalse(e.message().isBlank(), e.toString());
        } else {
            assertRoundTrip(((ParsedValue.Ok) v).value(), syntax, kind);
        }
    }

    private static void assertRoundTrip(Value v, Syntax syntax, AnswerKind kind) {
        if (!ValuePrinter.supports(v, syntax)) {
            return;
        }
        String text = ValuePrinter.print(v, syntax);
        assertEquals(new ParsedValue.Ok(v), ValueSyntax.parse(text, kind), () -> syntax + ": " + text);
    }

    @Provide
    Arbitrary<Rational> rationals() {
        Arbitrary<BigInteger> num = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40));
        Arbitrary<BigInteger> den = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(12));
        return Combinators.combine(num, den).as(Rational::new);
    }

    @Provide
    Arbitrary<Syntax> scalarSyntax() {
        return Arbitraries.of(Syntax.LATEX, Syntax.NUMPY, Syntax.MATLAB, Syntax.PLAIN);
    }

    @Provide
    Arbitrary<Syntax> matrixSyntax() {
        return Arbitraries.of(Syntax.LATEX, Syntax.NUMPY, Syntax.MATLAB);
    }

    @Provide
    Arbitrary<Tensor> matrices() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .flatAs((r, c) -> rationals().list().ofSize(r * c).map(e -> Tensor.matrix(r, c, new ArrayList<Num>(e))));
    }

    @Provide
    Arbitrary<Tensor> tensors() {
        return Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(4).flatMap(dims -> {
            int size = dims.stream().reduce(1, (a, b) -> a * b);
            return Arbitraries.integers().between(-99, 99).list().ofSize(size)
                    .map(e -> new Tensor(dims, e.stream().<Num>map(Rational::of).toList()));
        });
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(5).map(Shape::new);
    }

    @Provide
    Arbitrary<String> expressions() {
        return Arbitraries.strings().withChars("sexyWT_^{}()+-*/ \\").ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> mathy() {
        List<String> pieces = List.of("1", "23", "0.5", "-", "+", "\\times", "\\frac", "{", "}", "(", ")", "[", "]", ";",
                ",", " ", "&", "\\\\", "\\begin{bmatrix}", "\\end{bmatrix}", "^", "e", "x", "\u2212", "163,328", "/", "\\,");
        return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
