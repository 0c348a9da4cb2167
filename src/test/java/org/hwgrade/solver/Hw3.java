package org.hwgrade.solver;

import java.nio.file.Path;
import java.util.Map;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Given;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Tensor;
import org.hwgrade.rubric.RubricLoader;

/** Homework 3 as the bundled rubric writes it (rubrics/dl-hw3.yaml), and helpers to evaluate its mistakes. */
final class Hw3 {

    static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"));
    static final SolvedRubric SOLVED = Solver.solve(RUBRIC);

    private Hw3() {
    }

    /** The variant of the named misconception of the part. */
    static Variant mistake(String partId, String name) {
        Part part = RUBRIC.part(partId);
        Misconception m = part.misconceptions().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return Variant.of(part, m);
    }

    /** The misconception's variant with some givens of the problem set to other values. */
    static Variant withGivens(Variant v, Map<String, Given> givens) {
        return new Variant(givens, v.replaced());
    }

    /** The key with one given set to another value. */
    static Variant given(String name, Given value) {
        return new Variant(Map.of(name, value), Map.<String, FormulaText>of());
    }

    static Tensor matrix(long[]... rows) {
        return Tensor.ofRows(rows);
    }
}
