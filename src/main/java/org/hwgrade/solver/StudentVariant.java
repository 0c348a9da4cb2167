package org.hwgrade.solver;

import java.util.Objects;

/**
 * One student's problem sheet: the rubric with every drawn given drawn from the student's seed,
 * solved. {@code redraws} counts the draws the constraints rejected before this one.
 */
public record StudentVariant(String student, VariantSeed seed, SolvedRubric solved, int redraws) {

    public StudentVariant {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(solved, "solved");
    }
}
