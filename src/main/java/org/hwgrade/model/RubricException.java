package org.hwgrade.model;

import java.util.List;

/**
 * A rubric that cannot be loaded or solved: unknown key, wrong type, an impossible layer. Errors
 * found after loading (by the solver, which knows families and quantities but not YAML) carry a
 * {@link #path()} into the rubric file instead of a location, so the loader can point at the line.
 */
public class RubricException extends HwgradeException {

    private final transient List<String> path;

    public RubricException(String message, Location location, String hint) {
        this(message, location, hint, null);
    }

    public RubricException(String message, Location location, String hint, Throwable cause) {
        super(message, location, hint, cause);
        this.path = List.of();
    }

    /**
     * @param path steps into the rubric's YAML: a key ("givens") or a list item chosen by one of its
     *             keys ("[id=2a]", "[name=c]"), e.g. [problems, [id=2], parts, [id=2a], quantity]
     */
    public RubricException(String message, List<String> path, String hint, Throwable cause) {
        super(message, null, hint, cause);
        this.path = List.copyOf(path);
    }

    public List<String> path() {
        return path;
    }

    /** The same error, pointing at {@code location}. */
    public RubricException at(Location location) {
        return new RubricException(detail(), location, hint(), this);
    }
}
