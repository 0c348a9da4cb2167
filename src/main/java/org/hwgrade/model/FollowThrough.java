package org.hwgrade.model;

import java.util.Objects;

/**
 * Error carried forward: when the part's quantity, recomputed from the student's own answers to
 * the parts it depends on, equals the student's answer, the part earns {@code credit} of its points.
 */
public record FollowThrough(boolean enabled, Rational credit) {

    public static final FollowThrough FULL = new FollowThrough(true, Rational.ONE);
    public static final FollowThrough DISABLED = new FollowThrough(false, Rational.ZERO);

    public FollowThrough {
        Objects.requireNonNull(credit, "credit");
    }
}
