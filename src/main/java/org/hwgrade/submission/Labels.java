package org.hwgrade.submission;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Rubric labels and the left-hand sides students write, put in one normal form so that
 * {@code \frac{\partial L}{\partial \mathbf{W}}}, {@code \frac{dL}{dW}} and {@code dL / dW} all read
 * {@code dL/dW}; then matched as whole symbols ({@code y} is not the y of {@code dL/dy}).
 */
final class Labels {

    /** Commands that only style their argument. */
    private static final Set<String> STYLE = Set.of("mathbf", "boldsymbol", "bm", "mathrm", "text", "textbf",
            "mathit", "textit", "mathsf", "vec", "operatorname", "left", "right", "big", "Big", "bigl", "bigr",
            "Bigl", "Bigr", "displaystyle", "mathbb", "limits", "textrm", "mbox", "hat", "textnormal");

    enum Style {
        /** Plain words ("total", "Inception module"): case-insensitive, whole words. */
        WORD,
        /** One letter ("k", "y", "a"): must be the last symbol before the '='. */
        SINGLE,
        /** Anything else ("dL/dk", "(C_a,H_a,W_a)", "(a)"): a whole-symbol occurrence. */
        SYMBOL
    }

    record Label(String raw, String norm, Style style) {
    }

    /** An element label such as k_{12}: 1-based row and column. */
    record Element(int row, int col) {
    }

    private Labels() {
    }

    static Label of(String raw) {
        String norm = normalize(raw);
        Style style;
        if (norm.codePointCount(0, norm.length()) == 1) {
            style = Style.SINGLE;
        } else if (norm.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')
                && norm.chars().filter(Character::isLetter).count() >= 3) {
            style = Style.WORD;
        } else {
            style = Style.SYMBOL;
        }
        return new Label(raw, norm, style);
    }

    /** The normal form: styling, spacing, braces and \left/\right dropped, \frac{a}{b} as a/b, \partial as d. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 4096));
        Deque<Boolean> frames = new ArrayDeque<>();
        boolean pendingFrac = false;
        boolean pendingSpace = false;
        boolean afterCommand = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < n) {
                char nx = s.charAt(i + 1);
                if (ValueLexer.isAsciiLetter(nx)) {
                    int e = i + 1;
                    while (e < n && ValueLexer.isAsciiLetter(s.charAt(e))) {
                        e++;
                    }
                    String name = s.substring(i + 1, e);
                    i = e;
                    if (name.equals("partial")) {
                        append(out, 'd', pendingSpace);
                        pendingSpace = false;
                        while (i < n && ValueLexer.isSpace(s.charAt(i))) {
                            i++;
                        }
                        afterCommand = false;
                    } else if (name.equals("frac") || name.equals("dfrac") || name.equals("tfrac")) {
                        pendingFrac = true;
                    } else if (!STYLE.contains(name)) {
                        if (pendingSpace && out.length() > 0) {
                            out.append(' ');
                        }
                        pendingSpace = false;
                        out.append('\\').append(name);
                        afterCommand = true;
                    }
                    continue;
                }
                if (",;:! ".indexOf(nx) >= 0 || nx == '{' || nx == '}') {
                    i += 2;
                    continue;
                }
                out.append(ch).append(nx);
                i += 2;
                continue;
            }
            if (ch == '{') {
                frames.push(pendingFrac);
                pendingFrac = false;
            } else if (ch == '}') {
                if (!frames.isEmpty() && frames.pop()) {
                    out.append('/');
                    pendingSpace = false;
                }
            } else if (ch == '&' || ch == '$') {
                pendingSpace = true;
            } else if (ValueLexer.isSpace(ch)) {
                pendingSpace = true;
            } else {
                if (ch == '\u2202') {
                    ch = 'd';
                }
                if (afterCommand && Character.isLetterOrDigit(ch)) {
                    out.append(' ');
                    pendingSpace = false;
                }
                append(out, ch, pendingSpace);
                pendingSpace = false;
                afterCommand = false;
            }
            i++;
        }
        return out.toString().strip();
    }

    /** Keeps a space only between two letters or digits ("Inception module", not "dL / dW"). */
    private static void append(StringBuilder out, char ch, boolean space) {
        if (space && out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                && Character.isLetterOrDigit(ch)) {
            out.append(' ');
        }
        out.append(ch);
    }

    /**
     * Where the label ends in the normalised left-hand side {@code lhs} (its last whole occurrence),
     * or -1. A one-letter label must be the last symbol of {@code lhs} ("Therefore k", not "a conv").
     */
    static int match(Label label, String lhs) {
        String l = label.norm();
        if (l.isEmpty()) {
            return -1;
        }
        switch (label.style()) {
            case SINGLE -> {
                int end = lhs.length();
                while (end > 0 && ":&. ".indexOf(lhs.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (end >= l.length() && lhs.startsWith(l, end - l.length())) {
                    int before = end - l.length() - 1;
                    if (before < 0 || !isSymbolChar(lhs.charAt(before)) && lhs.charAt(before) != '(' && lhs.charAt(before) != '/') {
                        return end;
                    }
                }
                return -1;
            }
            case WORD -> {
                String hay = lhs.toLowerCase(Locale.ROOT);
                String needle = l.toLowerCase(Locale.ROOT);
                int best = -1;
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    int end = at + needle.length();
                    if ((at == 0 || !Character.isLetter(hay.charAt(at - 1)))
                            && (end == hay.length() || !Character.isLetter(hay.charAt(end)))) {
                        best = end;
                    }
                }
                return best;
            }
            default -> {
                int best = -1;
                for (int at = lhs.indexOf(l); at >= 0; at = lhs.indexOf(l, at + 1)) {
                    int end = at + l.length();
                    if (boundedBefore(lhs, at, l) && (!isSymbolChar(l.charAt(l.length() - 1))
                            || end == lhs.length() || !isSymbolChar(lhs.charAt(end)) && lhs.charAt(end) != '_')) {
                        best = end;
                    }
                }
                return best >= 0 && anotherSymbolAfter(lhs, best) ? -1 : best;
            }
        }
    }

    /**
     * Whether a symbol with a subscript or superscript ({@code v_2}, {@code x^2}) stands after
     * {@code from}, outside brackets: "At w_1 the gradient is -4.8, so v_2 = ... = 1.02" equates
     * v_2, and the label w_1 met earlier in the sentence is not what the '=' is about. Inside
     * brackets it is a remark ("w_1 (with v_1 = 0.6) = 3/5").
     */
    private static boolean anotherSymbolAfter(String lhs, int from) {
        int depth = 0;
        for (int i = from; i < lhs.length(); i++) {
            char c = lhs.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if ((c == '_' || c == '^') && depth <= 0 && i > from && Character.isLetter(lhs.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** k_{12}, k_12, k_{1,2}, \frac{dL}{dW_{11}}: the label followed by a numeric subscript. */
    static Element element(Label label, String lhs) {
        String l = label.norm();
        if (l.isEmpty() || label.style() == Style.WORD) {
            return null;
        }
        for (int at = lhs.indexOf(l + "_"); at >= 0; at = lhs.indexOf(l + "_", at + 1)) {
            if (!boundedBefore(lhs, at, l)) {
                continue;
            }
            int p = at + l.length() + 1;
            int q = p;
            while (q < lhs.length() && ValueLexer.isDigit(lhs.charAt(q)) && q - p < 4) {
                q++;
            }
            if (q == p) {
                continue;
            }
            if (q < lhs.length() && lhs.charAt(q) == ',') {
                int r = q + 1;
                while (r < lhs.length() && lhs.charAt(r) == ' ') {
                    r++;
                }
                int t = r;
                while (t < lhs.length() && ValueLexer.isDigit(lhs.charAt(t)) && t - r < 4) {
                    t++;
                }
                if (t > r && (t == lhs.length() || !isSymbolChar(lhs.charAt(t)))) {
                    return new Element(Integer.parseInt(lhs.substring(p, q)), Integer.parseInt(lhs.substring(r, t)));
                }
            } else if (q - p == 2 && (q == lhs.length() || !isSymbolChar(lhs.charAt(q)))) {
                return new Element(lhs.charAt(p) - '0', lhs.charAt(p + 1) - '0');
            }
        }
        return null;
    }

    private static boolean boundedBefore(String lhs, int at, String l) {
        if (!isSymbolChar(l.charAt(0)) || at == 0) {
            return true;
        }
        char b = lhs.charAt(at - 1);
        return !isSymbolChar(b) && b != '\\';
    }

    private static boolean isSymbolChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'';
    }
}
