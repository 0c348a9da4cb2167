package org.hwgrade.symbolic;

/** The text cannot be read as an expression: becomes an UNREADABLE verdict, never leaves the package. */
final class ReadException extends Exception {

    ReadException(String message) {
        super(message, null, false, false);
    }
}
