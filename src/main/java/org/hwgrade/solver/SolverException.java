package org.hwgrade.solver;

import org.hwgrade.formula.OpException;

/**
 * A formula could not be applied to its inputs. An {@link OpException} raised inside an op means
 * the same, so the solver catches {@link OpException}, of which this is the solver's own kind. On the
 * key it becomes a {@link org.hwgrade.model.RubricException}, on a student's own values it only
 * means follow-through does not apply.
 */
public class SolverException extends OpException {

    public SolverException(String message) {
        super(message);
    }

    public SolverException(String message, String hint) {
        super(message, hint);
    }

    /** @param cause the failure this one follows from (an input that could not be computed), or null */
    public SolverException(String message, String hint, Throwable cause) {
        super(message, hint);
        initCause(cause);
    }
}
