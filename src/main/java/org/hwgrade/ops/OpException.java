package org.hwgrade.ops;

/**
 * An operation could not be applied to its arguments (shapes that do not fit, a window larger than
 * the input, a stride of 0). Not fatal by itself: whoever called the op knows where its arguments
 * came from and turns this into a located error, or, on a student's own values, into "follow-through
 * does not apply". {@link #hint()} says how to fix the arguments when there is something to say
 * (empty otherwise).
 */
public class OpException extends RuntimeException {

    private final String hint;

    public OpException(String message) {
        this(message, "");
    }

    public OpException(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() {
        return hint;
    }
}
