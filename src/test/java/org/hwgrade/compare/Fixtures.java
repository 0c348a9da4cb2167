package org.hwgrade.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.FollowThrough;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.HwgradeException.Location;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Source;
import org.hwgrade.model.Submission;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Tolerance;
import org.hwgrade.model.Value;
import org.hwgrade.solver.Quantity;
import org.hwgrade.solver.QuantityGraph;
import org.hwgrade.solver.SolverException;

/**
 * A small hand-built rubric and its graphs (computed in Java, so the grader is tested apart from the formulas):
 * problem 2: x (given 2×2) → k = 2x (2a, 3 points) → y = k + 1 (2b, 1 point; k must have x's shape) → total = Σk + Σy (2c, 2 points);
 * problem 3: in = (4, 36, 36) → shape.a = (8, H/2, W/2) (3a, 2 points);
 * problem 5: w (given 2×3) → w2 = w (5a, 1 point), a non-square matrix;
 * problem 1: one symbolic part with no graph (1a, 2 points).
 * Key: k = [[2, 4], [6, 8]], y = [[3, 5], [7, 9]], total = 44, shape.a = (8, 18, 18).
 */
final class Fixtures {

    static final String TO_A_PERSON_MESSAGE = "a person reviews symbolic answers in these tests";
    /** A judge that hands every expression to a person: the tests here are about everything else. */
    static final org.hwgrade.compare.SymbolicJudge TO_A_PERSON =
            (part, problem, studentText, keyText) -> Judgement.review(TO_A_PERSON_MESSAGE);


    static final Tensor X = Tensor.ofRows(new long[] {1, 2}, new long[] {3, 4});
    static final Tensor K = Tensor.ofRows(new long[] {2, 4}, new long[] {6, 8});
    static final Tensor Y = Tensor.ofRows(new long[] {3, 5}, new long[] {7, 9});
    static final Tensor W = Tensor.ofRows(new long[] {1, 2, 3}, new long[] {4, 5, 6});
    static final Source SOURCE = new Source("hw.md", 3, 1, "answer", Evidence.LABEL);

    static final Misconception TRIPLED = mistake("tripled", "k", "triple", Rational.of(1, 3),
            "You multiplied by three, not by two.");
    static final Misconception ZEROED = mistake("zeroed", "k", "zero", Rational.ZERO,
            "The result is not all zeros: multiply x by two.");
    static final Misconception LAST_DROPPED = mistake("last_dropped", "k", "drop_last", Rational.ZERO,
            "The last entry is not dropped.");
    static final Misconception HARMLESS = mistake("harmless", "k", "noop", Rational.ONE,
            "This mistake gives the right answer here.");
    static final Misconception IMPOSSIBLE = mistake("impossible", "k", "impossible", Rational.ONE,
            "Never shown.");
    static final Misconception CHANNELS = mistake("channels_not_updated", "shape.a", "channels_not_updated",
            Rational.of(1, 2), "A conv layer outputs as many channels as it has filters.");
    static final Misconception TRANSPOSED = mistake("transposed", "k", "transpose", Rational.of(1, 2),
            "Rows and columns are swapped.");

    /**
     * A misconception that defines {@code quantity} by the fixture formula {@code mistake} (one of
     * the words the hand-built graphs below read: "triple", "zero", ...).
     */
    static Misconception mistake(String name, String quantity, String mistake, Rational credit, String feedback) {
        return new Misconception(name, Map.of(quantity, FormulaText.inline(mistake, new Location("fixture", 1, 1))),
                credit, feedback);
    }

    private Fixtures() {
    }

    static Part part(String id, int points, AnswerKind kind, String quantity, Misconception... misconceptions) {
        return new Part(id, "part " + id, Rational.of(points), kind, quantity, List.of(id), Optional.empty(),
                Optional.empty(), List.of(misconceptions), Optional.empty(), Optional.empty());
    }

    static Part withTolerance(Part p, Tolerance t) {
        return new Part(p.id(), p.title(), p.points(), p.kind(), p.quantity(), p.labels(), Optional.of(t), p.entries(),
                p.misconceptions(), p.followThrough(), p.showKey());
    }

    static Part withEntries(Part p, EntryCredit e) {
        return new Part(p.id(), p.title(), p.points(), p.kind(), p.quantity(), p.labels(), p.tolerance(), Optional.of(e),
                p.misconceptions(), p.followThrough(), p.showKey());
    }

    static Part withFollowThrough(Part p, FollowThrough f) {
        return new Part(p.id(), p.title(), p.points(), p.kind(), p.quantity(), p.labels(), p.tolerance(), p.entries(),
                p.misconceptions(), Optional.of(f), p.showKey());
    }

    static Part withShowKey(Part p, boolean show) {
        return new Part(p.id(), p.title(), p.points(), p.kind(), p.quantity(), p.labels(), p.tolerance(), p.entries(),
                p.misconceptions(), p.followThrough(), Optional.of(show));
    }

    static Part withLayout(Part p, org.hwgrade.model.ShapeLayout layout) {
        return new Part(p.id(), p.title(), p.points(), p.kind(), p.quantity(), p.labels(), p.tolerance(), p.entries(),
                p.misconceptions(), p.followThrough(), p.showKey(), p.givens(), p.formula(), layout);
    }

    static Problem problem(String id, Part... parts) {
        return new Problem(id, "problem " + id, Map.of(), Map.of(), Map.of(), Map.of(), List.of(parts));
    }

    static Problem convProblem() {
        return problem("2",
                part("2a", 3, AnswerKind.MATRIX, "k", TRIPLED, ZEROED, LAST_DROPPED, HARMLESS, TRANSPOSED),
                part("2b", 1, AnswerKind.MATRIX, "y"),
                part("2c", 2, AnswerKind.INTEGER, "total"));
    }

    static Problem shapeProblem() {
        return problem("3", part("3a", 2, AnswerKind.SHAPE, "shape.a", CHANNELS));
    }

    static Problem wideProblem() {
        return problem("5", part("5a", 1, AnswerKind.MATRIX, "w2"));
    }

    static Problem symbolicProblem() {
        return problem("1", part("1a", 2, AnswerKind.EXPRESSION, "dL_ds"));
    }

    static Rubric rubric(GradingDefaults defaults) {
        return new Rubric("test-hw", "Test homework", defaults,
                List.of(symbolicProblem(), convProblem(), shapeProblem(), wideProblem()));
    }

    /** The graph of problem 2, with x as given (the properties vary it). */
    static QuantityGraph convGraph(Tensor x) {
        return QuantityGraph.builder((name, mistake) -> quantity(name, List.of("x"), in -> k(tensor(in.get("x")), mistake.text())))
                .given("x", x)
                .quantity(quantity("k", List.of("x"), in -> k(tensor(in.get("x")), "")))
                .quantity(quantity("y", List.of("x", "k"), in -> {
                    Tensor k = tensor(in.get("k"));
                    if (!k.dims().equals(tensor(in.get("x")).dims())) {
                        throw new SolverException("k must have the shape of x");
                    }
                    return map(k, e -> e.add(1));
                }))
                .quantity(quantity("total", List.of("k", "y"), in -> new Scalar(NumArithmetic.toRational(
                        sum(tensor(in.get("k"))).add(sum(tensor(in.get("y"))))))))
                .build();
    }

    /** k = 2x, or k as the fixture mistake computes it. */
    private static Tensor k(Tensor x, String mistake) {
        switch (mistake) {
            case "impossible" -> throw new SolverException("this mistake cannot happen with these givens");
            case "zero" -> {
                return map(x, e -> BigFraction.ZERO);
            }
            default -> {
            }
        }
        Tensor k = map(x, e -> e.multiply(mistake.equals("triple") ? 3 : 2));
        if (mistake.equals("drop_last")) {
            List<Num> entries = new ArrayList<>(k.entries());
            entries.set(entries.size() - 1, Rational.ZERO);
            return new Tensor(k.dims(), entries);
        }
        return mistake.equals("transpose") ? k.transpose() : k;
    }

    static QuantityGraph shapeGraph() {
        return QuantityGraph.builder((name, mistake) -> quantity(name, List.of("in"), in -> shapeA(in, true)))
                .given("in", Shape.of(4, 36, 36))
                .quantity(quantity("shape.a", List.of("in"), in -> shapeA(in, false)))
                .build();
    }

    private static Shape shapeA(Map<String, Value> in, boolean channelsNotUpdated) {
        List<Integer> d = ((Shape) in.get("in")).dims();
        return Shape.of(channelsNotUpdated ? d.get(0) : 8, d.get(1) / 2, d.get(2) / 2);
    }

    static QuantityGraph wideGraph() {
        return identity("w", W, "w2");
    }

    /** A graph in which quantity {@code name} is the given {@code given} itself; it has no mistakes. */
    static QuantityGraph identity(String given, Value value, String name) {
        return QuantityGraph.builder((q, mistake) -> {
                    throw new SolverException("no mistakes in an identity graph");
                })
                .given(given, value).quantity(quantity(name, List.of(given), in -> in.get(given))).build();
    }

    /** A quantity computed in Java from values (numbers, tensors, shapes), as a hand-built fixture is. */
    static Quantity quantity(String name, List<String> inputs, Function<Map<String, Value>, Value> f) {
        return new Quantity(name, inputs, in -> {
            Map<String, Value> values = new LinkedHashMap<>();
            in.forEach((n, d) -> values.put(n, ((Datum.Numeric) d).value()));
            return Datum.of(f.apply(values));
        });
    }

    /** Graphs by problem id; problem 1 (symbolic) has none. */
    static Map<String, QuantityGraph> graphs() {
        Map<String, QuantityGraph> graphs = new LinkedHashMap<>();
        graphs.put("2", convGraph(X));
        graphs.put("3", shapeGraph());
        graphs.put("5", wideGraph());
        return graphs;
    }

    static Answer found(Value v) {
        return new Answer.Found(v, SOURCE);
    }

    static Submission submission(Map<String, Answer> answers) {
        return new Submission("student", List.of("hw.md"), Optional.empty(), answers, Optional.empty());
    }

    static Tensor matrix(long[]... rows) {
        return Tensor.ofRows(rows);
    }

    static Tensor tensor(Value v) {
        if (v instanceof Tensor t) {
            return t;
        }
        throw new SolverException("expected a tensor, got " + v.describe());
    }

    static Tensor map(Tensor t, UnaryOperator<BigFraction> f) {
        List<Num> out = new ArrayList<>();
        for (Num n : t.entries()) {
            out.add(NumArithmetic.toRational(f.apply(Fractions.exact(n).orElseThrow(() -> new SolverException("not finite")))));
        }
        return new Tensor(t.dims(), out);
    }

    static BigFraction sum(Tensor t) {
        BigFraction s = BigFraction.ZERO;
        for (Num n : t.entries()) {
            s = s.add(Fractions.exact(n).orElseThrow(() -> new SolverException("not finite")));
        }
        return s;
    }
}
