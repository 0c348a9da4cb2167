package org.hwgrade.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Expression;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Match;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Source;
import org.hwgrade.model.Submission;
import org.hwgrade.model.Value;
import org.hwgrade.model.Verdict;
import org.hwgrade.solver.QuantityGraph;
import org.hwgrade.solver.Variant;

/**
 * Grades one part of one submission. A found answer is compared with four kinds of reference and
 * the best score wins: the key (with per-entry credit for matrices), each of the part's
 * misconceptions (the part's quantity recomputed with the misconception's mistake in place), follow-through
 * (the part's quantity recomputed from the student's own answers to the parts it depends on), and,
 * when follow-through does not explain the answer, the misconceptions inherited from upstream parts
 * ({@link InheritedMisconceptions}). On a tie the key is preferred, then follow-through, then the
 * misconceptions in rubric order, then the inherited ones. An answer that is a misconception's value
 * but earns more by its right entries keeps the entries' credit and is reported as the misconception.
 */
public final class PartGrader {

    /** Tie-break order: lower wins. Misconceptions take MISCONCEPTION + their index. */
    private static final int KEY = 0;
    private static final int FOLLOW_THROUGH = 1;
    private static final int MISCONCEPTION = 2;

    /** What a part of {@code kind: manual} says until a person has scored it. */
    public static final String BY_PERSON = "this part is graded by a person; it waits for review";

    private final SymbolicJudge judge;
    private final boolean keyHidden;
    private final Map<MisconceptionOf, Optional<Value>> wrongValues = new ConcurrentHashMap<>();
    private final Map<MisconceptionOf, List<InheritedMisconceptions.Inherited>> inherited = new ConcurrentHashMap<>();
    private final Map<MisconceptionOf, List<SymbolicMistakes.Redefined>> redefinitions = new ConcurrentHashMap<>();

    public PartGrader(SymbolicJudge judge) {
        this(judge, false);
    }

    /** @param keyHidden true to keep every key value out of the results, whatever the rubric's show_key */
    public PartGrader(SymbolicJudge judge, boolean keyHidden) {
        this.judge = Objects.requireNonNull(judge, "judge");
        this.keyHidden = keyHidden;
    }

    /**
     * @param graph the problem's quantity graph; may be null for a problem whose parts are all
     *              symbolic, as the key is then only passed to the judge as text
     * @throws IllegalArgumentException when a numeric part's quantity is not in the graph (a rubric
     *                                  and solver that do not belong together, never the student's doing)
     */
    public PartResult grade(Problem problem, Part part, QuantityGraph graph, Submission submission,
            GradingDefaults defaults) {
        PartSettings settings = keyHidden ? PartSettings.of(part, defaults).withKeyHidden() : PartSettings.of(part, defaults);
        Optional<Value> key = part.options().isPresent()
                ? part.options().get().key(keyOf(part, graph)).map(Value.class::cast) : keyOf(part, graph);
        Optional<Value> shownKey = settings.showKey() ? key : Optional.empty();
        if (submission.unreadable().isPresent()) {
            // A file that could not be read is handed in again: showing the key now would give it away.
            return missing(part, submission.unreadable().get(), Optional.empty(), Optional.empty());
        }
        Answer answer = submission.answer(part.id());
        if (part.kind() == AnswerKind.MANUAL) {
            return byPerson(part, answer);
        }
        if (answer instanceof Answer.Missing m) {
            return missing(part, m.reason(), m.near(), shownKey);
        }
        if (answer instanceof Answer.ForReview r) {
            return forReview(part, r);
        }
        Answer.Found found = (Answer.Found) answer;
        if (part.options().isPresent()) {
            return chosen(part, found, key, shownKey);
        }
        if (part.kind() == AnswerKind.EXPRESSION || key.orElse(null) instanceof Expression) {
            return judged(problem, part, graph, submission, defaults, found, key, shownKey, settings);
        }
        Value keyValue = key.orElseThrow(() -> new IllegalArgumentException(
                "part " + part.id() + ": quantity " + part.quantity() + " is not in the graph of problem " + problem.id()));
        Candidate best = best(problem, part, graph, submission, defaults, settings, found.value(), keyValue);
        return result(part, best.credit(), Credits.verdictOf(best.credit()), best.match(), found, shownKey, best.feedback());
    }

    /** The key's candidate, each matching misconception and follow-through; the best one wins. */
    private Candidate best(Problem problem, Part part, QuantityGraph graph, Submission submission,
            GradingDefaults defaults, PartSettings settings, Value received, Value key) {
        ValueComparison.KeyCheck check = ValueComparison.againstKey(received, key, settings);
        Candidate fromKey = new Candidate(check.credit(), new Match.Key(), check.feedback(), KEY);
        if (check.credit().equals(Rational.ONE)) {
            return fromKey;
        }
        List<Candidate> matched = new ArrayList<>();
        if (check.credit().signum() > 0) {
            matched.add(fromKey);
        }
        Optional<Candidate> followThrough = followThrough(problem, part, graph, submission, defaults, settings, received, key);
        followThrough.ifPresent(matched::add);
        List<Candidate> misconceptions = misconceptions(part, graph, settings, received, key);
        if (followThrough.isEmpty()) {
            // The student's own upstream answers do not explain this one: a mistake made upstream may.
            misconceptions.addAll(inheritedMisconceptions(problem, part, graph, submission, defaults, settings, received, key));
        }
        matched.addAll(misconceptions);
        Optional<Candidate> winner = matched.stream()
                .max(Comparator.comparing(Candidate::credit).thenComparing(Candidate::rank, Comparator.reverseOrder()));
        if (winner.isEmpty()) {
            return new Candidate(Rational.ZERO, new Match.None(), check.feedback(), KEY);
        }
        if (winner.get() == fromKey && !misconceptions.isEmpty()) {
            return namedMistake(fromKey, misconceptions);
        }
        // A recognised mistake is worth explaining even when another reference scored higher.
        List<String> feedback = new ArrayList<>(winner.get().feedback());
        for (Candidate m : misconceptions) {
            if (m != winner.get()) {
                feedback.addAll(m.feedback());
            }
        }
        return winner.get().withFeedback(feedback);
    }

    /**
     * An answer that is a named mistake in full but whose right entries earn more than the
     * mistake's credit: the entries' credit is kept (naming the mistake never costs points), and
     * the mistake is what the answer matched, its feedback first, as a TA would write "you left out
     * the one-hot (2 of 3 entries right)". The entries' lines follow, then any other mistake's.
     */
    private static Candidate namedMistake(Candidate fromKey, List<Candidate> misconceptions) {
        Candidate first = misconceptions.stream().min(Comparator.comparing(Candidate::rank)).orElseThrow();
        List<String> feedback = new ArrayList<>(first.feedback());
        feedback.addAll(fromKey.feedback());
        misconceptions.stream().filter(m -> m != first).forEach(m -> feedback.addAll(m.feedback()));
        return new Candidate(fromKey.credit(), first.match(), feedback, first.rank());
    }

    private List<Candidate> misconceptions(Part part, QuantityGraph graph, PartSettings settings, Value received,
            Value key) {
        List<Candidate> out = new ArrayList<>();
        List<Value> seen = new ArrayList<>();
        List<Misconception> all = part.misconceptions();
        for (int i = 0; i < all.size(); i++) {
            Misconception m = all.get(i);
            Optional<Value> computed = wrongValue(graph, part, m);
            if (computed.isEmpty()) {
                continue; // the mistake cannot happen with these givens (it makes a later layer impossible)
            }
            Value wrong = computed.get();
            if (ValueComparison.agrees(wrong, key, settings)) {
                continue; // this mistake gives the right answer here: the key wins
            }
            if (seen.stream().anyMatch(earlier -> ValueComparison.agrees(wrong, earlier, settings))) {
                continue; // two mistakes that give the same answer here: the first listed explains it
            }
            seen.add(wrong);
            if (ValueComparison.agrees(received, wrong, settings)) {
                out.add(new Candidate(Credits.clamp(m.credit()), new Match.Misconceived(m.name()),
                        List.of(m.feedback()), MISCONCEPTION + i));
            }
        }
        return out;
    }

    /**
     * An upstream part's mistake that this answer follows from. Its credit is the follow-through
     * credit when the student's upstream answer was not fully right (the mistake was already
     * penalised there: error carried forward); otherwise, or without follow-through, the mistake is
     * priced here as its rubric says.
     */
    private List<Candidate> inheritedMisconceptions(Problem problem, Part part, QuantityGraph graph,
            Submission submission, GradingDefaults defaults, PartSettings settings, Value received, Value key) {
        List<Candidate> out = new ArrayList<>();
        List<InheritedMisconceptions.Inherited> all = inherited.computeIfAbsent(new MisconceptionOf(graph, part, null),
                k -> InheritedMisconceptions.of(problem, part, graph));
        List<Value> seen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            InheritedMisconceptions.Inherited in = all.get(i);
            if (in.value().isEmpty()) {
                continue;
            }
            Value wrong = in.value().get();
            if (ValueComparison.agrees(wrong, key, settings) || explainedByOwn(part, graph, wrong, settings)
                    || seen.stream().anyMatch(earlier -> ValueComparison.agrees(wrong, earlier, settings))) {
                continue; // the key, the part's own mistake or an earlier part's explains this value first
            }
            seen.add(wrong);
            if (!ValueComparison.agrees(received, wrong, settings)) {
                continue;
            }
            Misconception m = in.misconception();
            Rational credit = settings.followThrough().enabled() && !fullyRight(in.from(), graph, submission, defaults)
                    ? settings.followThrough().credit() : m.credit();
            out.add(new Candidate(Credits.clamp(credit), new Match.Misconceived(m.name()),
                    List.of("your answer follows from the mistake in " + in.from().id() + ": " + m.feedback()),
                    MISCONCEPTION + part.misconceptions().size() + i));
        }
        return out;
    }

    /** Whether one of the part's own misconceptions gives the same answer (it explains it first). */
    private boolean explainedByOwn(Part part, QuantityGraph graph, Value wrong, PartSettings settings) {
        return part.misconceptions().stream().map(m -> wrongValue(graph, part, m))
                .anyMatch(v -> v.isPresent() && ValueComparison.agrees(v.get(), wrong, settings));
    }

    private static boolean fullyRight(Part upstream, QuantityGraph graph, Submission submission,
            GradingDefaults defaults) {
        return submission.answer(upstream.id()) instanceof Answer.Found f && keyOf(upstream, graph)
                .map(k -> ValueComparison.agrees(f.value(), k, PartSettings.of(upstream, defaults))).orElse(false);
    }

    private Optional<Candidate> followThrough(Problem problem, Part part, QuantityGraph graph, Submission submission,
            GradingDefaults defaults, PartSettings settings, Value received, Value key) {
        if (!settings.followThrough().enabled()) {
            return Optional.empty();
        }
        Variant variant = Variant.of(part);
        Map<String, Value> own = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        boolean differs = false;
        for (String input : graph.inputsOf(part.quantity())) {
            Optional<Part> upstream = partFor(problem, input, part);
            if (upstream.isEmpty() || !(submission.answer(upstream.get().id()) instanceof Answer.Found f)) {
                continue; // only real attempts count: a missing upstream answer earns nothing downstream
            }
            Value upstreamKey = graph.evaluate(input, variant);
            if (!f.value().getClass().equals(upstreamKey.getClass())) {
                continue; // a shape where a matrix was asked cannot feed the formula
            }
            own.put(input, f.value());
            used.add(upstream.get().id());
            differs |= !ValueComparison.agrees(f.value(), upstreamKey, PartSettings.of(upstream.get(), defaults));
        }
        if (!differs) {
            return Optional.empty();
        }
        Value recomputed;
        try {
            recomputed = graph.recompute(part.quantity(), own, variant);
        } catch (OpException e) {
            // Student values flow into formulas here: one that does not fit (a shape that cannot
            // be convolved, a division by a student's zero) only means follow-through does not
            // apply. Anything else is a bug, and must surface as one rather than as lost credit.
            return Optional.empty();
        }
        if (ValueComparison.agrees(recomputed, key, settings)
                || !ValueComparison.agreesInPlaceOf(received, recomputed, key, settings)) {
            return Optional.empty();
        }
        String feedback = "consistent with your answer" + (used.size() > 1 ? "s" : "") + " to " + joinAnd(used);
        return Optional.of(new Candidate(Credits.clamp(settings.followThrough().credit()),
                new Match.FollowedThrough(used), List.of(feedback), FOLLOW_THROUGH));
    }

    /**
     * A symbolic answer: judged against the key and, when not fully right, against each
     * misconception's expression (the solver's quantity with the misconception's formula in place).
     */
    private PartResult judged(Problem problem, Part part, QuantityGraph graph, Submission submission,
            GradingDefaults defaults, Answer.Found found, Optional<Value> key, Optional<Value> shownKey,
            PartSettings settings) {
        Value value = found.value();
        String studentText = value instanceof Expression e ? e.source() : value.toString();
        String keyText = key.map(PartGrader::text).orElse("");
        Judgement best = judgeSafely(part, problem, studentText, keyText);
        if (!settings.showKey()) {
            best = withoutKeyText(best);
        }
        if (graph != null && best.verdict() != Verdict.CORRECT && best.verdict() != Verdict.REVIEW) {
            for (Misconception m : part.misconceptions()) {
                Optional<String> wrong = wrongValue(graph, part, m).map(PartGrader::text);
                if (wrong.isEmpty() || wrong.equals(key.map(PartGrader::text))) {
                    continue;
                }
                Judgement j = judgeSafely(part, problem, studentText, wrong.get());
                if (j.verdict() == Verdict.CORRECT && Credits.clamp(m.credit()).compareTo(best.credit()) >= 0) {
                    best = Judgement.misconception(m.name(), Credits.clamp(m.credit()), List.of(m.feedback()));
                }
            }
            for (SymbolicMistakes.Redefined r : redefinitions.computeIfAbsent(new MisconceptionOf(graph, part, null),
                    k -> SymbolicMistakes.of(problem, part))) {
                if (best.matched() instanceof Match.Misconceived) {
                    break; // the part's own mistake, or an earlier one, explains the answer first
                }
                if (judgeSafely(part, r.problem(), studentText, keyText).verdict() == Verdict.CORRECT) {
                    best = redefinedMistake(r, part, problem, graph, submission, defaults, settings);
                }
            }
        }
        return result(part, best.credit(), best.verdict(), best.matched(), found, shownKey, best.feedback());
    }

    /**
     * An answer that is the key under a mistake's definitions. The part's own mistake earns its
     * credit; another part's earns the follow-through credit when the student's answer there was
     * not right (the mistake was penalised there), else its own, as numeric inherited mistakes do.
     */
    private Judgement redefinedMistake(SymbolicMistakes.Redefined r, Part part, Problem problem, QuantityGraph graph,
            Submission submission, GradingDefaults defaults, PartSettings settings) {
        Misconception m = r.misconception();
        if (r.from() == part) {
            return Judgement.misconception(m.name(), Credits.clamp(m.credit()), List.of(m.feedback()));
        }
        boolean penalisedUpstream = !(submission.answer(r.from().id()) instanceof Answer.Found f
                && f.value() instanceof Expression e && keyOf(r.from(), graph).map(k -> judgeSafely(r.from(), problem,
                        e.source(), text(k)).verdict() == Verdict.CORRECT).orElse(false));
        Rational credit = settings.followThrough().enabled() && penalisedUpstream ? settings.followThrough().credit() : m.credit();
        return Judgement.misconception(m.name(), Credits.clamp(credit),
                List.of("your answer follows from the mistake in " + r.from().id() + ": " + m.feedback()));
    }

    /**
     * The judge's feedback quotes the key expression; with the key hidden only the verdict is said.
     * A review's reason speaks of the student's own text, so it stays.
     */
    private static Judgement withoutKeyText(Judgement j) {
        String line = switch (j.verdict()) {
            case REVIEW -> null;
            case CORRECT -> "equivalent to the expected expression (checked numerically on random instances)";
            default -> j.matched() instanceof Match.Misconceived m && m.name().equals("transposed") ? "your answer is the transpose of the expected one"
                    : "not equivalent to the expected expression";
        };
        return line == null ? j : new Judgement(j.verdict(), j.credit(), j.matched(), List.of(line));
    }

    private Judgement judgeSafely(Part part, Problem problem, String studentText, String keyText) {
        try {
            return judge.judge(part, problem, studentText, keyText);
        } catch (RuntimeException e) {
            // Student text is untrusted; a checker that trips on it hands the answer to a person.
            return Judgement.review("this answer could not be checked automatically; a person will review it");
        }
    }

    /**
     * The part's quantity as the misconception computes it, once per rubric: every student meets the
     * same few, and building and hashing the variant for each student was a cost of the hot path.
     */
    private Optional<Value> wrongValue(QuantityGraph graph, Part part, Misconception m) {
        return wrongValues.computeIfAbsent(new MisconceptionOf(graph, part, m),
                k -> evaluate(graph, part.quantity(), Variant.of(part, m)));
    }

    /**
     * A misconception of a part in one graph (null: the part itself), compared by identity: the
     * rubric's objects live as long as the run.
     */
    private record MisconceptionOf(QuantityGraph graph, Part part, Misconception misconception) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MisconceptionOf other && other.graph == graph && other.part == part
                    && other.misconception == misconception;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(part) + System.identityHashCode(misconception);
        }
    }

    static Optional<Value> evaluate(QuantityGraph graph, String quantity, Variant variant) {
        try {
            return Optional.of(graph.evaluate(quantity, variant));
        } catch (OpException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(Value v) {
        return v instanceof Expression e ? e.source() : v.toString();
    }

    private static PartResult result(Part part, Rational credit, Verdict verdict, Match match, Answer.Found found,
            Optional<Value> shownKey, List<String> feedback) {
        return new PartResult(part.id(), Fractions.multiply(credit, part.points()), part.points(), verdict, match,
                Optional.of(found.value()), shownKey, feedback, Optional.of(found.source()));
    }

    /**
     * A multiple-choice answer: the right option scores fully, a wrong one a misconception names
     * scores its credit with its feedback, any other wrong one 0, its text named.
     */
    private static PartResult chosen(Part part, Answer.Found found, Optional<Value> key, Optional<Value> shownKey) {
        Value right = key.orElseThrow(() -> new IllegalArgumentException("part " + part.id() + " has no key option"));
        if (!(found.value() instanceof Choice chosen)) {
            return forReview(part, new Answer.ForReview("the answer was not read as an option", List.of(found)));
        }
        if (chosen.equals(right)) {
            return result(part, Rational.ONE, Verdict.CORRECT, new Match.Key(), found, shownKey, List.of());
        }
        for (Misconception m : part.misconceptions()) {
            if (m.option().equals(Optional.of(chosen.letter()))) {
                return result(part, m.credit(), Credits.verdictOf(m.credit()), new Match.Misconceived(m.name()), found,
                        shownKey, List.of(m.feedback()));
            }
        }
        return result(part, Rational.ZERO, Verdict.INCORRECT, new Match.None(), found, shownKey,
                List.of("you chose " + chosen + ", which is not the right option"));
    }

    /**
     * The reader was not sure what the student answered: a person decides, seeing each reading with
     * its line. The key is not shown (it would tell which reading to argue for), and nothing is
     * explained about a value the student may not have meant as the answer.
     */
    private static PartResult forReview(Part part, Answer.ForReview r) {
        List<String> feedback = new ArrayList<>();
        feedback.add(r.reason() + "; a person will review it");
        for (Answer.Found f : r.readings()) {
            feedback.add("read " + f.value() + " at " + f.source().location() + " (" + f.source().how().key() + ")");
        }
        Optional<Source> first = r.readings().stream().map(Answer.Found::source).findFirst();
        return new PartResult(part.id(), Rational.ZERO, part.points(), Verdict.REVIEW, new Match.None(),
                Optional.empty(), Optional.empty(), feedback, first);
    }

    /**
     * A part only a person scores waits for review with what was read (or why nothing was), until
     * overrides.yaml holds the decision; 0 points until then, as every part in review.
     */
    private static PartResult byPerson(Part part, Answer answer) {
        if (answer instanceof Answer.ForReview r) {
            return forReview(part, r);
        }
        List<String> feedback = new ArrayList<>();
        feedback.add(BY_PERSON);
        Optional<Value> received = Optional.empty();
        Optional<Source> source = Optional.empty();
        if (answer instanceof Answer.Found f) {
            received = Optional.of(f.value());
            source = Optional.of(f.source());
        } else if (answer instanceof Answer.Missing m) {
            feedback.add("nothing was read for it: " + m.reason());
            source = m.near();
        }
        return new PartResult(part.id(), Rational.ZERO, part.points(), Verdict.REVIEW, new Match.None(), received,
                Optional.empty(), feedback, source);
    }

    private static PartResult missing(Part part, String reason, Optional<Source> near, Optional<Value> shownKey) {
        return new PartResult(part.id(), Rational.ZERO, part.points(), Verdict.MISSING, new Match.None(),
                Optional.empty(), shownKey, List.of(reason), near);
    }

    /** The key value, when the graph has one for this part's quantity. */
    private static Optional<Value> keyOf(Part part, QuantityGraph graph) {
        if (graph == null || !graph.defines(part.quantity())) {
            return Optional.empty();
        }
        return Optional.of(graph.evaluate(part.quantity(), Variant.of(part)));
    }

    /** The other part of the same problem that asks for {@code quantity}, if any. */
    private static Optional<Part> partFor(Problem problem, String quantity, Part self) {
        return problem.parts().stream()
                .filter(p -> p != self && p.quantity().equals(quantity))
                .findFirst();
    }

    /** "2a", "2a and 2b", "4a, 4b, 4c and 4d". */
    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** One way of scoring the answer: its credit, what it matched, and why. */
    private record Candidate(Rational credit, Match match, List<String> feedback, int rank) {
        Candidate withFeedback(List<String> lines) {
            return new Candidate(credit, match, List.copyOf(lines), rank);
        }
    }
}
