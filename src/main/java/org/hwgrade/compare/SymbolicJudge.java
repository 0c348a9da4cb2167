package org.hwgrade.compare;

import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;

/**
 * Grades a symbolic (expression) answer. The comparator hands every expression part to one of these,
 * so a real checker (parse both, evaluate at random points) replaces {@link #REVIEW_BY_PERSON}
 * without touching anything else. Implementations receive untrusted student text: they should
 * return {@link Judgement#review} rather than throw, and the grader treats a throw the same way.
 */
@FunctionalInterface
public interface SymbolicJudge {

    String REVIEW_MESSAGE = "symbolic answers are reviewed by a person for now";

    /** Until symbolic grading is plugged in, every expression goes to a person. */
    SymbolicJudge REVIEW_BY_PERSON = (part, problem, studentText, keyText) -> Judgement.review(REVIEW_MESSAGE);

    /**
     * @param part        the part being graded (its symbols are declared on {@code problem})
     * @param problem     the problem the part belongs to
     * @param studentText what the student wrote, as read
     * @param keyText     the key's expression text, empty when the solver gives none
     */
    Judgement judge(Part part, Problem problem, String studentText, String keyText);
}
