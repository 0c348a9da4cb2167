package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

/**
 * rubrics/dl-hw3.yaml transcribes ASSIGNMENT.md's givens faithfully: solved, it gives the same key
 * as the problems built in {@link Hw3} from the assignment, whose values {@link SolverTest} checks.
 */
class BundledRubricTest {

    @Test
    void theBundledRubricSolvesToTheAssignmentsKey() {
        AnswerKey fromYaml = Solver.solve(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"))).key();
        AnswerKey fromAssignment = Solver.solve(Hw3.rubric()).key();
        assertEquals(fromAssignment.answers(), fromYaml.answers());
    }
}
