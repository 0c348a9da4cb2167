package org.hwgrade.model;

import java.util.Optional;

/**
 * The one root of fatal errors (a broken rubric, an unwritable output folder). A student's bad file
 * is never one of these: it becomes a result. The CLI catches this type in exactly one place and
 * prints {@link #getMessage()}, which names the file, line and column when known and says how to fix it.
 */
public class HwgradeException extends RuntimeException {

    private final transient Optional<Location> location;
    private final String detail;
    private final String hint;

    public HwgradeException(String message, Location location, String hint) {
        this(message, location, hint, null);
    }

    public HwgradeException(String message, Location location, String hint, Throwable cause) {
        super(format(message, location, hint), cause);
        this.location = Optional.ofNullable(location);
        this.detail = message;
        this.hint = hint == null ? "" : hint;
    }

    public Optional<Location> location() {
        return location;
    }

    /** The message alone, without location and hint. */
    public String detail() {
        return detail;
    }

    public String hint() {
        return hint;
    }

    private static String format(String message, Location location, String hint) {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location).append(": ");
        }
        sb.append(message);
        if (hint != null && !hint.isBlank()) {
            sb.append("\n  hint: ").append(hint);
        }
        return sb.toString();
    }

    /** A place in an input file; line and column are 1-based, 0 when unknown. */
    public record Location(String file, int line, int column) {
        @Override
        public String toString() {
            if (line <= 0) {
                return file;
            }
            return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
        }
    }
}
