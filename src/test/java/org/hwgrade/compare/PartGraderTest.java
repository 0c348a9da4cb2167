package org.hwgrade.compare;

import static org.hwgrade.compare.Fixtures.K;
import static org.hwgrade.compare.Fixtures.Y;
import static org.hwgrade.compare.Fixtures.found;
import static org.hwgrade.compare.Fixtures.matrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.formula.Matrices;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Expression;
import org.hwgrade.model.FollowThrough;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Match;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Source;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Tolerance;
import org.hwgrade.model.Verdict;
import org.hwgrade.solver.QuantityGraph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartGraderTest {

    private static final PartGrader GRADER = new PartGrader(Fixtures.TO_A_PERSON);
    private static final GradingDefaults DEFAULTS = GradingDefaults.STANDARD;

    private static PartResult grade(Problem problem, String partId, QuantityGraph graph, Map<String, Answer> answers) {
        return grade(problem, partId, graph, answers, DEFAULTS);
    }

    private static PartResult grade(Problem problem, String partId, QuantityGraph graph, Map<String, Answer> answers,
            GradingDefaults defaults) {
        Part part = problem.parts().stream().filter(p -> p.id().equals(partId)).findFirst().orElseThrow();
        return GRADER.grade(problem, part, graph, Fixtures.submission(answers), defaults);
    }

    private static PartResult gradeK(Problem problem, Tensor k) {
        return grade(problem, "2a", Fixtures.convGraph(Fixtures.X), Map.of("2a", found(k)));
    }

    private static PartResult gradeK(Tensor k) {
        return gradeK(Fixtures.convProblem(), k);
    }

    /** Problem 2 with part 2a replaced. */
    private static Problem withPart2a(Part replacement) {
        Problem p = Fixtures.convProblem();
        return Fixtures.problem("2", replacement, p.parts().get(1), p.parts().get(2));
    }

    private static Rational decimal(String text) {
        return Rational.of(new java.math.BigDecimal(text));
    }

    private static Part part2a() {
        return Fixtures.convProblem().parts().get(0);
    }

    @Nested
    class TheKey {

        @Test
        void theKeyScoresFullWithNoComplaint() {
            PartResult r = gradeK(K);
            assertEquals(Rational.of(3), r.score());
            assertEquals(Verdict.CORRECT, r.verdict());
            assertEquals(new Match.Key(), r.matched());
            assertEquals(List.of(), r.feedback());
            assertEquals(Optional.of(K), r.expected());
            assertEquals(Optional.of(Fixtures.SOURCE), r.source());
        }

        @Test
        void equalValuesWrittenDifferentlyAreTheKey() {
            Tensor written = Tensor.matrix(2, 2, List.of(Rational.of(4, 2), new Real(4.0), Rational.of(6), Rational.of(8)));
            assertEquals(Verdict.CORRECT, gradeK(written).verdict());
        }

        @Test
        void aScalarOutsideItsRuleSaysWhatWasReadAndExpected() {
            PartResult r = grade(Fixtures.convProblem(), "2c", Fixtures.convGraph(Fixtures.X),
                    Map.of("2c", found(Scalar.of(45))));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(Verdict.INCORRECT, r.verdict());
            assertEquals(new Match.None(), r.matched());
            assertEquals(List.of("got 45, expected 44"), r.feedback());
        }

        @Test
        void aPartToleranceOverridesTheExactDefault() {
            Problem p = Fixtures.convProblem();
            Part total = Fixtures.withTolerance(p.parts().get(2), new Tolerance.RelAbs(0.05, 0));
            Problem loose = Fixtures.problem("2", p.parts().get(0), p.parts().get(1), total);
            PartResult r = grade(loose, "2c", Fixtures.convGraph(Fixtures.X), Map.of("2c", found(Scalar.of(45))));
            assertEquals(Verdict.CORRECT, r.verdict());
        }

        @Test
        void notANumberNeverScores() {
            PartResult r = grade(Fixtures.convProblem(), "2c", Fixtures.convGraph(Fixtures.X),
                    Map.of("2c", found(new Scalar(new Real(Double.NaN)))));
            assertEquals(Verdict.INCORRECT, r.verdict());
        }
    }

    @Nested
    class Matrices {

        @Test
        void perEntryCreditIsTheExactFractionOfRightEntries() {
            PartResult r = gradeK(matrix(new long[] {2, 4}, new long[] {6, 9}));
            assertEquals(Rational.of(9, 4), r.score());
            assertEquals(Verdict.PARTIAL, r.verdict());
            assertEquals(new Match.Key(), r.matched()); // no misconception gives this matrix
            assertEquals(List.of("3 of 4 entries right", "entry (2, 2): got 9, expected 8"), r.feedback());
        }

        @Test
        void everyWrongEntryIsNamedByRowAndColumn() {
            PartResult r = gradeK(matrix(new long[] {2, 5}, new long[] {7, 8}));
            assertEquals(Rational.of(3, 2), r.score());
            assertEquals(List.of("2 of 4 entries right", "entry (1, 2): got 5, expected 4",
                    "entry (2, 1): got 7, expected 6"), r.feedback());
        }

        @Test
        void withoutShowKeyOnlyPositionsAreNamedAndTheKeyIsNotReturned() {
            Problem hidden = withPart2a(Fixtures.withShowKey(part2a(), false));
            PartResult r = gradeK(hidden, matrix(new long[] {2, 5}, new long[] {7, 8}));
            assertEquals(List.of("2 of 4 entries right", "entry (1, 2) is wrong", "entry (2, 1) is wrong"), r.feedback());
            assertEquals(Optional.empty(), r.expected());
            assertFalse(String.join(" ", r.feedback()).contains("expected"));
        }

        @Test
        void allOrNothingGivesNoCreditForAPartlyRightMatrix() {
            Problem strict = withPart2a(Fixtures.withEntries(part2a(), EntryCredit.ALL_OR_NOTHING));
            PartResult r = gradeK(strict, matrix(new long[] {2, 4}, new long[] {6, 1}));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(Verdict.INCORRECT, r.verdict());
            assertTrue(r.feedback().get(0).startsWith("3 of 4 entries right; this part earns credit only when all are right"));
        }

        @Test
        void theDefaultEntryCreditComesFromTheRubric() {
            GradingDefaults strict = new GradingDefaults(new Tolerance.Exact(), new Tolerance.RelAbs(1e-2, 1e-8),
                    EntryCredit.ALL_OR_NOTHING, FollowThrough.FULL, true);
            PartResult r = grade(Fixtures.convProblem(), "2a", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(matrix(new long[] {2, 4}, new long[] {6, 0}))), strict);
            assertEquals(Rational.ZERO, r.score());
        }

        @Test
        void aDimensionMismatchScoresZeroAndNamesBothShapes() {
            PartResult r = gradeK(matrix(new long[] {2, 4}, new long[] {6, 8}, new long[] {0, 0}));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("expected a 2×2 matrix, read a 3×2 matrix"), r.feedback());
        }

        @Test
        void aSquareTransposeIsRecognisedAndEarnsNoEntryCredit() {
            Problem noTransposeMisconception = withPart2a(Fixtures.part("2a", 3, AnswerKind.MATRIX, "k"));
            PartResult r = gradeK(noTransposeMisconception, K.transpose());
            assertEquals(Rational.ZERO, r.score());
            assertEquals(Verdict.INCORRECT, r.verdict());
            assertEquals(List.of("your answer is the transpose of the expected matrix"), r.feedback());
        }

        @Test
        void aNonSquareTransposeIsRecognisedDespiteItsDimensions() {
            PartResult r = grade(Fixtures.wideProblem(), "5a", Fixtures.wideGraph(),
                    Map.of("5a", found(Fixtures.W.transpose())));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("your answer is the transpose of the expected matrix"), r.feedback());
        }

        @Test
        void aTransposeListedAsAMisconceptionEarnsItsCredit() {
            PartResult r = gradeK(K.transpose());
            assertEquals(Rational.of(3, 2), r.score());
            assertEquals(new Match.Misconceived("transposed"), r.matched());
            assertEquals(List.of("Rows and columns are swapped."), r.feedback());
        }

        @Test
        void aValueOfTheWrongKindScoresZeroWithAClearMessage() {
            PartResult shape = grade(Fixtures.convProblem(), "2a", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(Shape.of(8, 18, 18))));
            assertEquals(Rational.ZERO, shape.score());
            assertEquals(Verdict.INCORRECT, shape.verdict());
            assertEquals(List.of("expected a 2×2 matrix, read a shape of 3 dimensions"), shape.feedback());
        }

        @Test
        void atMostTenWrongEntriesAreListed() {
            Tensor big = Tensor.matrix(4, 4, java.util.Collections.nCopies(16, Rational.ONE));
            QuantityGraph graph = Fixtures.identity("w", big, "w2");
            Tensor zeros = Tensor.matrix(4, 4, java.util.Collections.nCopies(16, Rational.ZERO));
            PartResult r = grade(Fixtures.wideProblem(), "5a", graph, Map.of("5a", found(zeros)));
            assertEquals(1 + ValueComparison.MAX_LISTED_ENTRIES + 1, r.feedback().size());
            assertEquals("and 6 more wrong entries", r.feedback().get(r.feedback().size() - 1));
        }
    }

    @Nested
    class Shapes {

        private PartResult gradeShape(Shape s) {
            return grade(Fixtures.shapeProblem(), "3a", Fixtures.shapeGraph(), Map.of("3a", found(s)));
        }

        @Test
        void theRightShapeScoresFull() {
            assertEquals(Rational.of(2), gradeShape(Shape.of(8, 18, 18)).score());
        }

        @Test
        void aWrongShapeNamesEachDimensionThatDiffers() {
            PartResult r = gradeShape(Shape.of(8, 17, 19));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("H: got 17, expected 18", "W: got 19, expected 18"), r.feedback());
        }

        @Test
        void aShapeWithTooFewDimensionsSaysBoth() {
            PartResult r = gradeShape(Shape.of(18, 18));
            assertEquals(List.of("expected a shape of 3 dimensions, read a shape of 2 dimensions"), r.feedback());
        }

        @Test
        void theKeyWrittenHwcWhereChwIsAskedIsNamedAsTheOtherLayout() {
            PartResult r = gradeShape(Shape.of(18, 18, 8));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("your shape is written H×W×C; this part writes shapes (C, H, W)"), r.feedback());
        }

        @Test
        void anHwcPartNamesItsDimensionsHwcAndTheChwOrderAsTheOtherLayout() {
            Part hwc = Fixtures.withLayout(Fixtures.shapeProblem().parts().get(0), org.hwgrade.model.ShapeLayout.HWC);
            org.hwgrade.model.Problem problem = Fixtures.problem("3", hwc);
            // The key (8, 18, 18) read as H×W×C: H = 8, W = 18, C = 18.
            PartResult wrong = grade(problem, "3a", Fixtures.shapeGraph(), Map.of("3a", found(Shape.of(8, 18, 17))));
            assertEquals(List.of("C: got 17, expected 18"), wrong.feedback());
            PartResult chw = grade(problem, "3a", Fixtures.shapeGraph(), Map.of("3a", found(Shape.of(18, 8, 18))));
            assertEquals(List.of("your shape is written (C, H, W); this part writes shapes H×W×C"), chw.feedback());
            assertEquals(Rational.of(2), grade(problem, "3a", Fixtures.shapeGraph(),
                    Map.of("3a", found(Shape.of(8, 18, 18)))).score());
        }

        @Test
        void aShapeMisconceptionIsRecognised() {
            PartResult r = gradeShape(Shape.of(4, 18, 18));
            assertEquals(Rational.ONE, r.score());
            assertEquals(Verdict.PARTIAL, r.verdict());
            assertEquals(new Match.Misconceived("channels_not_updated"), r.matched());
            assertEquals(List.of(Fixtures.CHANNELS.feedback()), r.feedback());
        }

        @Test
        void aNumberWhereAShapeIsAskedIsTheWrongKind() {
            PartResult number = grade(Fixtures.shapeProblem(), "3a", Fixtures.shapeGraph(),
                    Map.of("3a", found(Scalar.of(8))));
            assertEquals(List.of("expected a shape of 3 dimensions, read a number"), number.feedback());
        }
    }

    @Nested
    class Misconceptions {

        @Test
        void aMatchingMisconceptionEarnsItsCreditAndFeedback() {
            PartResult r = gradeK(matrix(new long[] {3, 6}, new long[] {9, 12}));
            assertEquals(Rational.ONE, r.score()); // 1/3 of 3 points
            assertEquals(Verdict.PARTIAL, r.verdict());
            assertEquals(new Match.Misconceived("tripled"), r.matched());
            assertEquals(List.of(Fixtures.TRIPLED.feedback()), r.feedback());
        }

        @Test
        void aZeroCreditMisconceptionStillExplainsItself() {
            PartResult r = gradeK(matrix(new long[] {0, 0}, new long[] {0, 0}));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(Verdict.INCORRECT, r.verdict());
            assertEquals(new Match.Misconceived("zeroed"), r.matched());
            assertEquals(List.of(Fixtures.ZEROED.feedback()), r.feedback());
        }

        @Test
        void betterEntryCreditIsKeptAndTheMatchedMisconceptionIsNamedWithItsFeedbackFirst() {
            // last_dropped (credit 0) gives [[2, 4], [6, 0]]: 3 of 4 entries right are worth more.
            PartResult r = gradeK(matrix(new long[] {2, 4}, new long[] {6, 0}));
            assertEquals(Rational.of(9, 4), r.score());
            assertEquals(Verdict.PARTIAL, r.verdict());
            assertEquals(new Match.Misconceived("last_dropped"), r.matched());
            assertEquals(Fixtures.LAST_DROPPED.feedback(), r.feedback().get(0), r.feedback().toString());
            assertTrue(r.feedback().contains("3 of 4 entries right"), r.feedback().toString());
        }

        @Test
        void aMisconceptionWithoutADecimalFormIsRecognisedWrittenRoundedLikeAnIrrationalKey() {
            // x = [[2/9, 1], [1, 1]]: the tripled mistake 3x has the entry 2/3, which no decimal is.
            QuantityGraph graph = Fixtures.convGraph(new Tensor(List.of(2, 2),
                    List.of(Rational.of(2, 9), Rational.ONE, Rational.ONE, Rational.ONE)));
            PartResult rounded = grade(Fixtures.convProblem(), "2a", graph,
                    Map.of("2a", found(new Tensor(List.of(2, 2), List.of(decimal("0.666667"), Rational.of(3),
                            Rational.of(3), Rational.of(3))))));
            assertEquals(new Match.Misconceived("tripled"), rounded.matched());
            assertEquals(Rational.ONE, rounded.score());
            PartResult tooCoarse = grade(Fixtures.convProblem(), "2a", graph,
                    Map.of("2a", found(new Tensor(List.of(2, 2), List.of(decimal("0.6"), Rational.of(3),
                            Rational.of(3), Rational.of(3))))));
            assertEquals(new Match.None(), tooCoarse.matched(), "0.6 is outside the irrational rule's 1% of 2/3");
        }

        @Test
        void aMisconceptionTheSolverCannotComputeIsSkipped() {
            Problem p = withPart2a(Fixtures.part("2a", 3, AnswerKind.MATRIX, "k", Fixtures.IMPOSSIBLE, Fixtures.TRIPLED));
            PartResult r = gradeK(p, matrix(new long[] {3, 6}, new long[] {9, 12}));
            assertEquals(new Match.Misconceived("tripled"), r.matched());
        }

        @Test
        void aMisconceptionThatGivesTheKeyIsIgnored() {
            // "harmless" (credit 1) evaluates to the key itself: a student with the key matches the key.
            PartResult r = gradeK(K);
            assertEquals(new Match.Key(), r.matched());
            assertFalse(r.feedback().contains(Fixtures.HARMLESS.feedback()));
        }
    }

    @Nested
    class FollowThroughs {

        private final Tensor wrongK = matrix(new long[] {2, 4}, new long[] {6, 10});
        private final Tensor yFromWrongK = matrix(new long[] {3, 5}, new long[] {7, 11});

        @Test
        void anAnswerConsistentWithAWrongUpstreamAnswerEarnsFollowThrough() {
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(wrongK), "2b", found(yFromWrongK)));
            assertEquals(Rational.ONE, r.score());
            assertEquals(Verdict.CORRECT, r.verdict());
            assertEquals(new Match.FollowedThrough(List.of("2a")), r.matched());
            assertEquals(List.of("consistent with your answer to 2a"), r.feedback());
        }

        @Test
        void aStudentRoundingTheirOwnUpstreamDecimalsEarnsFollowThroughByTheKeysRule() {
            // x = [[1/6, 1], [1, 1]]: the keys k = [[1/3, 2], [2, 2]] and y = [[4/3, 3], [3, 3]] have
            // no decimal form. y recomputed from the student's k is the exact decimal 1.333333, and
            // the student rounds it to 1.3333 as the key would be rounded.
            QuantityGraph graph = Fixtures.convGraph(new Tensor(List.of(2, 2),
                    List.of(Rational.of(1, 6), Rational.ONE, Rational.ONE, Rational.ONE)));
            Tensor k = new Tensor(List.of(2, 2), List.of(decimal("0.333333"), Rational.of(2), Rational.of(2), Rational.of(5)));
            Tensor y = new Tensor(List.of(2, 2), List.of(decimal("1.3333"), Rational.of(3), Rational.of(3), Rational.of(6)));
            PartResult r = grade(Fixtures.convProblem(), "2b", graph, Map.of("2a", found(k), "2b", found(y)));
            assertEquals(new Match.FollowedThrough(List.of("2a")), r.matched());
            assertEquals(Rational.ONE, r.score());
        }

        @Test
        void followThroughListsEveryUpstreamPartUsed() {
            // total = Σk + Σy = 22 + 26 with the student's own k and y.
            PartResult r = grade(Fixtures.convProblem(), "2c", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(wrongK), "2b", found(yFromWrongK), "2c", found(Scalar.of(48))));
            assertEquals(Rational.of(2), r.score());
            assertEquals(new Match.FollowedThrough(List.of("2a", "2b")), r.matched());
            assertEquals(List.of("consistent with your answers to 2a and 2b"), r.feedback());
        }

        @Test
        void followThroughCreditComesFromTheRubricDefaults() {
            GradingDefaults half = new GradingDefaults(new Tolerance.Exact(), new Tolerance.RelAbs(1e-2, 1e-8),
                    EntryCredit.PROPORTIONAL, new FollowThrough(true, Rational.of(1, 2)), true);
            Tensor allWrongK = matrix(new long[] {1, 1}, new long[] {1, 1});
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(allWrongK), "2b", found(matrix(new long[] {2, 2}, new long[] {2, 2}))), half);
            assertEquals(Rational.of(1, 2), r.score());
            assertEquals(Verdict.PARTIAL, r.verdict());
            assertEquals(new Match.FollowedThrough(List.of("2a")), r.matched());
        }

        @Test
        void betterEntryCreditBeatsLowerFollowThroughCredit() {
            GradingDefaults half = new GradingDefaults(new Tolerance.Exact(), new Tolerance.RelAbs(1e-2, 1e-8),
                    EntryCredit.PROPORTIONAL, new FollowThrough(true, Rational.of(1, 2)), true);
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(wrongK), "2b", found(yFromWrongK)), half);
            assertEquals(Rational.of(3, 4), r.score());
            assertEquals(new Match.Key(), r.matched());
        }

        @Test
        void aPartCanDisableFollowThrough() {
            Problem p = Fixtures.convProblem();
            Problem off = Fixtures.problem("2", p.parts().get(0),
                    Fixtures.withFollowThrough(p.parts().get(1), FollowThrough.DISABLED), p.parts().get(2));
            PartResult r = grade(off, "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(wrongK), "2b", found(yFromWrongK)));
            assertEquals(Rational.of(3, 4), r.score()); // per-entry credit against the key only
            assertEquals(new Match.Key(), r.matched());
        }

        @Test
        void aMissingUpstreamAnswerIsNotUsed() {
            Answer missing = new Answer.Missing("no label k", Optional.empty());
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", missing, "2b", found(yFromWrongK)));
            assertEquals(Rational.of(3, 4), r.score());
            assertEquals(new Match.Key(), r.matched());
        }

        @Test
        void upstreamValuesThatDoNotFitTheFormulaMeanNoFollowThroughAndNoCrash() {
            Tensor threeByTwo = matrix(new long[] {2, 4}, new long[] {6, 8}, new long[] {1, 1});
            Tensor yFromIt = matrix(new long[] {3, 5}, new long[] {7, 9}, new long[] {2, 2});
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(threeByTwo), "2b", found(yFromIt)));
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("expected a 2×2 matrix, read a 3×2 matrix"), r.feedback());
        }

        @Test
        void anUpstreamAnswerOfTheWrongKindIsNotUsed() {
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(Shape.of(2, 2)), "2b", found(Y)));
            assertEquals(new Match.Key(), r.matched());
            assertEquals(Verdict.CORRECT, r.verdict());
        }

        @Test
        void theKeyWinsATieWithFollowThrough() {
            // A right y after a wrong k matches the key, not the follow-through value.
            PartResult r = grade(Fixtures.convProblem(), "2b", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", found(wrongK), "2b", found(Y)));
            assertEquals(new Match.Key(), r.matched());
            assertEquals(Rational.ONE, r.score());
        }
    }

    @Nested
    class MissingAndSymbolic {

        @Test
        void aMissingAnswerIsMissingWithItsReasonAndPlace() {
            Source near = new Source("hw.md", 12, 4, "k = ?", Evidence.LABEL);
            PartResult r = grade(Fixtures.convProblem(), "2a", Fixtures.convGraph(Fixtures.X),
                    Map.of("2a", new Answer.Missing("could not read the matrix after k", Optional.of(near))));
            assertEquals(Verdict.MISSING, r.verdict());
            assertEquals(Rational.ZERO, r.score());
            assertEquals(List.of("could not read the matrix after k"), r.feedback());
            assertEquals(Optional.of(near), r.source());
            assertEquals(Optional.empty(), r.received());
        }

        @Test
        void aPartWithNoAnswerAtAllIsMissing() {
            PartResult r = grade(Fixtures.convProblem(), "2a", Fixtures.convGraph(Fixtures.X), Map.of());
            assertEquals(Verdict.MISSING, r.verdict());
            assertEquals(List.of("no answer found for part 2a"), r.feedback());
        }

        @Test
        void anExpressionIsSentToReviewByDefault() {
            Expression text = new Expression("s - e_y");
            PartResult r = grade(Fixtures.symbolicProblem(), "1a", null, Map.of("1a", found(text)));
            assertEquals(Verdict.REVIEW, r.verdict());
            assertEquals(Rational.ZERO, r.score());
            assertEquals(Optional.of(text), r.received());
            assertEquals(List.of(Fixtures.TO_A_PERSON_MESSAGE), r.feedback());
        }

        @Test
        void anotherJudgeCanBePluggedIn() {
            SymbolicJudge accepting = (part, problem, student, key) ->
                    student.equals("s - e_y") ? Judgement.credited(Rational.ONE, List.of()) : Judgement.review("?");
            PartGrader grader = new PartGrader(accepting);
            Problem p = Fixtures.symbolicProblem();
            PartResult r = grader.grade(p, p.parts().get(0), null,
                    Fixtures.submission(Map.of("1a", found(new Expression("s - e_y")))), DEFAULTS);
            assertEquals(Verdict.CORRECT, r.verdict());
            assertEquals(Rational.of(2), r.score());
            assertEquals(new Match.Key(), r.matched());
        }

        @Test
        void aJudgeThatThrowsSendsTheAnswerToAPerson() {
            SymbolicJudge broken = (part, problem, student, key) -> {
                throw new IllegalStateException("parser bug");
            };
            Problem p = Fixtures.symbolicProblem();
            Map<String, Answer> answers = new LinkedHashMap<>();
            answers.put("1a", found(new Expression("\\frac{")));
            PartResult r = new PartGrader(broken).grade(p, p.parts().get(0), null, Fixtures.submission(answers), DEFAULTS);
            assertEquals(Verdict.REVIEW, r.verdict());
            assertEquals(Rational.ZERO, r.score());
        }
    }

    /** 2a's misconception "tripled" replaces k = 2x by 3x; 2b's y = k + 1 inherits it: y = 3x + 1. */
    @Nested
    class InheritedMistakes {

        private static final Tensor Y_TRIPLED = matrix(new long[] {4, 7}, new long[] {10, 13});
        private static final String FEEDBACK = "your answer follows from the mistake in 2a: You multiplied by three, not by two.";

        /** Problem 2 with 2b's follow-through as given. */
        private Problem withFollowThrough(FollowThrough f) {
            Problem p = Fixtures.convProblem();
            return Fixtures.problem("2", p.parts().get(0), Fixtures.withFollowThrough(p.parts().get(1), f),
                    p.parts().get(2));
        }

        private PartResult grade2b(Problem problem, Map<String, Answer> answers) {
            return grade(problem, "2b", Fixtures.convGraph(Fixtures.X), answers);
        }

        @Test
        void aMistakeMadeUpstreamButNotWrittenThereEarnsTheFollowThroughCredit() {
            PartResult r = grade2b(withFollowThrough(new FollowThrough(true, Rational.of(1, 2))),
                    Map.of("2b", found(Y_TRIPLED)));
            assertEquals(new Match.Misconceived("tripled"), r.matched());
            assertEquals(Rational.of(1, 2), r.score());
            assertEquals(List.of(FEEDBACK), r.feedback());
        }

        @Test
        void withTheUpstreamPartRightTheMistakeIsPricedAsTheRubricSays() {
            PartResult r = grade2b(withFollowThrough(new FollowThrough(true, Rational.of(1, 2))),
                    Map.of("2a", found(K), "2b", found(Y_TRIPLED)));
            assertEquals(new Match.Misconceived("tripled"), r.matched());
            assertEquals(Rational.of(1, 3), r.score());
        }

        @Test
        void withoutFollowThroughTheMistakeIsPricedAsTheRubricSays() {
            PartResult r = grade2b(withFollowThrough(FollowThrough.DISABLED), Map.of("2b", found(Y_TRIPLED)));
            assertEquals(new Match.Misconceived("tripled"), r.matched());
            assertEquals(Rational.of(1, 3), r.score());
            assertEquals(List.of(FEEDBACK), r.feedback());
        }

        @Test
        void theStudentsOwnUpstreamAnswerExplainsItFirst() {
            Tensor kTripled = matrix(new long[] {3, 6}, new long[] {9, 12});
            PartResult r = grade2b(Fixtures.convProblem(), Map.of("2a", found(kTripled), "2b", found(Y_TRIPLED)));
            assertEquals(new Match.FollowedThrough(List.of("2a")), r.matched());
            assertEquals(List.of("consistent with your answer to 2a"), r.feedback());
        }

        @Test
        void everyUpstreamMistakeIsInheritedButOneThatGivesTheKeyExplainsNothing() {
            // "harmless" gives y's key: a right y is the key's, not a mistake's.
            List<InheritedMisconceptions.Inherited> all = InheritedMisconceptions.of(Fixtures.convProblem(),
                    Fixtures.convProblem().parts().get(1), Fixtures.convGraph(Fixtures.X));
            assertEquals(List.of("tripled", "zeroed", "last_dropped", "harmless", "transposed"),
                    all.stream().map(i -> i.misconception().name()).toList());
            PartResult r = grade2b(Fixtures.convProblem(), Map.of("2b", found(Y)));
            assertEquals(new Match.Key(), r.matched());
        }

        @Test
        void aPartDoesNotInheritWhatItListsItself() {
            Part b = Fixtures.convProblem().parts().get(1);
            Part bWithTripled = Fixtures.part("2b", 1, AnswerKind.MATRIX, "y", Fixtures.TRIPLED);
            Problem p = Fixtures.problem("2", part2a(), bWithTripled, Fixtures.convProblem().parts().get(2));
            assertTrue(InheritedMisconceptions.of(p, bWithTripled, Fixtures.convGraph(Fixtures.X)).stream()
                    .noneMatch(i -> i.misconception().name().equals("tripled")), b.id());
            PartResult r = grade2b(p, Map.of("2b", found(Y_TRIPLED)));
            assertEquals(List.of("You multiplied by three, not by two."), r.feedback());
        }
    }
}
