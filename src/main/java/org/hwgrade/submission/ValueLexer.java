package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one value's text into tokens on demand (a matrix of a million entries is never held as a
 * token list). LaTeX spacing, {@code \left}/{@code \right} and thin spaces become whitespace, which
 * matters only as {@link Token#spaceBefore()}: MATLAB rows are separated by it. Numbers longer than
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

    /** Commands that only space or size things. */
    private static final Set<String> IGNORED = Set.of("quad", "qquad", "left", "right", "middle", "big", "Big",
            "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "displaystyle",
            "textstyle", "hline", "nonumber", "notag", "limits");
    private static final Set<String> SIZED = Set.of("left", "right", "middle", "big", "Big", "bigg", "Bigg",
            "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr");

    private final String s;
    private final boolean grouping;
    private final List<Token> ahead = new ArrayList<>(4);
    private int pos;

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

    /** Skips whitespace, LaTeX spacing and sizing; true if anything was skipped. */
    private boolean skipSpace() {
        int start = pos;
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '\\' && pos + 1 < n && ",;:! ".indexOf(s.charAt(pos + 1)) >= 0) {
                pos += 2;
            } else if (c == '\\' && pos + 1 < n && isAsciiLetter(s.charAt(pos + 1))) {
                int e = pos + 1;
                while (e < n && isAsciiLetter(s.charAt(e))) {
                    e++;
                }
                String name = s.substring(pos + 1, e);
                if (!IGNORED.contains(name)) {
                    break;
                }
                pos = e;
                if (SIZED.contains(name) && pos < n && s.charAt(pos) == '.') {
                    pos++; // \left. and \right. are invisible delimiters
                }
            } else {
                break;
            }
        }
        return pos > start;
    }

    private Token command(boolean space) {
        int st = pos;
        int n = s.length();
        pos++;
        if (pos >= n) {
            return new Token(Kind.OTHER, st, pos, "\\", space);
        }
        char c = s.charAt(pos);
        if (c == '\\') {
            pos++;
            skipRowSpacing();
            return new Token(Kind.ROWSEP, st, pos, "\\\\", space);
        }
        if (!isAsciiLetter(c)) {
            pos++;
            Kind k = c == '{' ? Kind.LBRACE : c == '}' ? Kind.RBRACE : Kind.OTHER;
            return new Token(k, st, pos, s.substring(st, pos), space);
        }
        while (pos < n && isAsciiLetter(s.charAt(pos))) {
            pos++;
        }
        String name = s.substring(st + 1, pos);
        return switch (name) {
            case "times", "cdot", "ast" -> new Token(Kind.TIMES, st, pos, name, space);
            case "div" -> new Token(Kind.DIV, st, pos, name, space);
            case "frac", "dfrac", "tfrac", "cfrac" -> new Token(Kind.FRAC, st, pos, name, space);
            case "lbrack" -> new Token(Kind.LBRACK, st, pos, name, space);
            case "rbrack" -> new Token(Kind.RBRACK, st, pos, name, space);
            case "lbrace" -> new Token(Kind.LBRACE, st, pos, name, space);
            case "rbrace" -> new Token(Kind.RBRACE, st, pos, name, space);
            case "begin", "end" -> environment(st, name, space);
            default -> new Token(Kind.CMD, st, pos, name, space);
        };
    }

    /** {@code \\[2pt]}: the optional row spacing of a LaTeX row break. */
    private void skipRowSpacing() {
        int n = s.length();
        if (pos < n && s.charAt(pos) == '[') {
            int e = pos + 1;
            while (e < n && e - pos < 12 && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '.')) {
                e++;
            }
            if (e < n && s.charAt(e) == ']') {
                pos = e + 1;
            }
        }
    }

    private Token environment(int st, String which, boolean space) {
        int n = s.length();
        int p = pos;
        while (p < n && s.charAt(p) == ' ') {
            p++;
        }
        if (p >= n || s.charAt(p) != '{') {
            return error(st, "\\" + which + " without an environment name");
        }
        int close = p + 1;
        while (close < n && close - p <= 40 && s.charAt(close) != '}') {
            close++;
        }
        if (close >= n || s.charAt(close) != '}') {
            return error(st, "\\" + which + "{ is not closed");
        }
        pos = close + 1;
        return new Token(which.equals("begin") ? Kind.BEGIN : Kind.END, st, pos, s.substring(p + 1, close).strip(), space);
    }

    private Token number(boolean space) {
        int st = pos;
        int n = s.length();
        StringBuilder digits = new StringBuilder();
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
                if (digits.length() > Limits.MAX_DIGITS) {
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

    /** Reads a run of digits; -1 (and stops) once the number has more than MAX_DIGITS digits. */
    private int readDigits(StringBuilder digits) {
        int n = s.length();
        int start = pos;
        while (pos < n && isDigit(s.charAt(pos))) {
            if (digits.length() >= Limits.MAX_DIGITS + 2) {
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
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whitespace, no-break and thin spaces, and LaTeX's ~. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b'
                || c == '~' || c == '\u3000';
    }
}
