package org.hwgrade.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hwgrade.model.Rational;

/**
 * Splits a formula into tokens. Numbers are read exactly as decimals ({@code 1e-8} is 1/10^8);
 * {@code **} is read as {@code ^} for those used to Python.
 */
final class FormulaLexer {

    /** Decimal exponents beyond this are refused: 1e999999999 would not fit in memory. */
    private static final int MAX_EXPONENT = 400;
    private static final Set<String> TWO_CHAR = Set.of("==", "!=", "<=", ">=", "**");
    private static final String ONE_CHAR = "+-*/^@()[],:.=<>?";

    private final String text;
    private int pos;

    private FormulaLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new FormulaLexer(text).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= text.length()) {
                out.add(new Token(Token.Kind.END, "", new Span(text.length(), 0), null));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        char c = text.charAt(pos);
        int start = pos;
        if (isDigit(c) || c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.NAME, text.substring(start, pos), new Span(start, pos - start), null);
        }
        if (c == '"' || c == '\'') {
            return string(c);
        }
        if (pos + 1 < text.length() && TWO_CHAR.contains(text.substring(pos, pos + 2))) {
            pos += 2;
            String symbol = text.substring(start, pos);
            return new Token(Token.Kind.SYMBOL, symbol.equals("**") ? "^" : symbol, new Span(start, 2), null);
        }
        if (ONE_CHAR.indexOf(c) >= 0) {
            pos++;
            return new Token(Token.Kind.SYMBOL, String.valueOf(c), new Span(start, 1), null);
        }
        int cp = text.codePointAt(pos);
        throw new FormulaException("unexpected character '" + new String(Character.toChars(cp)) + "'",
                new Span(start, Character.charCount(cp)),
                cp == '×' || cp == '·' ? "write * for a product, or @ for a matrix product"
                        : cp == '−' ? "write the minus sign as -" : "formulas use + - * / ^ @, names, numbers and (...)");
    }

    private Token number() {
        int start = pos;
        digits();
        if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length()
                && isDigit(text.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int sign = pos + 1 < text.length() && (text.charAt(pos + 1) == '-' || text.charAt(pos + 1) == '+') ? 1 : 0;
            if (pos + 1 + sign < text.length() && isDigit(text.charAt(pos + 1 + sign))) {
                pos += 1 + sign;
                digits();
            }
        }
        String literal = text.substring(start, pos);
        Span span = new Span(start, pos - start);
        BigDecimal d = new BigDecimal(literal);
        if (Math.abs((long) d.scale()) > MAX_EXPONENT || d.precision() - d.scale() > MAX_EXPONENT) {
            throw new FormulaException("the number " + literal + " is too large or too small", span,
                    "numbers in formulas stay within 1e-" + MAX_EXPONENT + " and 1e" + MAX_EXPONENT);
        }
        return new Token(Token.Kind.NUMBER, literal, span, Rational.of(d));
    }

    /** ASCII digits only: a formula's numbers are written with 0-9. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void digits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        if (pos >= text.length()) {
            throw new FormulaException("unterminated string", new Span(start, pos - start),
                    "close the string with " + quote);
        }
        pos++;
        return new Token(Token.Kind.STRING, value.toString(), new Span(start, pos - start), null);
    }
}
