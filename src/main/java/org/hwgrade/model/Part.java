package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One graded part of a problem: it names the quantity of the problem's graph whose value is the
 * answer (or gives its own {@code formula}, then the quantity is named after the part), the labels
 * a student may write for it, and how it is compared and credited. {@code givens} override the
 * problem's givens for this part only (stride 2 in (b)); what depends on them is recomputed.
 * Optional grading settings fall back to the rubric's {@link GradingDefaults}. {@code layout} is the
 * order its image shapes are written in, by its key and by the students: (C, H, W) or H×W×C.
 * {@code options} are a multiple-choice part's options ({@code kind: choice}); {@code visibility},
 * when the rubric sets it, is when students see the part's test on an autograder platform.
 */
public record Part(
        String id,
        String title,
        Rational points,
        AnswerKind kind,
        String quantity,
        List<String> labels,
        Optional<Tolerance> tolerance,
        Optional<EntryCredit> entries,
        List<Misconception> misconceptions,
        Optional<FollowThrough> followThrough,
        Optional<Boolean> showKey,
        Map<String, Given> givens,
        Optional<FormulaText> formula,
        ShapeLayout layout,
        Optional<Options> options,
        Optional<Visibility> visibility) {

    public Part {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        labels = List.copyOf(labels);
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(entries, "entries");
        misconceptions = List.copyOf(misconceptions);
        Objects.requireNonNull(followThrough, "followThrough");
        Objects.requireNonNull(showKey, "showKey");
        givens = Collections.unmodifiableMap(new LinkedHashMap<>(givens));
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A part whose visibility on an autograder platform follows the reveal level. */
    public Part(String id, String title, Rational points, AnswerKind kind, String quantity, List<String> labels,
            Optional<Tolerance> tolerance, Optional<EntryCredit> entries, List<Misconception> misconceptions,
            Optional<FollowThrough> followThrough, Optional<Boolean> showKey, Map<String, Given> givens,
            Optional<FormulaText> formula, ShapeLayout layout, Optional<Options> options) {
        this(id, title, points, kind, quantity, labels, tolerance, entries, misconceptions, followThrough, showKey,
                givens, formula, layout, options, Optional.empty());
    }

    /**
     * The id's hash, not the record's: the reader keys maps by problem and part for every student, and
     * hashing every given, formula and misconception on each lookup was 7% of the samples of a class run (JFR).
     * Equal records have equal ids, so this agrees with the record's {@code equals}.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A part that is not multiple choice. */
    public Part(String id, String title, Rational points, AnswerKind kind, String quantity, List<String> labels,
            Optional<Tolerance> tolerance, Optional<EntryCredit> entries, List<Misconception> misconceptions,
            Optional<FollowThrough> followThrough, Optional<Boolean> showKey, Map<String, Given> givens,
            Optional<FormulaText> formula, ShapeLayout layout) {
        this(id, title, points, kind, quantity, labels, tolerance, entries, misconceptions, followThrough, showKey,
                givens, formula, layout, Optional.empty());
    }

    /** A part whose shapes, if any, are written (C, H, W). */
    public Part(String id, String title, Rational points, AnswerKind kind, String quantity, List<String> labels,
            Optional<Tolerance> tolerance, Optional<EntryCredit> entries, List<Misconception> misconceptions,
            Optional<FollowThrough> followThrough, Optional<Boolean> showKey, Map<String, Given> givens,
            Optional<FormulaText> formula) {
        this(id, title, points, kind, quantity, labels, tolerance, entries, misconceptions, followThrough, showKey,
                givens, formula, ShapeLayout.CHW);
    }

    /** A part that names a quantity of its problem and uses the problem's givens as they are. */
    public Part(String id, String title, Rational points, AnswerKind kind, String quantity, List<String> labels,
            Optional<Tolerance> tolerance, Optional<EntryCredit> entries, List<Misconception> misconceptions,
            Optional<FollowThrough> followThrough, Optional<Boolean> showKey) {
        this(id, title, points, kind, quantity, labels, tolerance, entries, misconceptions, followThrough, showKey,
                Map.of(), Optional.empty());
    }

    /**
     * The labels a student writes before this part's '=': the rubric's labels, else the part's id
     * (P1e_keras, Q3), which is what the answer template writes for a part without labels.
     */
    public List<String> writtenLabels() {
        return labels.isEmpty() ? List.of(id) : labels;
    }

    /** The same part with other givens (a student's variant: its givens drawn). */
    public Part withGivens(Map<String, Given> newGivens) {
        return new Part(id, title, points, kind, quantity, labels, tolerance, entries, misconceptions, followThrough,
                showKey, newGivens, formula, layout, options, visibility);
    }

    /** The part letter after the problem id: "a" for part "2a". */
    public String marker(String problemId) {
        return id.startsWith(problemId) ? id.substring(problemId.length()) : id;
    }
}
