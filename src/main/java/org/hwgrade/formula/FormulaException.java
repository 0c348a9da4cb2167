package org.hwgrade.formula;

import org.hwgrade.model.HwgradeException;

/**
 * A formula that cannot be read or evaluated. It points into the formula's own text ({@link #offset()},
 * 0-based, and {@link #length()} characters) at the token, argument or operator at fault; the rubric
 * loader adds the formula's place in its file to report {@code file:line:column}.
 */
public class FormulaException extends HwgradeException {

    private final int offset;
    private final int length;

    public FormulaException(String message, Span span, String hint) {
        super(message, null, hint);
        this.offset = span.offset();
        this.length = span.length();
    }

    /** 0-based character offset of the fault inside the formula text. */
    public int offset() {
        return offset;
    }

    /** How many characters the fault spans (at least 1 except at the end of the text). */
    public int length() {
        return length;
    }

    public Span span() {
        return new Span(offset, length);
    }
}
