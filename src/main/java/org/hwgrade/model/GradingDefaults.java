package org.hwgrade.model;

import java.util.Objects;

/**
 * Assignment-wide grading settings that a part may override: the rule for rational keys (exact by
 * default), the rule for irrational keys (relabs by default), matrix credit, follow-through and
 * whether students are shown the key in their feedback.
 */
public record GradingDefaults(
        Tolerance rationalTolerance,
        Tolerance irrationalTolerance,
        EntryCredit entries,
        FollowThrough followThrough,
        boolean showKey) {

    public static final GradingDefaults STANDARD = new GradingDefaults(
            new Tolerance.Exact(), new Tolerance.RelAbs(1e-2, 1e-8), EntryCredit.PROPORTIONAL, FollowThrough.FULL, true);

    public GradingDefaults {
        Objects.requireNonNull(rationalTolerance, "rationalTolerance");
        Objects.requireNonNull(irrationalTolerance, "irrationalTolerance");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(followThrough, "followThrough");
    }
}
