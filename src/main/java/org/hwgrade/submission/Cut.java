package org.hwgrade.submission;

/**
 * Cuts text to a length without splitting a surrogate pair: half an emoji is not text, and the
 * JSON and XML writers reject it, which once cost a whole class its reports.
 */
final class Cut {

    private Cut() {
    }

    /** The first {@code max} chars of {@code text}, one fewer when the last would be half a pair. */
    static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, end(text, max));
    }

    /** {@code text[from, from + max)}, both ends moved inside so that no pair is split. */
    static String range(String text, int from, int max) {
        int start = from > 0 && from < text.length() && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
        int end = Math.min(text.length(), start + max);
        return text.substring(start, end < text.length() ? end(text, end) : end);
    }

    private static int end(String text, int end) {
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }
}
