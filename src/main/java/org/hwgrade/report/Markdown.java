package org.hwgrade.report;

/** Safe Markdown for text we did not write (student answers, file names, reasons). */
final class Markdown {

    private Markdown() {
    }

    /**
     * A code span that holds any text literally: the fence is one backtick longer than the longest
     * run inside, and line breaks become spaces (a span cannot hold them).
     */
    static String code(String text) {
        String flat = text.replace("\r", " ").replace("\n", " ");
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

    /** Plain prose with Markdown and HTML metacharacters escaped, on one line. */
    static String inline(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (char c : text.replace("\r", " ").replace("\n", " ").toCharArray()) {
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
