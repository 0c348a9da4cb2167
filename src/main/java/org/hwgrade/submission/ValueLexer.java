package org.hwgrade.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hwgrade.latex.LatexLexer;
import org.hwgrade.latex.LatexToken;

/**
 * Splits one value's text into tokens on demand (a matrix of a million entries is never held as a
 * token list). LaTeX is lexed by the shared {@link LatexLexer}, as in symbolic answers: spacing,
 * {@code \left}/{@code \right} and thin spaces become whitespace, which matters only as
 * {@link Token#spaceBefore()} (MATLAB rows are separated by it); wrappers such as
 * {@code \mathbf{4}} or {@code \text{...}} give their content. Numbers longer than
 * {@link Limits#MAX_DIGITS} end the scan with an error token, so the work stays linear.
 */
final class ValueLexer {

    enum Kind {
        NUM, PLUS, MINUS, TIMES, DIV, POW, LPAREN, RPAREN, LBRACK, RBRACK, LBRACE, RBRACE,
        COMMA, SEMI, AMP, ROWSEP, BEGIN, END, FRAC, WORD, CMD, DOT, COLON, OTHER, ERROR, EOF
    }

    /** {@code text} is the number without grouping, the environment's name, the word or command, or an error message. */
    record Token(Kind kind, int start, int end, String text, boolean spaceBefore) {
        boolean is(Kind k) {
            return kind == k;
        }
    }

    private final String s;
    private final boolean grouping;
    private final List<Token> ahead = new ArrayList<>(4);
    /** Where the closing braces of the open wrappers ({@code \mathbf{...}}) are: they are skipped. */
    private final Deque<Integer> wrapperCloses = new ArrayDeque<>();
    private int pos;
    /** Digits of the number being read, for the exact MAX_DIGITS bound. */
    private int digitsRead;

    /** {@code grouping}: read thousands separators (163,328 / 163 328 / 163\,328), for scalar kinds only. */
    ValueLexer(String s, boolean grouping) {
        this.s = s;
        this.grouping = grouping;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int k) {
        while (ahead.size() <= k) {
            ahead.add(scan());
        }
        return ahead.get(k);
    }

    Token next() {
        Token t = peek(0);
        ahead.remove(0);
        return t;
    }

    private Token scan() {
        boolean space = skipSpace();
        int n = s.length();
        if (pos >= n) {
            return new Token(Kind.EOF, n, n, "", space);
        }
        int st = pos;
        char c = s.charAt(pos);
        if (isDigit(c) || c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1))) {
            return number(space);
        }
        Kind k = switch (c) {
            case '+' -> Kind.PLUS;
            case '-', '\u2212', '\u2013' -> Kind.MINUS;
            case '*', '\u00d7', '\u00b7', '\u22c5', '\u2217' -> Kind.TIMES;
            case '/', '\u00f7' -> Kind.DIV;
            case '^' -> Kind.POW;
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACK;
            case ']' -> Kind.RBRACK;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case ',' -> Kind.COMMA;
            case ';' -> Kind.SEMI;
            case '&' -> Kind.AMP;
            case '.' -> Kind.DOT;
            case ':' -> Kind.COLON;
            default -> null;
        };
        if (k != null) {
            pos++;
            return new Token(k, st, pos, String.valueOf(c), space);
        }
        if (c == '\\') {
            return command(space);
        }
        if (Character.isLetter(c)) {
            while (pos < n && (Character.isLetter(s.charAt(pos))
                    || s.charAt(pos) == '.' && pos + 1 < n && Character.isLetter(s.charAt(pos + 1)))) {
                pos++;
            }
            return new Token(Kind.WORD, st, pos, s.substring(st, pos), space);
        }
        pos += Character.charCount(s.codePointAt(pos));
        return new Token(Kind.OTHER, st, pos, s.substring(st, pos), space);
    }

    /**
     * Skips whitespace, LaTeX spacing and sizing (true if any), and the braces of wrappers, which
     * are not spacing: {@code 1\mathbf{2}} is one run of digits to a MATLAB row, as {@code 12} is.
     */
    private boolean skipSpace() {
        boolean space = false;
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (isSpace(c)) {
                pos++;
                space = true;
            } else if (c == '}' && !wrapperCloses.isEmpty() && wrapperCloses.peek() == pos) {
                wrapperCloses.pop();
                pos++;
            } else if (c == '\\') {
                LatexToken command = LatexLexer.command(s, pos);
                if (command.is(LatexToken.Kind.SPACE)) {
                    pos = command.end();
                    space = true;
                } else if (!command.is(LatexToken.Kind.WRAPPER) || !openWrapper(command)) {
                    break;
                }
            } else {
                break;
            }
        }
        return space;
    }

    /** Enters {@code \mathbf{...}}: its content is read, its closing brace skipped. False if it has no group. */
    private boolean openWrapper(LatexToken wrapper) {
        int open = wrapper.end();
        while (open < s.length() && s.charAt(open) == ' ') {
            open++;
        }
        int after = open < s.length() && s.charAt(open) == '{' ? LatexLexer.afterGroup(s, open, s.length()) : -1;
        if (after < 0) {
            return false;
        }
        wrapperCloses.push(after - 1);
        pos = open + 1;
        return true;
    }

    private Token command(boolean space) {
        LatexToken command = LatexLexer.command(s, pos);
        int st = pos;
        pos = command.end();
        String name = command.name();
        return switch (command.kind()) {
            case ROW_BREAK -> new Token(Kind.ROWSEP, st, pos, "\\\\", space);
            case BEGIN -> new Token(Kind.BEGIN, st, pos, name, space);
            case END -> new Token(Kind.END, st, pos, name, space);
            case FRACTION -> new Token(Kind.FRAC, st, pos, name, space);
            case TIMES -> new Token(Kind.TIMES, st, pos, name, space);
            case DIVIDE -> new Token(Kind.DIV, st, pos, name, space);
            case OPEN -> new Token(name.equals("{") ? Kind.LBRACE : name.equals("[") ? Kind.LBRACK : Kind.LPAREN,
                    st, pos, name, space);
            case CLOSE -> new Token(name.equals("}") ? Kind.RBRACE : name.equals("]") ? Kind.RBRACK : Kind.RPAREN,
                    st, pos, name, space);
            case INVALID -> error(st, name);
            case WRAPPER, COMMAND -> new Token(Kind.CMD, st, pos, name, space);
            case SPACE, NORM, SYMBOL -> new Token(Kind.OTHER, st, pos, s.substring(st, pos), space);
        };
    }

    private Token number(boolean space) {
        int st = pos;
        int n = s.length();
        StringBuilder digits = new StringBuilder();
        digitsRead = 0;
        if (s.charAt(pos) == '.') {
            digits.append('0');
        }
        int run = readDigits(digits);
        if (run < 0) {
            return tooManyDigits(st);
        }
        if (grouping && run >= 1 && run <= 3 && s.charAt(st) != '0') {
            String separator = null;
            while (true) {
                int sep = separatorLength(pos);
                if (sep == 0 || !threeDigitsAt(pos + sep)) {
                    break;
                }
                String this_ = s.substring(pos, pos + sep);
                if (separator != null && !separator.equals(this_)) {
                    break;
                }
                separator = this_;
                digits.append(s, pos + sep, pos + sep + 3);
                pos += sep + 3;
                digitsRead += 3;
                if (digitsRead > Limits.MAX_DIGITS) {
                    return tooManyDigits(st);
                }
            }
        }
        if (pos + 1 < n && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
            digits.append('.');
            pos++;
            if (readDigits(digits) < 0) {
                return tooManyDigits(st);
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-' || s.charAt(p) == '\u2212')) {
                p++;
            }
            if (p < n && isDigit(s.charAt(p))) {
                int e = p;
                while (e < n && isDigit(s.charAt(e)) && e - p <= 6) {
                    e++;
                }
                if (e - p > 6 || Integer.parseInt(s.substring(p, e)) > Limits.MAX_EXPONENT) {
                    return error(st, "the exponent of " + preview(st) + " is beyond ±" + Limits.MAX_EXPONENT);
                }
                char sign = s.charAt(pos + 1) == '\u2212' ? '-' : s.charAt(pos + 1);
                digits.append('e');
                if (sign == '-' || sign == '+') {
                    digits.append(sign);
                }
                digits.append(s, p, e);
                pos = e;
            }
        }
        return new Token(Kind.NUM, st, pos, digits.toString(), space);
    }

    /**
     * Reads a run of digits; -1 (and stops) once the number has more than MAX_DIGITS digits, counted
     * exactly: digits typed, before and after the point, and nothing else.
     */
    private int readDigits(StringBuilder digits) {
        int n = s.length();
        int start = pos;
        while (pos < n && isDigit(s.charAt(pos))) {
            if (++digitsRead > Limits.MAX_DIGITS) {
                return -1;
            }
            digits.append(s.charAt(pos));
            pos++;
        }
        return pos - start;
    }

    /** A thousands separator at p: a comma, one space or thin space, ~, \, \; \: or {,}. */
    private int separatorLength(int p) {
        int n = s.length();
        if (p >= n) {
            return 0;
        }
        char c = s.charAt(p);
        if (c == ',' || c == ' ' || c == '\u2009' || c == '\u202f' || c == '\u00a0' || c == '~') {
            return 1;
        }
        if (c == '\\' && p + 1 < n && ",;: ".indexOf(s.charAt(p + 1)) >= 0) {
            return 2;
        }
        if (s.startsWith("{,}", p)) {
            return 3;
        }
        return 0;
    }

    private boolean threeDigitsAt(int p) {
        int n = s.length();
        return p + 3 <= n && isDigit(s.charAt(p)) && isDigit(s.charAt(p + 1)) && isDigit(s.charAt(p + 2))
                && (p + 3 == n || !isDigit(s.charAt(p + 3)));
    }

    private Token tooManyDigits(int st) {
        return error(st, "a number with more than " + Limits.MAX_DIGITS + " digits");
    }

    private Token error(int st, String message) {
        pos = s.length(); // nothing after an error is read
        return new Token(Kind.ERROR, st, st + 1, message, false);
    }

    private String preview(int st) {
        return s.substring(st, Math.min(s.length(), st + 20));
    }

    static boolean isDigit(char c) {
        return LatexLexer.isDigit(c);
    }

    static boolean isAsciiLetter(char c) {
        return LatexLexer.isAsciiLetter(c);
    }

    /** Whitespace, no-break and thin spaces, and LaTeX's ~. */
    static boolean isSpace(char c) {
        return LatexLexer.isSpace(c);
    }
}
