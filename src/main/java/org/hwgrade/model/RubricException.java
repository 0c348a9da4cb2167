package org.hwgrade.model;

/** A rubric that cannot be loaded or solved: unknown key, wrong type, an impossible layer. */
public class RubricException extends HwgradeException {

    public RubricException(String message, Location location, String hint) {
        super(message, location, hint);
    }

    public RubricException(String message, Location location, String hint, Throwable cause) {
        super(message, location, hint, cause);
    }
}
