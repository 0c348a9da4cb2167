package org.hwgrade.compare;

import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;

/**
 * Grades a symbolic (expression) answer. The comparator hands every expression part to one of these,
 * so the checker (SymbolicCheckerJudge: parse both, evaluate at random points) is plugged in
 * without the grader knowing it. Implementations receive untrusted student text: they should
 * return {@link Judgement#review} rather than throw, and the grader treats a throw the same way.
 */
@FunctionalInterface
public interface SymbolicJudge {

    /**
     * @param part        the part being graded (its symbols are declared on {@code problem})
     * @param problem     the problem the part belongs to
     * @param studentText what the student wrote, as read
     * @param keyText     the key's expression text, empty when the solver gives none
     */
    Judgement judge(Part part, Problem problem, String studentText, String keyText);
}
