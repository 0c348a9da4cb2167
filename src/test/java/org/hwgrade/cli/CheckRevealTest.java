package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `check` as a student's CI meets it: what each reveal level shows, and that below `key` no output
 * format ever shows a key value (every output is searched for every part's key, in the forms the
 * reports print values in).
 */
class CheckRevealTest {

    private static final String RUBRIC = "rubrics/dl-hw3.yaml";
    /** Every part answered, every answer wrong: any key value in an output came from the grader. */
    private static final String ALL_WRONG = "src/test/resources/check/all-wrong.md";
    private static final String UNREADABLE = "submissions-sample/kai.png";
    private static final String RIGHT = "submissions-sample/alice.md";

    private static final List<String> FORMATS = List.of("text", "json", "junit", "classroom", "gradescope");

    @ParameterizedTest
    @ValueSource(strings = {"none", "found", "correctness"})
    void belowKeyNoFormatShowsAKeyValue(String reveal) {
        Set<String> keyForms = KeyForms.of(RUBRIC);
        for (String submission : List.of(ALL_WRONG, UNREADABLE)) {
            for (String format : FORMATS) {
                String out = readable(MainTest.run("check", RUBRIC, submission, "--reveal", reveal, "--format", format), format);
                for (String form : keyForms) {
                    assertFalse(out.contains(form), "--reveal " + reveal + " --format " + format + " on " + submission
                            + " shows the key value " + form + ":\n" + out);
                }
            }
        }
    }

    @Test
    void atKeyTheSameSearchFindsTheKey() {
        String out = MainTest.run("check", RUBRIC, ALL_WRONG, "--reveal", "key").out();
        assertTrue(KeyForms.of(RUBRIC).stream().anyMatch(out::contains), "the search would see a key value: " + out);
    }

    @Test
    void anUnreadableHandInNeverShowsTheKeyEvenAtKey() {
        Set<String> keyForms = KeyForms.of(RUBRIC);
        for (String format : FORMATS) {
            String out = readable(MainTest.run("check", RUBRIC, UNREADABLE, "--reveal", "key", "--format", format), format);
            keyForms.forEach(form -> assertFalse(out.contains(form), format + " shows " + form + ":\n" + out));
        }
    }

    @Test
    void foundIsTheDefaultAndShowsWhereEachPartWasReadWithoutScores() {
        MainTest.Run r = MainTest.run("check", RUBRIC, ALL_WRONG);
        assertEquals(0, r.code(), "every part was found: " + r.out());
        assertTrue(r.out().contains("2a   [[9, 9], [9, 9]]"), r.out());
        assertTrue(r.out().contains("18 of 18 parts found"), r.out());
        assertFalse(r.out().contains("Score"), r.out());
        assertTrue(r.out().contains("CHECK PASSED"), r.out());
    }

    @Test
    void atFoundAMissingPartFailsTheCheck() {
        MainTest.Run r = MainTest.run("check", RUBRIC, "submissions-sample/ivan.md");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("part(s) not found"), r.out());
    }

    @Test
    void minScoreNeedsAScoringRevealLevel() {
        MainTest.Run r = MainTest.run("check", RUBRIC, RIGHT, "--min-score", "30");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--min-score needs --reveal correctness or key"), r.err());
        assertEquals(0, MainTest.run("check", RUBRIC, RIGHT, "--min-score", "40", "--reveal", "correctness").code());
        assertEquals(1, MainTest.run("check", RUBRIC, ALL_WRONG, "--min-score", "4", "--reveal", "correctness").code());
    }

    @Test
    void anUnknownRevealLevelNamesTheChoices() {
        MainTest.Run r = MainTest.run("check", RUBRIC, RIGHT, "--reveal", "all");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("use one of: none, found, correctness, key"), r.err());
    }

    @Test
    void atNoneOnlyTheReceiptIsShown() {
        MainTest.Run r = MainTest.run("check", RUBRIC, "submissions-sample/ivan.md", "--reveal", "none");
        assertEquals(0, r.code(), "a readable hand-in passes at none: " + r.out());
        assertTrue(r.out().startsWith("Your hand-in (submissions-sample/ivan.md) was received and read."), r.out());
        assertFalse(r.out().contains("2a"), r.out());
        assertEquals(1, MainTest.run("check", RUBRIC, UNREADABLE, "--reveal", "none").code());
    }

    /** Classroom's output is base64, as its reporter reads it; decoded here so that it can be searched. */
    private static String readable(MainTest.Run run, String format) {
        assertTrue(run.code() == 0 || run.code() == 1, format + ": " + run.err());
        return format.equals("classroom")
                ? new String(Base64.getDecoder().decode(run.out().strip()), StandardCharsets.UTF_8) : run.out();
    }
}
