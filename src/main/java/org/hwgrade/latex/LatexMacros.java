package org.hwgrade.latex;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Course macros expanded in the lines after their definition, so that both readers see what LaTeX
 * would: {@code \newcommand{\bpmat}{\begin{pmatrix}}}, {@code \renewcommand}, {@code \def\R{\mathbb{R}}},
 * and macros with simple arguments: {@code \newcommand{\vect}[1]{\mathbf{#1}}} (up to nine, each a
 * braced group or one character or command at the use), {@code \def\pair#1#2{(#1,#2)}}.
 *
 * <p>Expansion is bounded by construction: a body is expanded once, when it is defined, with the
 * macros defined before it (so a macro that names itself stays as written, and {@code \renewcommand}
 * may use the old meaning); at a use only the arguments, which are shorter than the use, are
 * expanded before they are put in. A line whose expansion would nest deeper than
 * {@link #MAX_NESTING} or grow past the line limit is left as written and reported, so that a
 * person reads it. A definition with an optional argument ({@code [2][x]}) or delimited parameters
 * is not read; its uses stay as written.
 */
public final class LatexMacros {

    /** Macros kept from one file, and the length of one body. */
    public static final int MAX_MACROS = 200;
    public static final int MAX_BODY = 1_000;
    /** Uses inside arguments of uses, one inside another. */
    public static final int MAX_NESTING = 100;

    /** The lines with macros expanded, and the lines whose expansion ran away (left as written). */
    public record Expanded(String[] lines, BitSet runaway) {
    }

    private record Macro(int arity, String body) {
    }

    /** Thrown inside one line's expansion when it runs away; caught for that line. */
    private static final class Runaway extends Exception {
        Runaway() {
            super(null, null, false, false);
        }
    }

    private final Map<String, Macro> macros = new HashMap<>();
    private final int maxLineChars;

    private LatexMacros(int maxLineChars) {
        this.maxLineChars = maxLineChars;
    }

    /**
     * @param text         the whole text, searched once: a text without a definition is returned as it is
     * @param maxLineChars lines longer than this are neither read for definitions nor expanded, and
     *                     no expansion grows a line past it
     */
    public static Expanded expand(String[] lines, String text, int maxLineChars) {
        BitSet runaway = new BitSet();
        if (!text.contains("\\newcommand") && !text.contains("\\def") && !text.contains("\\renewcommand")) {
            return new Expanded(lines, runaway);
        }
        LatexMacros m = new LatexMacros(maxLineChars);
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out[i] = line;
            if (line.length() > maxLineChars || m.define(line)) {
                continue;
            }
            if (!m.macros.isEmpty()) {
                try {
                    out[i] = m.apply(line, 0);
                } catch (Runaway e) {
                    runaway.set(i);
                }
            }
        }
        return new Expanded(out, runaway);
    }

    /** Reads a definition on this line, if it is one; true when it was. */
    private boolean define(String line) {
        String s = line.strip();
        int at;
        boolean def = false;
        if (s.startsWith("\\newcommand") || s.startsWith("\\renewcommand")) {
            at = s.indexOf("command") + "command".length();
            if (at < s.length() && s.charAt(at) == '*') {
                at++;
            }
        } else if (s.startsWith("\\def\\")) {
            at = "\\def".length();
            def = true;
        } else {
            return false;
        }
        boolean braced = at < s.length() && s.charAt(at) == '{';
        int nameStart = braced ? at + 1 : at;
        if (nameStart >= s.length() || s.charAt(nameStart) != '\\') {
            return false;
        }
        int nameEnd = nameStart + 1;
        while (nameEnd < s.length() && LatexLexer.isAsciiLetter(s.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = s.substring(nameStart + 1, nameEnd);
        int p = braced ? nameEnd + 1 : nameEnd;
        if (name.isEmpty() || braced && (nameEnd >= s.length() || s.charAt(nameEnd) != '}')) {
            return false;
        }
        int arity = 0;
        if (def) {
            // \def\pair#1#2{...}: undelimited parameters #1, #2, ... in order
            while (p + 1 < s.length() && s.charAt(p) == '#' && s.charAt(p + 1) == (char) ('1' + arity)) {
                arity++;
                p += 2;
            }
        } else if (p + 2 < s.length() && s.charAt(p) == '[' && s.charAt(p + 2) == ']'
                && s.charAt(p + 1) >= '1' && s.charAt(p + 1) <= '9') {
            arity = s.charAt(p + 1) - '0';
            p += 3;
        }
        if (p >= s.length() || s.charAt(p) != '{') {
            return false; // an optional argument, delimited parameters, or a form not read: left as written
        }
        int end = LatexLexer.afterGroup(s, p, s.length());
        if (end < 0) {
            return false;
        }
        String body = s.substring(p + 1, end - 1);
        if (body.length() <= MAX_BODY && (macros.size() < MAX_MACROS || macros.containsKey(name))) {
            try {
                macros.put(name, new Macro(arity, apply(body, 0)));
            } catch (Runaway e) {
                macros.remove(name); // a body that cannot be expanded defines nothing: its uses stay as written
            }
        }
        return true;
    }

    /** The text with every known macro replaced by its body, its arguments (expanded first) put in. */
    private String apply(String text, int nesting) throws Runaway {
        if (nesting > MAX_NESTING) {
            throw new Runaway();
        }
        StringBuilder b = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) != '\\' || i + 1 >= n || !LatexLexer.isAsciiLetter(text.charAt(i + 1))) {
                if (text.charAt(i) == '\\') {
                    i++; // \\, \{, \#: an escaped character is never the start of a use
                }
                continue;
            }
            int e = i + 1;
            while (e < n && LatexLexer.isAsciiLetter(text.charAt(e))) {
                e++;
            }
            Macro m = macros.get(text.substring(i + 1, e));
            if (m == null) {
                i = e - 1;
                continue;
            }
            List<String> args = new ArrayList<>(m.arity());
            int after = arguments(text, e, m.arity(), args);
            if (after < 0) {
                i = e - 1; // too few arguments: the use stays as written
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n + 64);
            }
            b.append(text, copied, i);
            for (int k = 0; k < args.size(); k++) {
                args.set(k, apply(args.get(k), nesting + 1));
            }
            put(b, m.body(), args);
            copied = after;
            i = after - 1;
        }
        if (b == null) {
            return text;
        }
        b.append(text, copied, n);
        if (b.length() > maxLineChars) {
            throw new Runaway();
        }
        return b.toString();
    }

    /**
     * Reads {@code arity} arguments from {@code from}: each a braced group (its content), else one
     * command or one character, after spaces. The index after the last, or -1 if there are too few.
     */
    private static int arguments(String text, int from, int arity, List<String> args) {
        int i = from;
        int n = text.length();
        for (int k = 0; k < arity; k++) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n || text.charAt(i) == '}') {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '{') {
                int end = LatexLexer.afterGroup(text, i, n);
                if (end < 0) {
                    return -1;
                }
                args.add(text.substring(i + 1, end - 1));
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                int e = i + 1;
                if (LatexLexer.isAsciiLetter(text.charAt(e))) {
                    while (e < n && LatexLexer.isAsciiLetter(text.charAt(e))) {
                        e++;
                    }
                } else {
                    e++;
                }
                args.add(text.substring(i, e));
                i = e;
            } else {
                args.add(String.valueOf(c));
                i++;
            }
        }
        return i;
    }

    /** Appends the body with #1..#9 replaced by the arguments ({@code ##} is a literal #). */
    private void put(StringBuilder b, String body, List<String> args) throws Runaway {
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '#' && i + 1 < n) {
                char d = body.charAt(i + 1);
                if (d >= '1' && d <= '9' && d - '1' < args.size()) {
                    b.append(args.get(d - '1'));
                    i++;
                    if (b.length() > maxLineChars) {
                        throw new Runaway();
                    }
                    continue;
                }
                if (d == '#') {
                    b.append('#');
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        if (b.length() > maxLineChars) {
            throw new Runaway();
        }
    }
}
