package org.hwgrade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.compare.Fractions;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;

/**
 * The class summary printed after grading: students, mean and median total, and per part the mean
 * score and the share of students with full marks. Accumulates exact sums; keeps one total per
 * student (for the median), never whole results.
 */
public final class ClassSummary {

    private final Rubric rubric;
    private final List<Rational> totals = new ArrayList<>();
    private final Map<String, Rational> partSums = new LinkedHashMap<>();
    private final Map<String, Integer> fullMarks = new LinkedHashMap<>();
    private final Map<String, Integer> reviews = new LinkedHashMap<>();
    private int unreadable;

    public ClassSummary(Rubric rubric) {
        this.rubric = rubric;
        rubric.parts().forEach(p -> {
            partSums.put(p.id(), Rational.ZERO);
            fullMarks.put(p.id(), 0);
            reviews.put(p.id(), 0);
        });
    }

    public void add(SubmissionResult r) {
        totals.add(r.score());
        if (r.submission().unreadable().isPresent()) {
            unreadable++;
        }
        for (PartResult p : r.parts()) {
            partSums.merge(p.partId(), p.score(), Fractions::add);
            if (p.score().equals(p.maxScore())) {
                fullMarks.merge(p.partId(), 1, Integer::sum);
            }
            if (p.verdict() == Verdict.REVIEW) {
                reviews.merge(p.partId(), 1, Integer::sum);
            }
        }
    }

    public int students() {
        return totals.size();
    }

    public Rational mean() {
        return Fractions.mean(Fractions.sum(totals), totals.size());
    }

    /** The middle total, or the mean of the two middle ones. */
    public Rational median() {
        if (totals.isEmpty()) {
            return Rational.ZERO;
        }
        List<Rational> sorted = totals.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return Fractions.mean(Fractions.add(sorted.get(n / 2 - 1), sorted.get(n / 2)), 2);
    }

    public String text() {
        Rational max = Fractions.sum(rubric.parts().map(Part::points).toList());
        StringBuilder sb = new StringBuilder();
        sb.append(rubric.id()).append(": ").append(students()).append(" students");
        if (unreadable > 0) {
            sb.append(" (").append(unreadable).append(" unreadable)");
        }
        sb.append(", mean ").append(ScoreFormat.display(mean(), max))
                .append(", median ").append(ScoreFormat.display(median(), max)).append('\n');
        sb.append(String.format("%-6s %12s %11s %7s%n", "part", "mean", "full marks", "review"));
        rubric.parts().forEach(p -> {
            Rational mean = Fractions.mean(partSums.get(p.id()), students());
            long percent = students() == 0 ? 0 : Math.round(100.0 * fullMarks.get(p.id()) / students());
            sb.append(String.format("%-6s %12s %10d%% %7d%n", p.id(), ScoreFormat.display(mean, p.points()),
                    percent, reviews.get(p.id())));
        });
        return sb.toString().replace(System.lineSeparator(), "\n");
    }
}
