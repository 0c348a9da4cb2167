package org.hwgrade.symbolic;

/** A lexical token, with its place in the (normalised) text for messages. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        NUMBER, LETTERS, FUNCTION, PLUS, MINUS, TIMES, HADAMARD, SLASH, CARET, UNDERSCORE, PRIME,
        OPEN, CLOSE, LBRACE, RBRACE, COMMA, AMP, ROW_SEP, DOTS, FRAC, DELTA, TRANSPOSE_MARK,
        BEGIN, END, EQUALS, MEMBER_OF, COMPARE, NORM, UNSUPPORTED, EOF
    }

    boolean is(Kind expected) {
        return kind == expected;
    }
}
