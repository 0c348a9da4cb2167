package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One graded part of a problem: it names the quantity of the problem's graph whose value is the
 * answer, the labels a student may write for it, and how it is compared and credited. Optional
 * grading settings fall back to the rubric's {@link GradingDefaults}.
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
        Optional<Boolean> showKey) {

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
    }

    /** The part letter after the problem id: "a" for part "2a". */
    public String marker(String problemId) {
        return id.startsWith(problemId) ? id.substring(problemId.length()) : id;
    }
}
