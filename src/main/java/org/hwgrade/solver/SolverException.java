package org.hwgrade.solver;

/**
 * A formula could not be applied to its inputs (shapes that do not fit, a window larger than the
 * input). Not fatal by itself: on the key it becomes a {@link org.hwgrade.model.RubricException},
 * on a student's own values it only means follow-through does not apply.
 */
public class SolverException extends RuntimeException {

    public SolverException(String message) {
        super(message);
    }
}
