package org.hwgrade.solver;

import java.util.Set;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * A kind of problem computed in Java rather than by the rubric's formulas (only {@code symbolic}
 * is left: its answers are expressions the symbolic checker reads) that turns a problem into a
 * {@link QuantityGraph}.
 */
public interface ProblemFamily {

    /** The name used in rubric files: {@code family: symbolic}. */
    String name();

    /** The mistake flags this family's formulas understand, for validating rubrics. */
    Set<String> flags();

    /**
     * @throws RubricException when the givens are missing, of the wrong type, or describe an
     *                         impossible computation (naming the given or layer at fault)
     */
    QuantityGraph build(Problem problem);
}
