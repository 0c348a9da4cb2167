package org.hwgrade.symbolic;

/**
 * A readable expression has no value at one instance (shapes that do not fit, division by zero, an
 * index out of range): becomes a DIFFERENT verdict, never leaves the package.
 */
sealed class EvalException extends Exception permits AmbiguousProductException {

    EvalException(String message) {
        super(message, null, false, false);
    }
}
