package org.hwgrade.formula;

/**
 * An operation could not be applied to its operands (inner dimensions that differ, an exact division
 * by zero), raised where the formula text is not known. The {@link Evaluator} turns it into a
 * {@link FormulaException} pointing at the operator or call at fault; the solver's own computations
 * raise its subclass {@code SolverException}. {@link #hint()} says how to fix it, or is empty.
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
