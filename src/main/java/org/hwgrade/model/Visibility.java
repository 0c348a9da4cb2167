package org.hwgrade.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When students see a part's test on an autograder platform, in Gradescope's own words: a rubric
 * sets it per problem or part ({@code visibility: after_due_date}) for a part whose score should not
 * be seen before the deadline, or {@code hidden} for one it should never show (docs/rubric.md).
 */
public enum Visibility {
    HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED, VISIBLE;

    /** The spelling in rubrics and in Gradescope's results.json: hidden, after_due_date, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility spelled {@code text}, if it is one. */
    public static Optional<Visibility> named(String text) {
        return Arrays.stream(values()).filter(v -> v.key().equals(text.strip())).findFirst();
    }

    /** "hidden, after_due_date, after_published, visible", for error messages and docs. */
    public static String spellings() {
        return Arrays.stream(values()).map(Visibility::key).collect(Collectors.joining(", "));
    }
}
