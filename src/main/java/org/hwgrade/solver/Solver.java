package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Value;

/**
 * Computes a rubric's answer key. Each problem's family builds its graph; the key is the graph
 * evaluated without flags. Every part must name a quantity of its graph and every misconception
 * flags its family knows, and the part's quantity must be computable under each misconception's
 * flags, so that grading never meets a broken reference later.
 */
public final class Solver {

    private Solver() {
    }

    public static SolvedRubric solve(Rubric rubric) {
        return solve(rubric, Families.standard());
    }

    /** @throws RubricException naming the problem, part or misconception at fault and how to fix it */
    public static SolvedRubric solve(Rubric rubric, Families families) {
        Map<String, QuantityGraph> graphs = new LinkedHashMap<>();
        Map<String, Value> answers = new LinkedHashMap<>();
        for (Problem problem : rubric.problems()) {
            if (graphs.containsKey(problem.id())) {
                throw new RubricException("problem " + problem.id() + " is defined twice", RubricPath.problem(problem),
                        "give every problem its own id", null);
            }
            ProblemFamily family = families.forProblem(problem);
            QuantityGraph graph = family.build(problem);
            requireComplete(graph, problem);
            for (Part part : problem.parts()) {
                answers.put(part.id(), keyOf(graph, family, problem, part));
            }
            graphs.put(problem.id(), graph);
        }
        return new SolvedRubric(rubric, new AnswerKey(rubric.id(), answers), graphs);
    }

    private static Value keyOf(QuantityGraph graph, ProblemFamily family, Problem problem, Part part) {
        List<String> quantities = graph.quantityNames();
        if (!quantities.contains(part.quantity())) {
            throw new RubricException("part " + part.id() + ": family " + family.name() + " has no quantity '"
                    + part.quantity() + "'", RubricPath.part(problem, part, "quantity"),
                    "use one of: " + String.join(", ", quantities), null);
        }
        for (Misconception m : part.misconceptions()) {
            List<String> unknown = new ArrayList<>(new TreeSet<>(m.flags()));
            unknown.removeAll(family.flags());
            if (!unknown.isEmpty()) {
                throw new RubricException("part " + part.id() + ", misconception " + m.name() + ": family "
                        + family.name() + " has no flag " + String.join(", ", unknown), RubricPath.misconception(problem, part, m),
                        family.flags().isEmpty() ? "family " + family.name() + " takes no flags: remove the misconception"
                                : "use flags from: " + String.join(", ", new TreeSet<>(family.flags())), null);
            }
            try {
                graph.evaluate(part.quantity(), m.flags());
            } catch (OpException e) {
                throw new RubricException("part " + part.id() + ", misconception " + m.name() + ": " + e.getMessage(),
                        RubricPath.misconception(problem, part, m),
                        "remove the misconception or change its flags; " + hintOr(e, "check the givens"), e);
            }
        }
        return graph.evaluate(part.quantity(), Set.of());
    }

    /** The key must be complete: every quantity computable without flags. */
    private static void requireComplete(QuantityGraph graph, Problem problem) {
        for (String name : graph.quantityNames()) {
            try {
                graph.evaluate(name, Set.of());
            } catch (OpException e) {
                throw new RubricException("problem " + problem.id() + ": the key " + e.getMessage(),
                        RubricPath.key(problem, "givens"), hintOr(e, "check the givens"), e);
            }
        }
    }

    private static String hintOr(OpException e, String fallback) {
        return e.hint().isEmpty() ? fallback : e.hint();
    }
}
