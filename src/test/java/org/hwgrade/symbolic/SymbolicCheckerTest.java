package org.hwgrade.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hwgrade.symbolic.SymbolicResult.Status;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolicCheckerTest {

    /** Homework 3's problem 1 as rubrics/dl-hw3.yaml declares it. */
    static final Map<String, String> SYMBOLS = Map.of("W", "m x n", "x", "n", "y", "1..m", "l", "m", "s", "m",
            "e_y", "m");
    static final Map<String, String> DEFINITIONS = Map.of("l", "W x", "s", "softmax(l)", "e_y", "onehot(y)");
    static final Map<String, String> KEYS = Map.of(
            "1a", "-(1/s_y) e_y",
            "1b", "diag(s) - s s^T",
            "1c", "s - e_y",
            "1d", "(s - e_y) x^T");
    static final SymbolicChecker CHECKER = new SymbolicChecker(SYMBOLS, DEFINITIONS);

    static List<EquivalenceCase> cases() {
        return EquivalenceCase.read("equivalence-cases.tsv");
    }

    private static SymbolicResult check(String part, String answer) {
        return CHECKER.check(answer, KEYS.get(part), part);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictMatchesTheFixtureTable(EquivalenceCase fixture) {
        SymbolicResult result = check(fixture.part(), fixture.answer());
        assertEquals(fixture.expected(), result.status(), result.detail());
    }

    @Test
    void theTableCoversEveryKindOfPart() {
        List<EquivalenceCase> cases = cases();
        for (List<String> kind : List.of(List.of("1a", "1c"), List.of("1b"), List.of("1d"))) {
            long equivalent = cases.stream()
                    .filter(c -> kind.contains(c.part()) && c.expected() == Status.EQUIVALENT).count();
            long not = cases.stream().filter(c -> kind.contains(c.part()) && c.expected() != Status.EQUIVALENT).count();
            assertTrue(equivalent >= 20 && not >= 10, kind + ": " + equivalent + " equivalent, " + not + " not");
        }
    }

    @Nested
    class Details {

        @Test
        void aDifferenceNamesTheInstanceAndTheEntry() {
            SymbolicResult result = check("1c", "s + e_y");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().matches(
                    "at m=[3-6], n=[3-6], y=[1-6] entry \\([1-6],1\\): expected -?\\d+\\.\\d{4}, got -?\\d+\\.\\d{4}"),
                    result.detail());
        }

        @Test
        void theDifferenceIsAtRowYForASignSlipThere() {
            SymbolicResult result = check("1c", "\\begin{bmatrix} s_1 \\\\ \\vdots \\\\ 1 - s_y \\\\ \\vdots \\\\ s_m \\end{bmatrix}");
            // The first instance has y = 1, so the first wrong entry is (1,1).
            assertTrue(result.detail().contains("y=1 entry (1,1)"), result.detail());
        }

        @Test
        void aTransposedAnswerSaysWhichShapes() {
            SymbolicResult result = check("1d", "x (s - e_y)^T");
            assertEquals(Status.TRANSPOSED, result.status());
            assertTrue(result.detail().contains("transpose") && result.detail().matches(".*expected a (\\d)×(\\d) result, got \\2×\\1.*"),
                    result.detail());
        }

        @Test
        void aFixedSizeMatrixIsToldToBeGeneral() {
            SymbolicResult result = check("1c", "\\begin{bmatrix} s_1 - 1 \\\\ s_2 \\\\ s_3 \\end{bmatrix}");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().contains("fixed size"), result.detail());
        }

        @Test
        void anAsteriskBetweenSquareMatricesOfOneSizeGoesToReview() {
            SymbolicChecker square = new SymbolicChecker(Map.of("A", "n x n", "B", "n x n"), Map.of());
            SymbolicResult result = square.check("A * B", "A \\odot B", "sq");
            assertEquals(Status.UNREADABLE, result.status(), result.detail());
            assertTrue(result.detail().contains("matrix product or the entry-by-entry product"), result.detail());
        }

        @Test
        void aCdotBetweenTwoVectorsOfOneLengthGoesToReviewWhateverTheKey() {
            SymbolicChecker vectors = new SymbolicChecker(Map.of("u", "n x 1", "v", "n x 1"), Map.of());
            for (String key : List.of("u \\odot v", "u^T v")) {
                SymbolicResult result = vectors.check(key, "u \\cdot v", "uv");
                assertEquals(Status.UNREADABLE, result.status(), key + ": " + result.detail());
                assertTrue(result.detail().contains("dot product or the entry-by-entry product"), result.detail());
            }
            // The middle dot is the same operator.
            assertEquals(Status.UNREADABLE, vectors.check("u \\odot v", "u \u00b7 v", "uv").status());
        }

        @Test
        void theUnicodeAsteriskOperatorIsReadAsAnAsterisk() {
            SymbolicChecker vectors = new SymbolicChecker(Map.of("u", "n x 1", "v", "n x 1"), Map.of());
            assertEquals(Status.EQUIVALENT, vectors.check("u \\odot v", "u \u2217 v", "uv").status());
            SymbolicChecker square = new SymbolicChecker(Map.of("A", "n x n", "B", "n x n"), Map.of());
            assertEquals(Status.UNREADABLE, square.check("A B", "A \u2217 B", "sq").status());
        }

        @Test
        void aCdotWhereTheMatrixProductFitsIsTheMatrixProduct() {
            SymbolicChecker shapes = new SymbolicChecker(Map.of("u", "n x 1", "v", "n x 1", "W", "m x n"), Map.of());
            assertEquals(Status.EQUIVALENT, shapes.check("u^T v", "u^T \\cdot v", "dot").status());
            assertEquals(Status.EQUIVALENT, shapes.check("W u", "W \\cdot u", "wu").status());
            assertEquals(Status.EQUIVALENT, shapes.check("2 u", "2 \\cdot u", "twice").status());
        }

        @Test
        void shapesThatDoNotFitAreDifferentAndSaySo() {
            SymbolicResult result = check("1d", "x^T (s - e_y)");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().contains("cannot multiply a 1×"), result.detail());
        }

        @Test
        void divisionByZeroIsDifferentNotAnException() {
            SymbolicResult result = check("1a", "-e_y / (s_y - s_y)");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().contains("division by zero"), result.detail());
        }

        @Test
        void nanIsDifferent() {
            SymbolicResult result = check("1c", "s - e_y + \\log(-s_y) e_y");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().contains("not a finite number"), result.detail());
        }

        @Test
        void anIndexOutOfRangeIsDifferent() {
            SymbolicResult result = check("1c", "s - e_y + s_{7} e_y");
            assertEquals(Status.DIFFERENT, result.status());
            assertTrue(result.detail().contains("out of range"), result.detail());
        }
    }

    @Nested
    class Unreadable {

        @Test
        void anUnknownSymbolIsNamed() {
            SymbolicResult result = check("1c", "s - q");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("unknown symbol `q`"), result.detail());
        }

        @Test
        void anUnknownIndexedSymbolIsNamedWithItsIndex() {
            SymbolicResult result = check("1c", "s - \\hat{y}");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("\\hat"), result.detail());
            assertTrue(check("1c", "s - q_y").detail().contains("`q_y`"));
        }

        @Test
        void anUnsupportedCommandIsQuoted() {
            SymbolicResult result = check("1c", "\\sum_{i=1}^m s_i e_i - e_y");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("\\sum"), result.detail());
        }

        @Test
        void entriesThatFollowNoPatternAreNamed() {
            SymbolicResult result = check("1c", "\\begin{bmatrix} s_1 \\\\ s_3 \\\\ \\vdots \\\\ s_m \\end{bmatrix}");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("do not follow one pattern") && result.detail().contains("`s_"),
                    result.detail());
        }

        @Test
        void aRowBetweenEllipsesMustSayWhichRowItIs() {
            SymbolicResult result = check("1a", "\\begin{bmatrix} 0 \\\\ \\vdots \\\\ 1 \\\\ \\vdots \\\\ 0 \\end{bmatrix}");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("between the ellipses"), result.detail());
        }

        @Test
        void anEllipsisOutsideAMatrixIsUnreadable() {
            assertEquals(Status.UNREADABLE, check("1c", "s_1 + \\cdots + s_m").status());
        }

        @Test
        void overlongInputIsRefused() {
            SymbolicResult result = check("1c", "s+".repeat(10_001) + "s");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("20000"), result.detail());
        }

        @Test
        void deepNestingIsRefused() {
            SymbolicResult result = check("1c", "(".repeat(300) + "s" + ")".repeat(300));
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("nested"), result.detail());
        }

        @Test
        void nestingJustInsideTheLimitIsRead() {
            assertEquals(Status.EQUIVALENT, check("1c", "(".repeat(150) + "s - e_y" + ")".repeat(150)).status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "$$", "\\therefore \\frac{dL}{dl} ="})
        void emptyAnswersAreUnreadable(String answer) {
            assertEquals(Status.UNREADABLE, check("1c", answer).status());
        }

        /** Strings that once reached an internal error, and their neighbours. */
        @ParameterizedTest
        @ValueSource(strings = {"\u0660", "s_\u0663", "\uff13 s", "s_\u00e9", "\u0000", "\\", "{", "_", "^", "s^",
            "s_", "\\frac{1}", "\\begin{bmatrix}", "\\end{bmatrix}", "&", "\\\\", "e^", "\\delta_"})
        void oddInputIsUnreadableWithAReason(String answer) {
            SymbolicResult result = check("1c", answer);
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(!result.detail().startsWith("internal error"), result.detail());
        }

        @Test
        void nullTextsAreUnreadable() {
            assertEquals(Status.UNREADABLE, CHECKER.check(null, "s - e_y", "1c").status());
            SymbolicResult noKey = CHECKER.check("s - e_y", null, "1c");
            assertEquals(Status.UNREADABLE, noKey.status());
            assertTrue(noKey.detail().contains("answer key"), noKey.detail());
            assertEquals(Status.EQUIVALENT, CHECKER.check("s - e_y", "s - e_y", null).status());
        }

        @Test
        void anUnreadableKeyIsReportedAsTheKey() {
            SymbolicResult result = CHECKER.check("s - e_y", "s - \\zeta", "1c");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().startsWith("the answer key cannot be read"), result.detail());
        }
    }

    @Nested
    class Seeding {

        @Test
        void aRegradeGivesTheSameVerdictAndDetail() {
            SymbolicResult first = new SymbolicChecker(SYMBOLS, DEFINITIONS).check("(s + e_y) x^T", KEYS.get("1d"), "1d");
            SymbolicResult again = new SymbolicChecker(SYMBOLS, DEFINITIONS).check("(s + e_y) x^T", KEYS.get("1d"), "1d");
            assertEquals(first, again);
        }

        @Test
        void theSeedLabelChoosesTheInstances() {
            String wrong = "s + e_y";
            assertNotEquals(CHECKER.check(wrong, KEYS.get("1c"), "1c").detail(),
                    CHECKER.check(wrong, KEYS.get("1c"), "another label").detail());
        }
    }

    @Nested
    class Declarations {

        @Test
        void shapesMayBeWrittenInSeveralWays() {
            SymbolicChecker checker = new SymbolicChecker(Map.of("W", "m×n", "x", "n", "y", "1 .. m", "s", "m by 1",
                    "e_y", "(m, 1)"), Map.of("s", "softmax(W x)", "e_y", "onehot(y)"));
            assertEquals(Status.EQUIVALENT, checker.check("(s - e_y) x^T", "s x^T - e_y x^T", "1d").status());
        }

        @Test
        void anUnreadableShapeIsARubricError() {
            assertThrows(IllegalArgumentException.class, () -> new SymbolicChecker(Map.of("W", "big"), Map.of()));
            assertThrows(IllegalArgumentException.class, () -> new SymbolicChecker(Map.of("yy", "1..m"), Map.of()));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "a cycle              | a: m, b: m            | a: b, b: 2 a      | the definitions form a cycle: a → b → a",
            "a shape that differs | W: m x n, x: n, l: n  | l: W x            | the definition l = W x is 3×1 at m=3, n=4, but l is declared n×1",
            "an unknown symbol    | W: m x n, l: m        | l: W q            | the definition of `l` cannot be read: unknown symbol `q`",
            "an index defined     | y: 1..m, s: m         | y: 2              | `y` is an index and cannot be defined",
            "a key undefined      | W: m x n, x: n        | k: x W            | the definition k = x W is undefined at m=3, n=4: cannot multiply",
            "a long index name    | yy: 1..m              | s: 1              | the index `yy` must be a single letter"})
        void brokenDeclarationsAreRubricErrors(String name, String symbols, String definitions, String message) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new SymbolicChecker(pairs(symbols), pairs(definitions)));
            assertTrue(e.getMessage().startsWith(message), e.getMessage());
        }

        private static Map<String, String> pairs(String text) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (String pair : text.split(",")) {
                String[] nameAndValue = pair.split(":", 2);
                map.put(nameAndValue[0].strip(), nameAndValue[1].strip());
            }
            return map;
        }

        @Test
        void definitionsGiveTheSymbolsTheirMeaning() {
            SymbolicChecker checker = new SymbolicChecker(Map.of("A", "n x n", "B", "n x n", "v", "n x n"),
                    Map.of("B", "A + A^T", "v", "B \\|B\\|_F"));
            assertEquals(Status.EQUIVALENT, checker.check("B^T", "A^T + A", "p").status());
            assertEquals(Status.EQUIVALENT, checker.check("v", "(A + A^T) \\lVert A + A' \\rVert", "p").status());
            assertEquals(Status.DIFFERENT, checker.check("A", "B", "p").status());
        }

        @Test
        void basisVectorsNeedADeclaredIndex() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new SymbolicChecker(Map.of("v", "n"), Map.of("v", "e_1")));
            assertTrue(e.getMessage().contains("unknown symbol `e_1`"), e.getMessage());
        }

        @Test
        void aProblemOfNumbersNamesTheValuesWhereItDiffers() {
            SymbolicChecker checker = new SymbolicChecker(Map.of("z", "1"), Map.of());
            SymbolicResult result = checker.check("\\sigma(z)", "\\sigma(z)(1 - \\sigma(z))", "G2a");
            assertTrue(result.detail().matches("at z=-?0\\.\\d{4}: expected -?\\d\\.\\d{4}, got -?\\d\\.\\d{4}"),
                    result.detail());
        }

        @Test
        void aSymbolNotDeclaredIsUnknown() {
            SymbolicChecker withoutW = new SymbolicChecker(Map.of("x", "n", "y", "1..m", "s", "m", "e_y", "m"),
                    Map.of("e_y", "onehot(y)"));
            SymbolicResult result = withoutW.check("softmax(W x) - e_y", "s - e_y", "1c");
            assertEquals(Status.UNREADABLE, result.status());
            assertTrue(result.detail().contains("`W`"), result.detail());
        }

        @Test
        void onlyTheFinalRightHandSideCounts() {
            assertEquals(Status.EQUIVALENT, check("1c", "\\frac{dL}{dl} = \\frac{dL}{ds}\\frac{ds}{dl} = s - e_y").status());
            assertEquals(Status.DIFFERENT, check("1c", "s - e_y = s + e_y").status());
        }
    }
}
