package org.hwgrade.solver;

import java.util.Collection;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * Checks a family problem's givens, turning a given the family does not read into a
 * {@link RubricException} that names the problem and the given ("problem 1, given x: ...").
 */
final class ProblemGivens {

    private final Problem problem;
    private final String family;

    ProblemGivens(Problem problem, String family) {
        this.problem = problem;
        this.family = family;
    }

    /** Rejects givens the family does not read, which are most likely typos. */
    void requireOnly(Collection<String> known) {
        for (String name : problem.givens().keySet()) {
            if (!known.contains(name)) {
                throw new RubricException("problem " + problem.id() + ", given " + name + ": not used by family "
                        + family, RubricPath.given(problem, name), known.isEmpty()
                        ? "remove it: " + family + " takes no givens"
                        : "remove it or rename it to one of: " + String.join(", ", known), null);
            }
        }
    }
}
