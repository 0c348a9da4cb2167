package org.hwgrade.solver;

/**
 * A formula could not be applied to its inputs (shapes that do not fit, a window larger than the
 * input). Not fatal by itself: on the key it becomes a {@link org.hwgrade.model.RubricException},
 * on a student's own values it only means follow-through does not apply. {@link #hint()} says how
 * to fix the input when there is something to say (empty otherwise).
 */
public class SolverException extends RuntimeException {

    private final String hint;

    public SolverException(String message) {
        this(message, "");
    }

    public SolverException(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() {
        return hint;
    }
}
