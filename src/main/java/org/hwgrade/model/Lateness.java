package org.hwgrade.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How the late policy judged one hand-in: when it was submitted and where that time came from, the
 * due time that applied to the student (an extension moves it), the whole days late, and the points
 * taken off the total after overrides ({@code scoreBefore} is that total).
 */
public record Lateness(
        Status status,
        Optional<OffsetDateTime> submittedAt,
        String timeFrom,
        OffsetDateTime due,
        boolean extended,
        int days,
        Rational penalty,
        Rational scoreBefore) {

    /** The policy's verdict; only LATE, NOT_ACCEPTED and CAPPED cost points. */
    public enum Status {
        ON_TIME("on_time"),
        IN_GRACE("in_grace"),
        LATE("late"),
        /** Later than max_days under past_max: zero: the total is 0. */
        NOT_ACCEPTED("not_accepted"),
        /** Later than max_days under past_max: cap: the penalty of max_days. */
        CAPPED("capped"),
        /** No time is known for the hand-in: no penalty, and the reports say so. */
        UNKNOWN("unknown");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Lateness {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(timeFrom, "timeFrom");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(scoreBefore, "scoreBefore");
    }
}
