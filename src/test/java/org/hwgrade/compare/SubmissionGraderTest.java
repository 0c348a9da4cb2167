package org.hwgrade.compare;

import static org.hwgrade.compare.Fixtures.K;
import static org.hwgrade.compare.Fixtures.found;
import static org.hwgrade.compare.Fixtures.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Expression;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.ScoreFormat;
import org.junit.jupiter.api.Test;

class SubmissionGraderTest {

    private final Rubric rubric = Fixtures.rubric(GradingDefaults.STANDARD);
    private final SubmissionGrader grader = new SubmissionGrader(Fixtures.TO_A_PERSON);

    @Test
    void everyRubricPartGetsAResultInRubricOrderAndTheTotalIsExact() {
        Submission s = Fixtures.submission(Map.of(
                "2a", found(matrix(new long[] {3, 6}, new long[] {9, 12})), // tripled: 1/3 of 3
                "2b", found(matrix(new long[] {4, 7}, new long[] {10, 13})), // follows through from 2a
                "3a", found(Shape.of(8, 18, 18)),
                "1a", found(new Expression("s - e_y")),
                "5a", found(matrix(new long[] {1, 2, 3}, new long[] {4, 5, 7}))));
        SubmissionResult r = grader.grade(rubric, Fixtures.graphs()::get, s);
        assertEquals(List.of("1a", "2a", "2b", "2c", "3a", "5a"), r.parts().stream().map(PartResult::partId).toList());
        assertEquals(List.of(Verdict.REVIEW, Verdict.PARTIAL, Verdict.CORRECT, Verdict.MISSING, Verdict.CORRECT,
                Verdict.PARTIAL), r.parts().stream().map(PartResult::verdict).toList());
        // 0 + 1 + 1 + 0 + 2 + 5/6
        assertEquals(Rational.of(29, 6), r.score());
        assertEquals(Rational.of(11), r.maxScore());
        assertEquals("4.83", ScoreFormat.display(r.score()));
    }

    @Test
    void thirdsAddUpExactly() {
        Submission s = Fixtures.submission(Map.of("2a", found(matrix(new long[] {3, 6}, new long[] {9, 12}))));
        SubmissionResult r = grader.grade(rubric, Fixtures.graphs()::get, s);
        assertEquals(Rational.ONE, r.score());
    }

    @Test
    void anUnreadableSubmissionIsMissingEverywhereWithTheReason() {
        Submission s = Submission.unreadable("student", List.of("hw.pdf"), "binary file: not text");
        SubmissionResult r = grader.grade(rubric, Fixtures.graphs()::get, s);
        assertEquals(6, r.parts().size());
        for (PartResult p : r.parts()) {
            assertEquals(Verdict.MISSING, p.verdict(), p.partId());
            assertEquals(Rational.ZERO, p.score());
            assertEquals(List.of("binary file: not text"), p.feedback());
            assertEquals(Optional.empty(), p.source());
        }
        assertEquals(Rational.ZERO, r.score());
        assertEquals(Rational.of(11), r.maxScore());
    }

    @Test
    void anUnreadableReasonOverridesAnyAnswersRead() {
        Submission s = new Submission("student", List.of("hw.md"), Optional.empty(),
                Map.of("2a", found(K)), Optional.of("too large"));
        SubmissionResult r = grader.grade(rubric, Fixtures.graphs()::get, s);
        assertEquals(Rational.ZERO, r.score());
        assertEquals(Verdict.MISSING, r.parts().get(1).verdict());
    }

    @Test
    void aPerfectSubmissionScoresTheMaximumExceptForReview() {
        Submission s = Fixtures.submission(Map.<String, Answer>of(
                "2a", found(K), "2b", found(Fixtures.Y), "2c", found(Scalar.of(44)),
                "3a", found(Shape.of(8, 18, 18)), "5a", found(Fixtures.W)));
        SubmissionResult r = grader.grade(rubric, Fixtures.graphs()::get, s);
        assertEquals(Rational.of(9), r.score()); // 11 minus the symbolic part's 2
    }
}
