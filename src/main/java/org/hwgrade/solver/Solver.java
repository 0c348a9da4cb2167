package org.hwgrade.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Given;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Rational;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.StandardOps;

/**
 * Computes a rubric's answer key. Each problem's formulas (or, for a symbolic problem, its
 * definitions) build its graph; a part's key is its quantity evaluated with the part's own givens. Every part
 * must name a quantity of its graph, its key must fit its kind, and its quantity must be computable
 * under each misconception's mistake, so that grading never meets a broken reference later: the
 * key and every misconception's answer are computed here, once per rubric.
 */
public final class Solver {

    private static final FormulaProblem FORMULAS = new FormulaProblem(StandardOps.REGISTRY);

    private Solver() {
    }

    /** @throws RubricException naming the problem, part or misconception at fault and how to fix it */
    public static SolvedRubric solve(Rubric rubric) {
        Map<String, QuantityGraph> graphs = new LinkedHashMap<>();
        Map<String, Value> answers = new LinkedHashMap<>();
        for (Problem problem : rubric.problems()) {
            if (graphs.containsKey(problem.id())) {
                throw new RubricException("problem " + problem.id() + " is defined twice", RubricPath.problem(problem),
                        "give every problem its own id", null);
            }
            QuantityGraph graph = problem.isSymbolic() ? SymbolicProblem.build(problem) : FORMULAS.build(problem);
            requireComplete(graph, problem);
            for (Part part : problem.parts()) {
                if (part.kind() == AnswerKind.MANUAL) {
                    continue; // scored by a person: no key
                }
                answers.put(part.id(), part.options().isPresent()
                        ? ChoiceKey.of(problem, part, () -> keyOf(graph, problem, part)) : keyOf(graph, problem, part));
            }
            graphs.put(problem.id(), graph);
        }
        return new SolvedRubric(rubric, new AnswerKey(rubric.id(), answers), graphs);
    }

    private static Value keyOf(QuantityGraph graph, Problem problem, Part part) {
        List<String> quantities = graph.quantityNames();
        if (!quantities.contains(part.quantity())) {
            throw new RubricException("part " + part.id() + ": problem " + problem.id() + " has no quantity '"
                    + part.quantity() + "'", RubricPath.part(problem, part, "quantity"),
                    "use one of: " + String.join(", ", quantities), null);
        }
        requireOwnGivens(graph, problem, part);
        Value key;
        try {
            key = graph.evaluate(part.quantity(), Variant.of(part));
        } catch (OpException e) {
            throw located(new RubricException("part " + part.id() + ": the key " + e.getMessage(),
                    RubricPath.part(problem, part, part.givens().isEmpty() ? "quantity" : "givens"),
                    hintOr(e, "check the part's givens"), e), e);
        }
        if (part.kind() == AnswerKind.CHOICE) {
            return key; // matched against the options by ChoiceKey; its mistakes are wrong options
        }
        requireKindFits(problem, part, key);
        for (Misconception m : part.misconceptions()) {
            requireReplaceable(graph, problem, part, m);
            try {
                graph.evaluate(part.quantity(), Variant.of(part, m));
            } catch (OpException e) {
                throw located(new RubricException("part " + part.id() + ", misconception " + m.name() + ": "
                        + e.getMessage(), RubricPath.misconception(problem, part, m),
                        "remove the misconception or change its mistake; " + hintOr(e, "check the givens"), e), e);
            }
        }
        return key;
    }

    /** The part's answer must be a value of its kind: a 1-D tensor for {@code kind: vector}, a 2-D one for {@code matrix}, and so on. */
    private static void requireKindFits(Problem problem, Part part, Value key) {
        boolean fits = switch (part.kind()) {
            case INTEGER -> key instanceof Scalar s && s.num() instanceof Rational r && r.isInteger();
            case NUMBER -> key instanceof Scalar;
            case VECTOR -> key instanceof Tensor t && t.rank() == 1;
            case MATRIX -> key instanceof Tensor t && t.rank() == 2;
            case TENSOR -> key instanceof Tensor;
            case SHAPE -> key instanceof Shape;
            case EXPRESSION -> key instanceof Expression;
            case CHOICE, MANUAL -> false;
        };
        if (!fits) {
            throw new RubricException("part " + part.id() + ": kind " + part.kind().key() + " does not fit its answer "
                    + part.quantity() + " = " + key + ", " + key.describe(), RubricPath.part(problem, part, "kind"),
                    fittingKind(key).map(k -> "write 'kind: " + k.key() + "' (the kind of that value), or ")
                            .orElse("") + "ask for a quantity that is " + expected(part.kind()), null);
        }
    }

    /** The kind whose answers are values like {@code key}, if there is one. */
    private static Optional<AnswerKind> fittingKind(Value key) {
        if (key instanceof Tensor t) {
            return Optional.of(t.rank() == 1 ? AnswerKind.VECTOR : t.rank() == 2 ? AnswerKind.MATRIX : AnswerKind.TENSOR);
        }
        if (key instanceof Scalar s) {
            return Optional.of(s.num() instanceof Rational r && r.isInteger() ? AnswerKind.INTEGER : AnswerKind.NUMBER);
        }
        return Optional.of(key instanceof Shape ? AnswerKind.SHAPE : AnswerKind.EXPRESSION);
    }

    private static String expected(AnswerKind kind) {
        return switch (kind) {
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case VECTOR -> "a vector (one dimension)";
            case MATRIX -> "a matrix (two dimensions)";
            case TENSOR -> "a tensor (a vector, a matrix or more dimensions)";
            case SHAPE -> "a shape (net.a.shape, shape(...))";
            case EXPRESSION -> "an expression";
            case CHOICE -> "one of the options";
            case MANUAL -> "scored by a person";
        };
    }

    /** A part's own givens replace givens of its problem (a symbolic problem has none to replace). */
    private static void requireOwnGivens(QuantityGraph graph, Problem problem, Part part) {
        for (Map.Entry<String, Given> g : part.givens().entrySet()) {
            if (!graph.givens().containsKey(g.getKey())) {
                throw new RubricException("part " + part.id() + ": given " + g.getKey() + " is not a given of problem "
                        + problem.id(), RubricPath.part(problem, part, "givens", g.getKey()),
                        "a part's givens replace the problem's: use one of " + String.join(", ", graph.givens().keySet()),
                        null);
            }
        }
    }

    /** A misconception replaces quantities of its problem's graph, written as formulas. */
    private static void requireReplaceable(QuantityGraph graph, Problem problem, Part part, Misconception m) {
        for (String name : m.replace().keySet()) {
            if (!graph.quantityNames().contains(name) && !graph.givens().containsKey(name)) {
                throw new RubricException("part " + part.id() + ", misconception " + m.name() + ": problem "
                        + problem.id() + " has no quantity " + name + " to replace",
                        RubricPath.misconception(problem, part, m), "replace one of: "
                        + String.join(", ", graph.quantityNames()), null);
            }
        }
    }

    /** The key must be complete: every quantity computable as the problem is written. */
    private static void requireComplete(QuantityGraph graph, Problem problem) {
        for (String name : graph.quantityNames()) {
            try {
                graph.datum(name, Variant.KEY);
            } catch (OpException e) {
                throw located(new RubricException("problem " + problem.id() + ": the key " + e.getMessage(),
                        RubricPath.key(problem, "givens"), hintOr(e, "check the givens"), e), e);
            }
        }
    }

    /** The error at the place inside a formula where the computation failed, when a formula failed. */
    private static RubricException located(RubricException error, OpException e) {
        return FormulaFailure.in(e).map(f -> error.at(f.location())).orElse(error);
    }

    private static String hintOr(OpException e, String fallback) {
        return e.hint().isEmpty() ? fallback : e.hint();
    }
}
