package org.hwgrade.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Match;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;

/**
 * What the HTML class report shows, gathered one result at a time (the results themselves are not
 * kept): each student's total and part scores (for the histogram and item discrimination), per part
 * the misconceptions met and the wrong answers given (with who gave the rare ones, for the pairs
 * that share them), and the parts left for review. Bounded: at most {@link #MAX_DISTINCT} distinct
 * wrong answers per part, {@link #MAX_SHARERS} names per wrong answer, {@link #MAX_REVIEW} review
 * entries listed.
 */
public final class ClassReport {

    static final int MAX_DISTINCT = 5_000;
    /** A wrong answer given by more students than this is common, not a shared oddity. */
    static final int MAX_SHARERS = 3;
    static final int MAX_REVIEW = 1_000;

    /** A part awaiting review: who, which part, where and what was read. */
    record Pending(String student, String page, String part, String location, String text, String why) {
    }

    /** One wrong answer of one part: how many gave it, and the first few who did. */
    static final class Wrong {
        int count;
        final List<String> students = new ArrayList<>();
    }

    final Rubric rubric;
    final List<Part> parts;
    final List<String> students = new ArrayList<>();
    final List<String> pages = new ArrayList<>();
    final List<double[]> partScores = new ArrayList<>();
    final List<Double> totals = new ArrayList<>();
    /** Per student, how the late policy judged the hand-in ("late, 2 days, −8"), or "" without a policy. */
    final List<String> lates = new ArrayList<>();
    final Map<String, Map<String, Integer>> misconceptions = new HashMap<>();
    final Map<String, Map<String, Wrong>> wrong = new HashMap<>();
    final List<Pending> review = new ArrayList<>();
    final Map<String, Integer> reviewByPart = new HashMap<>();
    int reviewCount;

    public ClassReport(Rubric rubric) {
        this.rubric = rubric;
        this.parts = rubric.parts().toList();
        parts.forEach(p -> {
            misconceptions.put(p.id(), new LinkedHashMap<>());
            wrong.put(p.id(), new LinkedHashMap<>());
        });
    }

    /** @param page the student's page, relative to the report (students/NAME.html) */
    public void add(SubmissionResult r, String page) {
        students.add(r.student());
        lates.add(r.late().map(l -> switch (l.status()) {
            case LATE, CAPPED, NOT_ACCEPTED -> l.status().key().replace('_', ' ') + ", " + l.days() + (l.days() == 1 ? " day" : " days")
                    + ", −" + ScoreFormat.display(l.penalty());
            default -> l.status().key().replace('_', ' ');
        }).orElse(""));
        pages.add(page);
        double[] scores = new double[parts.size()];
        for (int i = 0; i < r.parts().size(); i++) {
            PartResult p = r.parts().get(i);
            scores[i] = p.score().toDouble();
            if (p.matched() instanceof Match.Misconceived m) {
                misconceptions.get(p.partId()).merge(m.name(), 1, Integer::sum);
            }
            if ((p.verdict() == Verdict.INCORRECT || p.verdict() == Verdict.PARTIAL) && p.received().isPresent()
                    && !(p.matched() instanceof Match.Overridden) && !(p.matched() instanceof Match.FollowedThrough)) {
                Map<String, Wrong> answers = wrong.get(p.partId());
                String value = p.received().get().toString();
                Wrong w = answers.get(value);
                if (w == null && answers.size() < MAX_DISTINCT) {
                    w = new Wrong();
                    answers.put(value, w);
                }
                if (w != null) {
                    w.count++;
                    if (w.students.size() <= MAX_SHARERS && !(p.matched() instanceof Match.Misconceived)) {
                        w.students.add(r.student());
                    }
                }
            }
            if (p.verdict() == Verdict.REVIEW) {
                reviewCount++;
                reviewByPart.merge(p.partId(), 1, Integer::sum);
                if (review.size() < MAX_REVIEW) {
                    review.add(new Pending(r.student(), page, p.partId(), p.source().map(s -> s.location()).orElse("nothing read"),
                            p.source().map(s -> s.text()).orElse(""), String.join(" ", p.feedback())));
                }
            }
        }
        partScores.add(scores);
        totals.add(r.score().toDouble());
    }

    double maxTotal() {
        return parts.stream().mapToDouble(p -> p.points().toDouble()).sum();
    }

    /**
     * Corrected item-total correlation: Pearson's r between the part's score and the rest of the
     * total. High means the part separates strong from weak students; near 0 or negative, that it
     * does not (or is miskeyed). Empty when either side does not vary.
     */
    java.util.OptionalDouble discrimination(int part) {
        int n = partScores.size();
        if (n < 3) {
            return java.util.OptionalDouble.empty();
        }
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = partScores.get(i)[part];
            double y = totals.get(i) - x;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        double vx = n * sxx - sx * sx;
        double vy = n * syy - sy * sy;
        if (vx <= 1e-12 || vy <= 1e-12) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of((n * sxy - sx * sy) / Math.sqrt(vx * vy));
    }

    /** Pairs of students who gave the same rare wrong answer in at least two parts, most shared first. */
    List<Map.Entry<String, List<String>>> sharedRareAnswers() {
        Map<String, List<String>> byPair = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Map.Entry<String, Wrong> e : wrong.get(part.id()).entrySet()) {
                Wrong w = e.getValue();
                if (w.count < 2 || w.count > MAX_SHARERS || w.students.size() != w.count) {
                    continue;
                }
                for (int a = 0; a < w.students.size(); a++) {
                    for (int b = a + 1; b < w.students.size(); b++) {
                        byPair.computeIfAbsent(w.students.get(a) + "\u0000" + w.students.get(b), k -> new ArrayList<>())
                                .add(part.id() + " = " + e.getKey());
                    }
                }
            }
        }
        return byPair.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size())).limit(100).toList();
    }
}
