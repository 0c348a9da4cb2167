package org.hwgrade.compare;

import static org.hwgrade.compare.Fixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.apache.commons.math3.fraction.BigFraction;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Tolerance;
import org.hwgrade.model.Verdict;
import org.hwgrade.solver.QuantityGraph;

class CompareProperties {

    private static final PartGrader GRADER = new PartGrader(Fixtures.TO_A_PERSON);

    // ---- 0 ≤ part score ≤ max, and the total is the exact sum of the parts ----

    @Property(tries = 150)
    @StatisticsReport(format = Histogram.class)
    void partScoresStayWithinTheirPointsAndTheTotalIsTheirSum(@ForAll("answers") Map<String, Answer> answers) {
        SubmissionResult r = new SubmissionGrader(Fixtures.TO_A_PERSON).grade(Fixtures.rubric(GradingDefaults.STANDARD),
                Fixtures.graphs()::get, Fixtures.submission(answers));
        BigFraction total = BigFraction.ZERO;
        BigFraction max = BigFraction.ZERO;
        for (PartResult p : r.parts()) {
            assertTrue(p.score().signum() >= 0 && p.score().compareTo(p.maxScore()) <= 0, p.toString());
            total = total.add(NumArithmetic.toFraction(p.score()));
            max = max.add(NumArithmetic.toFraction(p.maxScore()));
        }
        assertEquals(NumArithmetic.toRational(total), r.score());
        assertEquals(NumArithmetic.toRational(max), r.maxScore());
        // The generator must reach every way of scoring, or this property proves little.
        for (PartResult p : r.parts()) {
            Statistics.collect(p.matched().key().replaceAll(":.*", ""));
        }
        Statistics.coverage(c -> {
            for (String match : List.of("key", "misconception", "follow-through", "none")) {
                c.check(match).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        // Small entries near the key's, so that keys, misconceptions and follow-through all occur.
        Arbitrary<Tensor> k = Arbitraries.integers().between(-1, 12).list().ofSize(4).map(CompareProperties::square);
        Arbitrary<Integer> bump = Arbitraries.integers().between(0, 2);
        Arbitrary<Scalar> total = Arbitraries.integers().between(40, 50).map(Scalar::of);
        Arbitrary<Shape> shape = Combinators.combine(Arbitraries.of(4, 8), Arbitraries.of(17, 18), Arbitraries.of(18, 19))
                .as(Shape::of);
        Arbitrary<Boolean> present = Arbitraries.of(true, true, true, false);
        return Combinators.combine(k, bump, total, shape, present, present).as((kv, b, t, s, has2a, has2c) -> {
            Map<String, Answer> m = new LinkedHashMap<>();
            if (has2a) {
                m.put("2a", found(kv));
            }
            m.put("2b", found(Fixtures.map(kv, e -> e.add(b))));
            if (has2c) {
                m.put("2c", found(t));
            }
            m.put("3a", found(s));
            return m;
        });
    }

    // ---- a key value always scores full, under every rule ----

    @Property
    void theKeyAlwaysScoresFull(@ForAll("keys") Tensor key, @ForAll("rules") Optional<Tolerance> rule,
            @ForAll @IntRange(min = 0, max = 10) int points) {
        PartResult r = gradeIdentity(key, key, rule, EntryCredit.PROPORTIONAL, points);
        assertEquals(Rational.of(points), r.score());
        assertEquals(Verdict.CORRECT, r.verdict());
    }

    @Property(tries = 100)
    void theKeyOfTheHandBuiltProblemScoresFullWhateverItsGivens(
            @ForAll @Size(4) List<@IntRange(min = -20, max = 20) Integer> x) {
        Tensor given = square(x);
        QuantityGraph graph = Fixtures.convGraph(given);
        Problem p = Fixtures.convProblem();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Part part : p.parts()) {
            answers.put(part.id(), found(graph.evaluate(part.quantity(), org.hwgrade.solver.Variant.KEY)));
        }
        for (Part part : p.parts()) {
            PartResult r = GRADER.grade(p, part, graph, Fixtures.submission(answers), GradingDefaults.STANDARD);
            assertEquals(part.points(), r.score(), part.id());
        }
    }

    @Provide
    Arbitrary<Tensor> keys() {
        Arbitrary<Num> rational = Combinators.combine(Arbitraries.integers().between(-1000, 1000),
                Arbitraries.integers().between(1, 12)).as((p, q) -> (Num) Rational.of(p, q));
        Arbitrary<Num> real = Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Num) new Real(d));
        Arbitrary<Num> entry = Arbitraries.oneOf(rational, real);
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
                .flatAs((rows, cols) -> entry.list().ofSize(rows * cols).map(e -> Tensor.matrix(rows, cols, e)));
    }

    @Provide
    Arbitrary<Optional<Tolerance>> rules() {
        return Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()),
                Arbitraries.just(Optional.of(new Tolerance.Exact())),
                Combinators.combine(Arbitraries.of(0.0, 1e-6, 1e-2, 0.1), Arbitraries.of(0.0, 1e-8, 1e-3))
                        .as((rtol, atol) -> Optional.of(new Tolerance.RelAbs(rtol, atol))),
                Arbitraries.integers().between(1, 8).map(d -> Optional.of(new Tolerance.SigFig(d))),
                Arbitraries.integers().between(0, 8).map(d -> Optional.of(new Tolerance.DecDig(d))));
    }

    // ---- per-entry credit is monotone in the number of right entries ----

    @Property
    void fixingAWrongEntryNeverLowersTheScore(
            @ForAll @Size(9) List<@IntRange(min = -50, max = 50) Integer> keyEntries,
            @ForAll @Size(9) List<Boolean> wrong,
            @ForAll @IntRange(min = 0, max = 8) int fix,
            @ForAll EntryCredit credit) {
        Tensor key = Tensor.matrix(3, 3, keyEntries.stream().map(e -> (Num) Rational.of(e)).toList());
        List<Boolean> fixed = new ArrayList<>(wrong);
        fixed.set(fix, false);
        // Wrong entries lie outside the key's range, so no answer here is the key's transpose (which scores 0).
        Rational before = gradeIdentity(spoil(key, wrong), key, Optional.empty(), credit, 9).score();
        Rational after = gradeIdentity(spoil(key, fixed), key, Optional.empty(), credit, 9).score();
        assertTrue(after.compareTo(before) >= 0, before + " -> " + after);
        if (credit == EntryCredit.PROPORTIONAL) {
            long right = fixed.stream().filter(w -> !w).count();
            assertEquals(Rational.of(right), after); // 9 points, one per entry
        }
    }

    private static Tensor spoil(Tensor key, List<Boolean> wrong) {
        List<Num> entries = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            Rational e = (Rational) key.entries().get(i);
            entries.add(wrong.get(i) ? Rational.of(e.numerator().longValueExact() + 1000) : e);
        }
        return new Tensor(key.dims(), entries);
    }

    /** Grades {@code received} on a one-part problem whose key is {@code key} itself. */
    private static PartResult gradeIdentity(Tensor received, Tensor key, Optional<Tolerance> rule, EntryCredit credit,
            int points) {
        QuantityGraph graph = Fixtures.identity("g", key, "q");
        Part part = Fixtures.withEntries(Fixtures.part("9a", points, AnswerKind.MATRIX, "q"), credit);
        if (rule.isPresent()) {
            part = Fixtures.withTolerance(part, rule.get());
        }
        Problem problem = Fixtures.problem("9", part);
        return GRADER.grade(problem, part, graph, Fixtures.submission(Map.of("9a", found(received))),
                GradingDefaults.STANDARD);
    }

    private static Tensor square(List<Integer> four) {
        return Tensor.matrix(2, 2, four.stream().map(e -> (Num) Rational.of(e)).toList());
    }
}
