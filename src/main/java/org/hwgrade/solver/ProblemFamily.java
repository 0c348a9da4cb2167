package org.hwgrade.solver;

import java.util.Set;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/**
 * A kind of problem (convolution with ReLU, CNN shapes, parameter counts, softmax regression) that
 * turns a problem's givens into a {@link QuantityGraph}. General beyond homework 3's numbers.
 */
public interface ProblemFamily {

    /** The name used in rubric files: {@code family: conv-relu}. */
    String name();

    /** The mistake flags this family's formulas understand, for validating rubrics. */
    Set<String> flags();

    /**
     * @throws RubricException when the givens are missing, of the wrong type, or describe an
     *                         impossible computation (naming the given or layer at fault)
     */
    QuantityGraph build(Problem problem);
}
