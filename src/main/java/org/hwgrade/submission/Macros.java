package org.hwgrade.submission;

import java.util.HashMap;
import java.util.Map;

/**
 * Course macros without arguments ({@code \newcommand{\bpmat}{\begin{pmatrix}}},
 * {@code \def\R{\mathbb{R}}}) expanded in the lines after their definition, so that the reader sees
 * what LaTeX would. A body is expanded once, with the macros defined before it (a macro cannot
 * grow by using itself), and a line stops growing at {@link Limits#MAX_LINE_CHARS}. Files without
 * a definition are returned as they are, at the cost of one search. Columns of an expanded line are
 * those of its expansion.
 */
final class Macros {

    /** Macros kept from one file, and the length of one body. */
    static final int MAX_MACROS = 200;
    static final int MAX_BODY = 1_000;

    private Macros() {
    }

    static String[] expand(String[] lines, String text) {
        if (!text.contains("\\newcommand") && !text.contains("\\def") && !text.contains("\\renewcommand")) {
            return lines;
        }
        Map<String, String> macros = new HashMap<>();
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > Limits.MAX_LINE_CHARS) {
                out[i] = line;
                continue;
            }
            if (!define(line, macros)) {
                line = macros.isEmpty() ? line : apply(line, macros);
            }
            out[i] = line;
        }
        return out;
    }

    /** Reads a definition on this line, if it is one; true when it was. */
    private static boolean define(String line, Map<String, String> macros) {
        String s = line.strip();
        int at;
        if (s.startsWith("\\newcommand") || s.startsWith("\\renewcommand")) {
            at = s.indexOf("command") + "command".length();
            if (at < s.length() && s.charAt(at) == '*') {
                at++;
            }
        } else if (s.startsWith("\\def\\")) {
            at = "\\def".length();
        } else {
            return false;
        }
        boolean braced = at < s.length() && s.charAt(at) == '{';
        int nameStart = braced ? at + 1 : at;
        if (nameStart >= s.length() || s.charAt(nameStart) != '\\') {
            return false;
        }
        int nameEnd = nameStart + 1;
        while (nameEnd < s.length() && ValueLexer.isAsciiLetter(s.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = s.substring(nameStart + 1, nameEnd);
        int p = braced ? nameEnd + 1 : nameEnd;
        if (name.isEmpty() || braced && (nameEnd >= s.length() || s.charAt(nameEnd) != '}')
                || p >= s.length() || s.charAt(p) != '{') {
            return false; // arguments ([1]) or a form not read: the line is left as written
        }
        int depth = 0;
        for (int k = p; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == '\\') {
                k++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                String body = s.substring(p + 1, k);
                if (body.length() <= MAX_BODY && (macros.size() < MAX_MACROS || macros.containsKey(name))) {
                    macros.put(name, apply(body, macros));
                }
                return true;
            }
        }
        return false;
    }

    /** The line with every known macro (a command not followed by a letter) replaced by its body. */
    private static String apply(String line, Map<String, String> macros) {
        StringBuilder b = null;
        int copied = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) != '\\' || i + 1 >= n || !ValueLexer.isAsciiLetter(line.charAt(i + 1))) {
                continue;
            }
            int e = i + 1;
            while (e < n && ValueLexer.isAsciiLetter(line.charAt(e))) {
                e++;
            }
            String body = macros.get(line.substring(i + 1, e));
            if (body != null) {
                if (b == null) {
                    b = new StringBuilder(n + 64);
                }
                b.append(line, copied, i).append(body);
                copied = e;
                if (b.length() > Limits.MAX_LINE_CHARS) {
                    break; // too long to be read anyway
                }
            }
            i = e - 1;
        }
        if (b == null) {
            return line;
        }
        return b.append(line, Math.min(copied, n), n).toString();
    }
}
