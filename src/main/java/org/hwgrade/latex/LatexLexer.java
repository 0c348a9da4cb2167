package org.hwgrade.latex;

import java.util.Set;

/**
 * Scans LaTeX commands for both readers. It reads one command at a time from a position, so the
 * number reader keeps streaming a million-entry matrix and the expression reader keeps its own
 * token list; what a command means (spacing, a matrix environment, a fraction, a wrapper) is
 * decided here once.
 */
public final class LatexLexer {

    /** Longest environment name read; a longer one is not an environment. */
    static final int MAX_ENVIRONMENT_NAME = 40;

    /** Commands that only space, size or decorate: a reader skips them. */
    private static final Set<String> SPACING = Set.of("quad", "qquad", "left", "right", "middle", "big", "Big",
            "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "displaystyle",
            "textstyle", "hline", "nonumber", "notag", "limits", "therefore");
    /** Delimiter sizes, after which {@code .} (no delimiter) and {@code |} are part of the command. */
    private static final Set<String> SIZED = Set.of("left", "right", "middle", "big", "Big", "bigg", "Bigg",
            "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr");
    private static final Set<String> WRAPPERS = Set.of("mathbf", "boldsymbol", "bm", "vec", "mathrm", "text",
            "operatorname", "mathit", "textbf", "textrm", "textit", "mathsf", "mathbb", "pmb", "mathnormal",
            "mathbfit", "symbf", "textnormal");
    private static final Set<String> MATRIX_ENVIRONMENTS = Set.of("matrix", "bmatrix", "pmatrix", "vmatrix",
            "Vmatrix", "Bmatrix", "smallmatrix", "array");
    private static final Set<String> LAYOUT_ENVIRONMENTS = Set.of("aligned", "align", "equation", "split",
            "gather", "gathered", "multline");

    private LatexLexer() {
    }

    /**
     * Reads the command whose backslash is at {@code at}.
     *
     * @throws IllegalArgumentException if there is no backslash at {@code at}
     */
    public static LatexToken command(CharSequence text, int at) {
        if (at >= text.length() || text.charAt(at) != '\\') {
            throw new IllegalArgumentException("no command at " + at);
        }
        int n = text.length();
        int i = at + 1;
        if (i >= n) {
            return new LatexToken(LatexToken.Kind.SYMBOL, at, i, "");
        }
        char first = text.charAt(i);
        if (first == '\\') {
            return new LatexToken(LatexToken.Kind.ROW_BREAK, at, afterRowSpacing(text, i + 1), "\\\\");
        }
        if (!isAsciiLetter(first)) {
            return symbol(at, first);
        }
        int end = i;
        while (end < n && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        String name = text.subSequence(i, end).toString();
        if (name.equals("operatorname") && end < n && text.charAt(end) == '*') {
            end++;
        }
        if (SPACING.contains(name)) {
            if (SIZED.contains(name) && end < n && (text.charAt(end) == '.' || text.charAt(end) == '|')) {
                end++; // \left. is no delimiter; \left| is the bar of an absolute value, which is not read
            }
            return new LatexToken(LatexToken.Kind.SPACE, at, end, name);
        }
        return switch (name) {
            case "begin", "end" -> environment(text, at, end, name.equals("begin"));
            case "frac", "dfrac", "tfrac", "cfrac" -> new LatexToken(LatexToken.Kind.FRACTION, at, end, name);
            case "times", "cdot", "ast" -> new LatexToken(LatexToken.Kind.TIMES, at, end, name);
            case "div" -> new LatexToken(LatexToken.Kind.DIVIDE, at, end, name);
            case "lbrace" -> new LatexToken(LatexToken.Kind.OPEN, at, end, "{");
            case "rbrace" -> new LatexToken(LatexToken.Kind.CLOSE, at, end, "}");
            case "lbrack" -> new LatexToken(LatexToken.Kind.OPEN, at, end, "[");
            case "rbrack" -> new LatexToken(LatexToken.Kind.CLOSE, at, end, "]");
            case "lparen" -> new LatexToken(LatexToken.Kind.OPEN, at, end, "(");
            case "rparen" -> new LatexToken(LatexToken.Kind.CLOSE, at, end, ")");
            case "lVert", "rVert", "Vert" -> new LatexToken(LatexToken.Kind.NORM, at, end, name);
            default -> new LatexToken(WRAPPERS.contains(name) ? LatexToken.Kind.WRAPPER : LatexToken.Kind.COMMAND,
                    at, end, name);
        };
    }

    /** {@code \{}, {@code \}}, {@code \|}, the spacing {@code \, \; \: \! \ \>}, math delimiters {@code \[ \] \( \)}. */
    private static LatexToken symbol(int at, char c) {
        return switch (c) {
            case '{' -> new LatexToken(LatexToken.Kind.OPEN, at, at + 2, "{");
            case '}' -> new LatexToken(LatexToken.Kind.CLOSE, at, at + 2, "}");
            case '|' -> new LatexToken(LatexToken.Kind.NORM, at, at + 2, "|");
            case ',', ';', ':', '!', ' ', '>', '[', ']', '(', ')' -> new LatexToken(LatexToken.Kind.SPACE, at, at + 2,
                    String.valueOf(c));
            default -> new LatexToken(LatexToken.Kind.SYMBOL, at, at + 2, String.valueOf(c));
        };
    }

    /** {@code \\[2pt]}: the optional spacing of a row break. */
    private static int afterRowSpacing(CharSequence text, int from) {
        int n = text.length();
        if (from < n && text.charAt(from) == '[') {
            int e = from + 1;
            while (e < n && e - from < 12 && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '.')) {
                e++;
            }
            if (e < n && text.charAt(e) == ']') {
                return e + 1;
            }
        }
        return from;
    }

    private static LatexToken environment(CharSequence text, int at, int after, boolean begin) {
        String which = begin ? "\\begin" : "\\end";
        int n = text.length();
        int open = after;
        while (open < n && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        if (open >= n || text.charAt(open) != '{') {
            return new LatexToken(LatexToken.Kind.INVALID, at, after, which + " without an environment name");
        }
        int close = open + 1;
        while (close < n && close - open <= MAX_ENVIRONMENT_NAME && text.charAt(close) != '}') {
            close++;
        }
        if (close >= n || text.charAt(close) != '}') {
            return new LatexToken(LatexToken.Kind.INVALID, at, after, which + "{ is not closed");
        }
        String name = text.subSequence(open + 1, close).toString().strip();
        int end = begin && isMatrixEnvironment(name) ? afterColumnSpec(text, close + 1, name) : close + 1;
        return new LatexToken(begin ? LatexToken.Kind.BEGIN : LatexToken.Kind.END, at, end, name);
    }

    /**
     * After a matrix's {@code \begin{...}}: past the column spec of {@code array} ({@code {cc}}) or
     * the alignment of a starred environment ({@code bmatrix*}'s {@code [r]}), which are layout.
     */
    private static int afterColumnSpec(CharSequence text, int from, String name) {
        int n = text.length();
        int i = from;
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        if (i < n && unstarred(name).equals("array") && text.charAt(i) == '{') {
            int after = afterGroup(text, i, n);
            return after < 0 ? from : after;
        }
        if (name.endsWith("*") && i + 2 < n && text.charAt(i) == '[' && "lcr".indexOf(text.charAt(i + 1)) >= 0
                && text.charAt(i + 2) == ']') {
            return i + 3;
        }
        return from;
    }

    /** A matrix environment: matrix, bmatrix, pmatrix, vmatrix, Vmatrix, Bmatrix, smallmatrix, array, and their starred forms. */
    public static boolean isMatrixEnvironment(String name) {
        return MATRIX_ENVIRONMENTS.contains(unstarred(name));
    }

    /** An environment that only lays out equations (aligned, align, equation, split, gather, ...), starred or not. */
    public static boolean isLayoutEnvironment(String name) {
        return LAYOUT_ENVIRONMENTS.contains(unstarred(name));
    }

    private static String unstarred(String name) {
        return name.endsWith("*") ? name.substring(0, name.length() - 1) : name;
    }

    /** The index just after the braced group that opens at {@code open}, or -1 if it is not closed before {@code to}. */
    public static int afterGroup(CharSequence text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Whitespace, no-break and thin spaces, and LaTeX's ~. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u200b'
                || c == '~' || c == '\u3000';
    }
}
