package org.hwgrade.submission;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.submission.LogicalLine.Statement;

/**
 * The third job of the free-form reader: what each statement says. Its left-hand side is matched
 * against the parts' labels (preferring the part whose marker owns the line), or read as an
 * element of a matrix part (k_{12}), or as a given (never an answer); a statement after a word such
 * as "therefore" is flagged, as it is preferred when a part has several.
 */
final class Clauses {

    private static final WordSet THEREFORE = new WordSet("therefore", "thus", "hence", "so", "finally", "answer",
            "final", "따라서", "그러므로", "즉", "답", "정답", "최종", "결과");
    private static final WordSet GIVEN = new WordSet("given", "where", "let", "주어진", "주어졌을", "주어질", "가정",
            "gegeben", "sea", "soit", "input");
    private static final Pattern GIVEN_DERIVATIVE = Pattern.compile("^d(\\w+?)_d(\\w+)$");

    /** What a statement is to the parts of its problem. */
    sealed interface Role {
    }

    /** Its left-hand side names the part by {@code label}; {@code own}: inside the part's marker lines. */
    record Labelled(Part part, String label, boolean own) implements Role {
    }

    /** Its left-hand side names one entry of a matrix part. */
    record Entry(Part part, Labels.Element element, boolean own) implements Role {
    }

    /** It states a given of the problem ("where x = ...", "W = ..."). */
    record Given() implements Role {
    }

    /** Nothing on its left names a part: a value in a part's marker lines may still be that part's. */
    record Unlabelled() implements Role {
    }

    private static final Role GIVEN_ROLE = new Given();
    private static final Role UNLABELLED = new Unlabelled();

    /** A statement of a problem's region, what it is, and the part whose marker owns it (if any). */
    record Clause(LogicalLine line, Statement statement, boolean therefore, Role role, Optional<Part> owner) {
    }

    /** Every part label, normalised once per rubric rather than once per statement read. */
    private final Map<String, Labels.Label> labels = new HashMap<>();
    private final Map<String, Set<String>> givenNames = new HashMap<>();

    Clauses(Rubric rubric) {
        rubric.parts().flatMap(p -> p.writtenLabels().stream()).forEach(raw -> labels.computeIfAbsent(raw, Labels::of));
        for (Problem p : rubric.problems()) {
            givenNames.put(p.id(), givenNamesOf(p));
        }
    }

    private Labels.Label label(String raw) {
        Labels.Label known = labels.get(raw);
        return known != null ? known : Labels.of(raw);
    }

    /** The problem's given names (x, W, dL_dy as dL/dy) and symbols: never an answer by themselves. */
    private static Set<String> givenNamesOf(Problem problem) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : problem.givens().keySet()) {
            Matcher m = GIVEN_DERIVATIVE.matcher(g);
            out.add(m.matches() ? "d" + m.group(1) + "/d" + m.group(2) : g);
        }
        out.addAll(problem.symbols().keySet());
        return Set.copyOf(out);
    }

    Clause classify(Problem problem, LogicalLine ll, Statement s, Optional<Part> owner) {
        String before = ll.clean.substring(s.start(), s.leftEnd());
        boolean therefore = THEREFORE.occursIn(before) || before.contains("\\therefore") || before.indexOf('\u2234') >= 0;
        if (!s.isChain()) {
            return new Clause(ll, s, therefore, GIVEN.occursIn(before) ? GIVEN_ROLE : UNLABELLED, owner);
        }
        String lhs = Labels.normalize(before);
        if (GIVEN.occursIn(before) || givenNames.get(problem.id()).contains(lhs)) {
            return new Clause(ll, s, therefore, GIVEN_ROLE, owner);
        }
        Role role = labelled(problem, lhs, owner);
        if (role == null) {
            role = entry(problem, lhs, owner);
        }
        return new Clause(ll, s, therefore, role == null ? UNLABELLED : role, owner);
    }

    /** The part whose label matches: the owning part's first, then the label nearest the '=', then the longest. */
    private Role labelled(Problem problem, String lhs, Optional<Part> owner) {
        Labelled best = null;
        int bestEnd = -1;
        int bestLen = -1;
        for (Part p : problem.parts()) {
            boolean own = owner.isPresent() && owner.get() == p;
            for (String raw : p.writtenLabels()) {
                Labels.Label label = label(raw);
                int end = Labels.match(label, lhs);
                if (end < 0 || best != null && best.own() && !own) {
                    continue;
                }
                if (best == null || own && !best.own() || end > bestEnd || end == bestEnd && label.norm().length() > bestLen) {
                    best = new Labelled(p, raw, own);
                    bestEnd = end;
                    bestLen = label.norm().length();
                }
            }
        }
        return best;
    }

    private Role entry(Problem problem, String lhs, Optional<Part> owner) {
        for (Part p : problem.parts()) {
            if (p.kind() != AnswerKind.MATRIX) {
                continue;
            }
            for (String raw : p.writtenLabels()) {
                Labels.Element e = Labels.element(label(raw), lhs);
                if (e != null) {
                    return new Entry(p, e, owner.isPresent() && owner.get() == p);
                }
            }
        }
        return null;
    }
}
