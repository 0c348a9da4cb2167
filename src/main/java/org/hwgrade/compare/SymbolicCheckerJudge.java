package org.hwgrade.compare;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.symbolic.SymbolicChecker;
import org.hwgrade.symbolic.SymbolicResult;

/**
 * Grades symbolic parts with the randomized equivalence checker: an equivalent answer earns full
 * credit; a different one earns 0 and is told at which instance it differs; a transposed one earns
 * 0 and is told so (a rubric that lists a {@code transposed} misconception gives it credit through
 * the part's misconceptions); an answer the checker cannot read goes to a person (REVIEW), never 0.
 */
public final class SymbolicCheckerJudge implements SymbolicJudge {

    /**
     * Verdicts kept: a verdict is a pure function of (problem and its definitions, part, key, text), and in a large
     * class most students write one of a few texts. Once full, new texts are still checked, just
     * not kept, so memory stays bounded whatever the class size.
     */
    private static final int MAX_MEMOISED = 20_000;
    /** Longer texts are rarely shared, and would make the memo's bound in bytes loose. */
    private static final int MAX_MEMOISED_TEXT = 400;

    /** By problem id and definitions: a mistake that redefines a symbol has a checker of its own. */
    private final Map<List<Object>, SymbolicChecker> checkers = new ConcurrentHashMap<>();

    /**
     * Reads every symbolic problem's declarations once, so that a rubric whose symbols or
     * definitions cannot be read fails when it is loaded, not when the first student is graded.
     *
     * @throws RubricException naming the problem and the key at fault
     */
    public static void requireReadableDeclarations(Rubric rubric) {
        for (Problem problem : rubric.problems()) {
            if (problem.symbols().isEmpty() && problem.definitions().isEmpty()) {
                continue;
            }
            declarations(problem, "symbols", Map.of());
            declarations(problem, "definitions", problem.definitions());
            for (Problem redefined : SymbolicMistakes.all(problem)) {
                declarations(redefined, "definitions", redefined.definitions()); // a mistake's: 'replace'
            }
        }
    }

    private static void declarations(Problem problem, String key, Map<String, String> definitions) {
        try {
            new SymbolicChecker(problem.symbols(), definitions);
        } catch (IllegalArgumentException e) {
            throw new RubricException("problem " + problem.id() + ": " + e.getMessage(),
                    List.of("problems", "[id=" + problem.id() + "]", key),
                    "see docs/symbolic.md for how symbols and definitions are written", e);
        }
    }
    private final Map<List<Object>, Judgement> verdicts = new ConcurrentHashMap<>();

    @Override
    public Judgement judge(Part part, Problem problem, String studentText, String keyText) {
        if (studentText.length() > MAX_MEMOISED_TEXT || keyText.length() > MAX_MEMOISED_TEXT) {
            return check(part, problem, studentText, keyText);
        }
        List<Object> key = List.of(problem.id(), problem.definitions(), part.id(), keyText, studentText);
        Judgement known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        Judgement judged = check(part, problem, studentText, keyText);
        if (verdicts.size() < MAX_MEMOISED) {
            verdicts.putIfAbsent(key, judged);
        }
        return judged;
    }

    private Judgement check(Part part, Problem problem, String studentText, String keyText) {
        SymbolicChecker checker = checkers.computeIfAbsent(List.of(problem.id(), problem.definitions()),
                id -> new SymbolicChecker(problem.symbols(), problem.definitions()));
        SymbolicResult result = checker.check(studentText, keyText, part.id());
        return switch (result.status()) {
            case EQUIVALENT -> Judgement.credited(Rational.ONE,
                    List.of("equivalent to " + keyText + " (checked numerically on random instances)"));
            case TRANSPOSED -> Judgement.misconception("transposed", Rational.ZERO,
                    List.of("your answer is the transpose of the expected " + keyText));
            case DIFFERENT -> Judgement.credited(Rational.ZERO,
                    List.of("not equivalent to the expected expression: " + result.detail()));
            case UNREADABLE -> Judgement.review("could not be checked automatically (" + result.detail()
                    + "); a person will review it");
        };
    }
}
