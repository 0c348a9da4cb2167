package org.hwgrade.report;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The one place where text we did not write (student answers and headers, file names, reasons that
 * quote them) is made safe for the output it goes into: Markdown, HTML, XML or a terminal. Every
 * form first removes the characters no report should carry: control characters (C0 but tab and
 * line breaks, DEL, C1, so no terminal escape sequence survives), the bidirectional overrides and
 * isolates that make text read differently from how it is stored, lone surrogates (which JSON and
 * XML writers reject) and the noncharacters U+FFFE and U+FFFF.
 */
public final class Escape {

    private Escape() {
    }

    /** The text with the characters above removed; tab and line breaks kept. */
    public static String clean(String text) {
        int i = 0;
        while (i < text.length() && keep(text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text; // the common case: nothing to remove, nothing copied
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, i);
        for (; i < text.length(); i++) {
            if (keep(text, i)) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** {@link #clean} on one line: line breaks (CR, LF, NEL, U+2028, U+2029) and tabs become spaces. */
    public static String line(String text) {
        String clean = clean(text);
        StringBuilder sb = null;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            boolean breaks = c == '\n' || c == '\r' || c == '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (breaks && sb == null) {
                sb = new StringBuilder(clean.length()).append(clean, 0, i);
            }
            if (sb != null) {
                sb.append(breaks ? ' ' : c);
            }
        }
        return sb == null ? clean : sb.toString();
    }

    /** For a terminal: {@link #clean}, so no escape sequence can move the cursor or recolour the screen. */
    public static String terminal(String text) {
        return clean(text);
    }

    /**
     * For an XML writer (which escapes {@code < & "} itself): {@link #clean}, which also leaves only
     * characters XML 1.0 allows.
     */
    public static String xml(String text) {
        return clean(text);
    }

    /** For HTML element content or a quoted attribute: cleaned, then escaped by commons-text. */
    public static String html(String text) {
        return StringEscapeUtils.escapeHtml4(clean(text));
    }

    /**
     * A Markdown code span that holds any text literally, on one line: the fence is one backtick
     * longer than the longest run inside.
     */
    public static String markdownCode(String text) {
        String flat = line(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** Markdown prose on one line, with Markdown and HTML metacharacters escaped. */
    public static String markdownInline(String text) {
        String flat = line(text);
        StringBuilder sb = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean keep(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c < 0x7f) {
            return true;
        }
        if (c <= 0x9f) {
            return c == '\u0085'; // DEL and C1 go; NEL is a line break
        }
        if (c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
                || c == '\u061c' || c == '\ufffe' || c == '\uffff') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}
