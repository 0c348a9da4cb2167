package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Submission;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real student's file (Markdown + LaTeX, Korean prose): every part, its value and its line. */
class SeedSubmissionTest {

    static final Path SEED = Path.of("src/test/resources/seed/000_ef3b3dcf85fd5018.txt");
    static Submission seed;

    @BeforeAll
    static void read() {
        seed = new SubmissionReader(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"))).read(SEED);
    }

    private static Answer.Found found(String part) {
        return assertInstanceOf(Answer.Found.class, seed.answer(part), () -> part + ": " + seed.answer(part));
    }

    @ParameterizedTest(name = "{0} = {1} at line {2}")
    @CsvSource(delimiter = '|', value = {
            "2a | [[4, 2], [-2, -6]] | 67",
            "2b | [[4, 2], [0, 0]]   | 71",
            "2c | [[-3, 2], [0, 0]]  | 81",
            "2d | [[1, 0], [-1, -3]] | 87",
            "3a | (8, 18, 18)        | 100",
            "3b | (8, 9, 9)          | 102",
            "3c | (16, 4, 4)         | 104",
            "3d | (16, 4, 4)         | 108",
            "3e | (16, 2, 2)         | 116",
            "4a | 64                 | 122",
            "4b | 1248               | 124",
            "4c | 816                | 126",
            "4d | 32                 | 128",
            "4e | 2160               | 130"})
    void readsEveryNumericPartOnItsLine(String part, String expected, int line) {
        Answer.Found f = found(part);
        assertEquals(expected, f.value().toString());
        assertEquals(line, f.source().line(), () -> part + " read from " + f.source());
        assertEquals(SEED.toString(), f.source().file());
        String original = lines().get(line - 1);
        assertTrue(f.source().column() >= 1 && f.source().column() <= original.length());
    }

    @Test
    void columnsPointAtTheValue() {
        Answer.Found k = found("2a");
        assertTrue(lines().get(66).startsWith("\\begin{bmatrix}", k.source().column() - 1), k.source()::toString);
        Answer.Found shape = found("3a");
        assertTrue(lines().get(99).startsWith("(8, 18, 18)", shape.source().column() - 1), shape.source()::toString);
        Answer.Found total = found("4e");
        assertTrue(lines().get(129).startsWith("2160", total.source().column() - 1), total.source()::toString);
    }

    @Test
    void valuesAreExactAndOfTheirKind() {
        assertInstanceOf(Tensor.class, found("2d").value());
        assertInstanceOf(Shape.class, found("3e").value());
        assertEquals(Scalar.of(2160), found("4e").value());
    }

    @ParameterizedTest(name = "{0} at line {1}")
    @CsvSource(delimiter = '|', value = {"1a | 29", "1b | 33", "1c | 41", "1d | 49"})
    void keepsEachExpressionAsWrittenOnItsLine(String part, int line) {
        Answer.Found f = found(part);
        assertEquals(line, f.source().line(), f.source()::toString);
        String original = lines().get(line - 1);
        String rhs = original.substring(original.lastIndexOf(" = ") + 3, original.lastIndexOf("$$")).strip();
        assertEquals(new Expression(rhs), f.value());
        assertTrue(original.startsWith(rhs, f.source().column() - 1));
    }

    @Test
    void reportsTheStudentAndTheHeader() {
        assertEquals("000_ef3b3dcf85fd5018", seed.student());
        assertTrue(seed.header().orElseThrow().contains("2018320161"), seed.header()::toString);
        assertTrue(seed.unreadable().isEmpty());
    }

    @Test
    void findsTheFourProblemRegionsAndNoFalseHeadings() {
        Layout layout = new SubmissionReader(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"))).layout(SEED).orElseThrow();
        assertEquals(List.of(9, 51, 89, 120), layout.regions().stream().map(Layout.Region::firstLine).toList());
        assertEquals(List.of("1", "2", "3", "4"), layout.regions().stream().map(Layout.Region::problemId).toList());
    }

    private static List<String> lines() {
        try {
            return java.nio.file.Files.readAllLines(SEED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Value valueOf(String part) {
        return found(part).value();
    }
}
