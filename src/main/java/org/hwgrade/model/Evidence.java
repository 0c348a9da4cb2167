package org.hwgrade.model;

import java.util.Locale;

/**
 * How the reader tied a value to its part. The first four name the part explicitly; the others
 * find a value the student did not label, and a part read by them goes to review when another
 * reading of the same lines disagrees.
 */
public enum Evidence {
    /** A structured file's key (YAML/JSON) names the part. */
    KEY,
    /** The part's label before '=' ("k = ..."). */
    LABEL,
    /** A value after the part's own marker ("(a) ... = 64", "(b) $280$"). */
    MARKER,
    /** A matrix assembled from element-wise answers (k_{11} = 4, ...). */
    ELEMENTS,
    /** The part's \boxed{...} value. */
    BOXED,
    /** The value after "answer", "답", "final" in the part's lines. */
    ANSWER_WORD,
    /** The only value written in the part's lines. */
    ONLY_VALUE,
    /** The last of several values written in the part's lines. */
    LAST_VALUE;

    /** The spelling used in results.json and extract: "label", "last_value". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
