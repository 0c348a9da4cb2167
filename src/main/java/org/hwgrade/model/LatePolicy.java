package org.hwgrade.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The rubric's {@code late:} rule (docs/late.md). A hand-in up to {@code grace} after {@code due}
 * is on time; a later one is late by whole days counted from {@code due} (a part of a day counts as
 * a day), and each day costs {@code perDay} of the assignment's points (a share, 1/10 for "10%"),
 * as Canvas's own late policy does. Past {@code maxDays} (when given) {@code pastMax} decides: the
 * total becomes 0, or the penalty stays that of {@code maxDays}.
 */
public record LatePolicy(OffsetDateTime due, Duration grace, Rational perDay, Optional<Integer> maxDays, PastMax pastMax) {

    /** What a hand-in later than {@code max_days} gets. */
    public enum PastMax {
        /** Not accepted: the total becomes 0. */
        ZERO("zero"),
        /** The penalty of max_days, no more. */
        CAP("cap");

        private final String key;

        PastMax(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public LatePolicy {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(perDay, "perDay");
        Objects.requireNonNull(maxDays, "maxDays");
        Objects.requireNonNull(pastMax, "pastMax");
    }
}
