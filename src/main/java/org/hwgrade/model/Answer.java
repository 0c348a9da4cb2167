package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the parser made of one part of one submission. */
public sealed interface Answer {

    /** A value was read, and where. */
    record Found(Value value, Source source) implements Answer {
        public Found {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A person must look: the readings of the part disagree (both are kept, with their lines), the
     * evidence is too weak to grade, or the file cannot be read as text (a scan, an image).
     * {@code reason} says which; it is shown instead of a score, and no key is shown.
     */
    record ForReview(String reason, List<Found> readings) implements Answer {
        public ForReview {
            Objects.requireNonNull(reason, "reason");
            readings = List.copyOf(readings);
        }
    }

    /**
     * Nothing usable was read; {@code reason} says why (no region for the problem, no label, a value
     * that could not be read), and {@code near} points at the offending text when there is one.
     */
    record Missing(String reason, Optional<Source> near) implements Answer {
        public Missing {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(near, "near");
        }
    }
}
