package org.hwgrade.submission;

import java.util.Locale;
import java.util.Set;

/**
 * A small set of signal words ("therefore", "따라서", "given") looked up in running text: whole
 * words only, case-insensitive, and not LaTeX commands (\therefore is handled by the caller).
 * Statements are scanned word by word, so a word is compared only with the signal words of its
 * length, in place, without building a string for it.
 */
final class WordSet {

    private static final int MAX_LENGTH = 12;

    /** The words by length: a candidate is compared only with words as long as itself. */
    private final String[][] byLength = new String[MAX_LENGTH + 1][];

    WordSet(String... words) {
        for (String w : Set.of(words)) {
            if (w.isEmpty() || w.length() > MAX_LENGTH || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("signal words are lower case and at most " + MAX_LENGTH + " letters: " + w);
            }
            String[] same = byLength[w.length()];
            String[] grown = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            grown[grown.length - 1] = w;
            byLength[w.length()] = grown;
        }
    }

    /** Whether a whole word of {@code text} (not a LaTeX command) is one of the words. */
    boolean occursIn(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length > 0 && length <= MAX_LENGTH && byLength[length] != null
                    && (start == 0 || text.charAt(start - 1) != '\\') && isWordAt(text, start, length)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWordAt(String text, int start, int length) {
        char first = Character.toLowerCase(text.charAt(start));
        for (String w : byLength[length]) {
            if (w.charAt(0) == first && text.regionMatches(true, start, w, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
