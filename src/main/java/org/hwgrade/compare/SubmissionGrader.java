package org.hwgrade.compare;

import java.util.Optional;
import org.hwgrade.model.Verdict;
import org.hwgrade.model.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.solver.QuantityGraph;

/**
 * Grades a whole submission: one {@link PartResult} for every part of the rubric, in rubric order,
 * and the exact total. An unreadable submission still gets a result for every part (MISSING, 0,
 * with the reason), so that it appears in every report.
 */
public final class SubmissionGrader {

    private final PartGrader parts;

    public SubmissionGrader(SymbolicJudge judge) {
        this(judge, false);
    }

    /** @param keyHidden true to keep every key value out of the results (student-facing output below `key`) */
    public SubmissionGrader(SymbolicJudge judge, boolean keyHidden) {
        this.parts = new PartGrader(Objects.requireNonNull(judge, "judge"), keyHidden);
    }

    /**
     * @param graphs the quantity graph of each problem, by problem id (the solver builds them once
     *               per rubric; they memoise the key and misconception values across students)
     */
    public SubmissionResult grade(Rubric rubric, Function<String, QuantityGraph> graphs, Submission submission) {
        List<PartResult> results = new ArrayList<>();
        List<Rational> points = new ArrayList<>();
        for (Problem problem : rubric.problems()) {
            QuantityGraph graph = graphs.apply(problem.id());
            for (Part part : problem.parts()) {
                results.add(parts.grade(problem, part, graph, submission, rubric.defaults()));
                points.add(part.points());
            }
        }
        return new SubmissionResult(submission, results,
                Fractions.sum(results.stream().map(PartResult::score).toList()), Fractions.sum(points));
    }

    /**
     * Every part for a person to review, nothing compared: a hand-in whose student is not known
     * cannot be graded against a rubric that gives every student other numbers.
     */
    public static SubmissionResult forReview(Rubric rubric, Submission submission, String reason) {
        List<PartResult> results = rubric.parts().map(part -> new PartResult(part.id(), Rational.ZERO, part.points(),
                Verdict.REVIEW, new Match.None(), Optional.empty(), Optional.empty(), List.of(reason),
                Optional.empty())).toList();
        return new SubmissionResult(submission, results, Rational.ZERO,
                Fractions.sum(rubric.parts().map(Part::points).toList()));
    }
}
