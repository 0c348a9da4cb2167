package org.hwgrade.formula;

import org.hwgrade.model.Rational;

/** One token of a formula: its kind, its text (a string literal's text is its unescaped value), where it is. */
record Token(Kind kind, String text, Span span, Rational number) {

    enum Kind {
        NUMBER, NAME, STRING, SYMBOL, END
    }

    boolean is(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How the token reads in a message: 'conv2d', '@', "end of formula". */
    String describe() {
        return switch (kind) {
            case END -> "the end of the formula";
            case STRING -> "the string \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
