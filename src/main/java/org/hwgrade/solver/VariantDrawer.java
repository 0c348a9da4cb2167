package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.AnswerKey;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Given;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.StandardOps;

/**
 * Draws a student's variant of a rubric whose givens are drawn ({@code {integers: [lo, hi]}},
 * {@code {choice: [...]}}). The numbers come from {@link SplittableRandom} seeded by
 * {@link VariantSeed}: problems in rubric order, givens in file order, a part's givens after its
 * problem's. A draw is kept when each of its problem's constraints is true (every entry nonzero)
 * and the problem solves (a part of kind integer has an integer key, no division by zero);
 * otherwise the problem is drawn again, at most {@link #MAX_DRAWS} times, then it is a rubric error.
 */
public final class VariantDrawer {

    /** Enough for constraints that hold in one draw of ten; a rubric that needs more is asking too much. */
    static final int MAX_DRAWS = 100;

    private static final FormulaProblem FORMULAS = new FormulaProblem(StandardOps.REGISTRY);

    private VariantDrawer() {
    }

    /** Whether some given of the rubric is drawn per student; a rubric without is solved once, as ever. */
    public static boolean hasDraws(Rubric rubric) {
        return rubric.problems().stream().anyMatch(VariantDrawer::hasDraws);
    }

    private static boolean hasDraws(Problem p) {
        return p.givens().values().stream().anyMatch(VariantDrawer::hasDraws)
                || p.parts().stream().anyMatch(part -> part.givens().values().stream().anyMatch(VariantDrawer::hasDraws));
    }

    private static boolean hasDraws(Given g) {
        if (Given.drawn(g)) {
            return true;
        }
        if (g instanceof Given.ListOf l) {
            return l.items().stream().anyMatch(VariantDrawer::hasDraws);
        }
        return g instanceof Given.Record r && r.fields().values().stream().anyMatch(VariantDrawer::hasDraws);
    }

    /** @throws RubricException when a problem's constraints reject every one of {@link #MAX_DRAWS} draws */
    public static StudentVariant draw(Rubric template, String student) {
        VariantSeed seed = VariantSeed.of(template.id(), student);
        SplittableRandom random = new SplittableRandom(seed.seed());
        List<Problem> problems = new ArrayList<>();
        Map<String, Value> key = new LinkedHashMap<>();
        Map<String, QuantityGraph> graphs = new LinkedHashMap<>();
        int redraws = 0;
        for (Problem p : template.problems()) {
            int tries = hasDraws(p) ? MAX_DRAWS : 1;
            String rejected = "";
            SolvedRubric solved = null;
            for (int attempt = 0; solved == null && attempt < tries; attempt++) {
                Problem candidate = drawn(p, random);
                Rubric one = new Rubric(template.id(), template.title(), template.defaults(), List.of(candidate));
                rejected = unmet(candidate);
                if (rejected.isEmpty()) {
                    try {
                        solved = Solver.solve(one);
                    } catch (RubricException e) {
                        if (tries == 1) {
                            throw e;
                        }
                        rejected = e.getMessage();
                    }
                }
                if (solved == null) {
                    redraws++;
                } else {
                    problems.add(candidate);
                    key.putAll(solved.key().answers());
                    graphs.putAll(solved.graphs());
                }
            }
            if (solved == null) {
                throw new RubricException("problem " + p.id() + ": no draw of its givens out of " + tries
                        + " met the rubric (for student " + student + "); the last: " + rejected,
                        RubricPath.problem(p), "widen the ranges or loosen the constraints", null);
            }
        }
        Rubric rubric = new Rubric(template.id(), template.title(), template.defaults(), problems, false, template.delivery());
        return new StudentVariant(student, seed, new SolvedRubric(rubric, new AnswerKey(template.id(), key),
                graphs), redraws);
    }

    private static Problem drawn(Problem p, SplittableRandom random) {
        Map<String, Given> givens = drawn(p.givens(), random);
        List<Part> parts = new ArrayList<>();
        for (Part part : p.parts()) {
            parts.add(part.givens().isEmpty() ? part : part.withGivens(drawn(part.givens(), random)));
        }
        return p.with(givens, parts);
    }

    private static Map<String, Given> drawn(Map<String, Given> givens, SplittableRandom random) {
        Map<String, Given> out = new LinkedHashMap<>();
        givens.forEach((name, g) -> out.put(name, drawn(g, random)));
        return out;
    }

    private static Given drawn(Given g, SplittableRandom random) {
        if (g instanceof Given.Integers i) {
            return numbers(i.dims(), () -> Rational.of(random.nextLong(i.low(), i.high() + 1)));
        }
        if (g instanceof Given.Rationals r) {
            // The numerator first, then the denominator, entry after entry (docs/rubric.md, Seed).
            return numbers(r.dims(), () -> {
                long numerator = random.nextLong(r.low(), r.high() + 1);
                return Rational.of(numerator, random.nextLong(r.denominatorLow(), r.denominatorHigh() + 1));
            });
        }
        if (g instanceof Given.Choice c) {
            return drawn(c.options().get(random.nextInt(c.options().size())), random);
        }
        if (g instanceof Given.ListOf l) {
            List<Given> items = new ArrayList<>();
            l.items().forEach(item -> items.add(drawn(item, random)));
            return new Given.ListOf(items);
        }
        if (g instanceof Given.Record r) {
            return new Given.Record(drawn(r.fields(), random));
        }
        return g;
    }

    /** One drawn number, or a tensor of {@code dims} filled in row-major order. */
    private static Given numbers(List<Integer> dims, Supplier<Rational> draw) {
        if (dims.isEmpty()) {
            return new Given.Of(new Scalar(draw.get()));
        }
        int n = dims.stream().reduce(1, Math::multiplyExact);
        List<Num> entries = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            entries.add(draw.get());
        }
        return new Given.Of(new Tensor(dims, entries));
    }

    /** The first constraint the drawn problem does not meet, as a reason; empty when it meets all. */
    private static String unmet(Problem drawn) {
        if (drawn.constraints().isEmpty()) {
            return "";
        }
        Map<String, FormulaText> quantities = new LinkedHashMap<>(drawn.quantities());
        for (int k = 0; k < drawn.constraints().size(); k++) {
            quantities.put(constraintName(k), drawn.constraints().get(k));
        }
        Problem check = new Problem(drawn.id(), drawn.title(), drawn.givens(), quantities,
                drawn.symbols(), drawn.definitions(), drawn.parts());
        QuantityGraph graph = FORMULAS.build(check);
        for (int k = 0; k < drawn.constraints().size(); k++) {
            String formula = drawn.constraints().get(k).text();
            try {
                if (!holds(graph.datum(constraintName(k), Variant.KEY))) {
                    return "the constraint " + formula + " is false";
                }
            } catch (OpException e) {
                return "the constraint " + formula + ": " + e.getMessage();
            }
        }
        return "";
    }

    /** A name no formula can write (formula names have no spaces), so a constraint never shadows a quantity. */
    private static String constraintName(int k) {
        return "constraint " + (k + 1);
    }

    /** True: a nonzero number, a tensor of nonzero entries (a mask such as {@code k > 0}), or a true switch. */
    private static boolean holds(Datum d) {
        if (d instanceof Datum.Flag f) {
            return f.value();
        }
        if (d instanceof Datum.Numeric n && n.value() instanceof Scalar s) {
            return nonzero(s.num());
        }
        return d instanceof Datum.Numeric n && n.value() instanceof Tensor t && t.entries().stream().allMatch(VariantDrawer::nonzero);
    }

    private static boolean nonzero(Num n) {
        return n instanceof Rational r ? r.signum() != 0 : ((Real) n).value() != 0;
    }
}
