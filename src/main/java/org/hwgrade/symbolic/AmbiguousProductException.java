package org.hwgrade.symbolic;

/**
 * A {@code *} whose two readings, matrix product and entry-by-entry product, both fit the shapes, or
 * a {@code \cdot} between two vectors of one length (dot product or entry-by-entry product):
 * the text is readable but its meaning is not known, so the answer goes to a person (UNREADABLE),
 * never to a confident DIFFERENT.
 */
final class AmbiguousProductException extends EvalException {

    AmbiguousProductException(String message) {
        super(message);
    }
}
