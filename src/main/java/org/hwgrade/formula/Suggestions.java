package org.hwgrade.formula;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints: the known word nearest in edit distance, if it is near enough to be a typo. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(word, k)).thenComparing(k -> k))
                .filter(k -> DISTANCE.apply(word, k) <= Math.max(1, k.length() / 3));
    }

    /** "did you mean conv2d?" or an empty string. */
    public static String didYouMean(String word, Collection<String> known) {
        return closest(word, known).map(k -> "did you mean " + k + "?").orElse("");
    }
}
