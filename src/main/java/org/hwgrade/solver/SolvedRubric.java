package org.hwgrade.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hwgrade.formula.Datum;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Rubric;

/**
 * A rubric with its answer key and each problem's quantity graph (by problem id), which the
 * comparator uses to evaluate misconceptions and to recompute follow-through from a student's values.
 */
public record SolvedRubric(Rubric rubric, AnswerKey key, Map<String, QuantityGraph> graphs) {

    public SolvedRubric {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(key, "key");
        graphs = Collections.unmodifiableMap(new LinkedHashMap<>(graphs));
    }

    /** @throws IllegalArgumentException when no problem has that id */
    public QuantityGraph graphOf(String problemId) {
        QuantityGraph g = graphs.get(problemId);
        if (g == null) {
            throw new IllegalArgumentException("no problem " + problemId + "; problems: " + graphs.keySet());
        }
        return g;
    }

    /** Every given and quantity of the problem, with its key value, in the rubric's order. */
    public Map<String, Datum> quantities(String problemId) {
        return graphOf(problemId).evaluate(Variant.KEY);
    }

}
