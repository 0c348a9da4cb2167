package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;

/** Paths into the rubric file for the solver's errors, so that they can name a line and column. */
final class RubricPath {

    private RubricPath() {
    }

    static List<String> problem(Problem problem) {
        return List.of("problems", "[id=" + problem.id() + "]");
    }

    static List<String> key(Problem problem, String key) {
        return append(problem(problem), key);
    }

    static List<String> part(Problem problem, Part part, String... keys) {
        return append(append(problem(problem), "parts", "[id=" + part.id() + "]"), keys);
    }

    static List<String> misconception(Problem problem, Part part, Misconception m) {
        return append(part(problem, part), "misconceptions", "[name=" + m.name() + "]");
    }

    private static List<String> append(List<String> path, String... steps) {
        List<String> out = new ArrayList<>(path);
        out.addAll(List.of(steps));
        return out;
    }
}
