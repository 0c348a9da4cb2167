package org.hwgrade.submission;

import java.util.function.IntPredicate;

/**
 * Numbered list items as part markers ("1. 98 x 98 x 5" or "(1) 98 x 98 x 5" for a problem's first part), read so only
 * where no other reading is possible: the problem's region has no lettered marker and no plain
 * {@code \item}, and the items that start its lines (after the heading) are numbered exactly 1, 2,
 * ..., n, once each and in order, for a problem of n parts. Anything else (a numbered derivation, a
 * list of three for five parts, numbers out of order) leaves the items as text.
 */
final class NumberedItems {

    private NumberedItems() {
    }

    /** The number of the item a line starts ("1. ", "2) ", "(3) ", at most two digits, a space after), or 0. */
    static int number(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        boolean paren = i < n && line.charAt(i) == '(';
        if (paren) {
            i++;
        }
        int start = i;
        while (i < n && i - start < 3 && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > 2 || i + 1 >= n || line.charAt(i) != ')' && (paren || line.charAt(i) != '.')
                || line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t') {
            return 0;
        }
        return Integer.parseInt(line, start, i, 10);
    }

    /** The characters a numbered item's mark takes at the start of {@code line} ("1. " is 2, "(1) " 3), or 0. */
    static int markEnd(String line) {
        if (number(line) == 0) {
            return 0;
        }
        int i = 0;
        while (line.charAt(i) == ' ' || line.charAt(i) == '\t') {
            i++;
        }
        while (line.charAt(i) != '.' && line.charAt(i) != ')') {
            i++;
        }
        return i + 1;
    }

    /**
     * For each line of {@code [from, to)} the part number (1-based) its item marks, or null when the
     * region's numbered items are not its part markers.
     *
     * @param otherMarker whether line i holds a lettered marker or a plain {@code \item}
     */
    static int[] asMarkers(String[] lines, int from, int to, boolean[] tooLong, int parts, IntPredicate otherMarker) {
        int[] out = null;
        int expected = 1;
        for (int i = from; i < to; i++) {
            if (tooLong[i]) {
                continue;
            }
            if (otherMarker.test(i)) {
                return null;
            }
            int k = number(lines[i]);
            if (k == 0) {
                continue;
            }
            if (k != expected || k > parts) {
                return null;
            }
            if (out == null) {
                out = new int[to - from];
            }
            out[i - from] = k;
            expected++;
        }
        return out != null && expected - 1 == parts ? out : null;
    }
}
