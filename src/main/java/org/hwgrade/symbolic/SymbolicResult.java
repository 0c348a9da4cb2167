package org.hwgrade.symbolic;

import java.util.Objects;

/**
 * The verdict on one symbolic answer compared with its key.
 *
 * @param status what the comparison found
 * @param detail why, in words a student can read: for {@link Status#DIFFERENT} the instance and the
 *     entry that differ, for {@link Status#UNREADABLE} the reason with the offending text
 */
public record SymbolicResult(Status status, String detail) {

    /** The four outcomes of a comparison. */
    public enum Status {
        /** Equal to the key at every random instance. */
        EQUIVALENT,
        /** Equal to the transpose of the key at every instance, but not to the key. */
        TRANSPOSED,
        /** Readable, but not equal to the key (or undefined) at some instance. */
        DIFFERENT,
        /** The text cannot be read as an expression over the declared symbols. */
        UNREADABLE
    }

    public SymbolicResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    static SymbolicResult of(Status status, String detail) {
        return new SymbolicResult(status, detail);
    }
}
