package org.hwgrade.report;

import java.util.Locale;

/**
 * How much of the grading a student-facing output shows, from least to most. Student CI runs at
 * {@link #FOUND} by default: which parts were read, and how, with no score and no key, so that a
 * repository's CI cannot be used to search for the answers.
 */
public enum Reveal {
    /** Only that the hand-in was received and could be read. */
    NONE,
    /** Per part: found or not, where it was read and the value read; no verdicts, no scores. */
    FOUND,
    /** Verdicts, scores and feedback, with every key value left out. */
    CORRECTNESS,
    /** Everything, including the expected values where the rubric's show_key allows them. */
    KEY;

    /** The spelling on the command line and in reports: none, found, correctness, key. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean showsScores() {
        return compareTo(CORRECTNESS) >= 0;
    }

    public boolean showsParts() {
        return compareTo(FOUND) >= 0;
    }
}
