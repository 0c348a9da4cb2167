package org.hwgrade.solver;

import java.util.Optional;
import org.hwgrade.model.HwgradeException.Location;

/**
 * A rubric formula that failed on its inputs (arguments of the wrong shape, a division by zero),
 * with the place in the rubric file of the operand, argument or operator at fault. On the key it
 * becomes a rubric error at that place; on a student's own values, follow-through does not apply.
 */
public final class FormulaFailure extends SolverException {

    private final transient Location location;

    public FormulaFailure(String message, Location location, String hint) {
        super(message, hint);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    /** The formula failure that {@code e} follows from, if any. */
    static Optional<FormulaFailure> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FormulaFailure f) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
