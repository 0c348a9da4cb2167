package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.hwgrade.grading.Assignment;
import org.hwgrade.report.Reveal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, "done when": a student-safe rubric reveals no expected value in any output format. For
 * homework 3 and for a rubric that draws each student's givens, `check` runs with the public rubric
 * at every level a student's CI may use (a level that needs the key is refused), and with the full
 * rubric at {@code correctness}, in every format `check` offers, on a hand-in whose answers are all
 * wrong; each output, stdout and stderr, is searched for every key value in every form values are
 * printed in ({@link KeyForms}). The same search finds the key at {@code --reveal key}, so it can fail.
 */
class NoKeyInStudentOutputsTest {

    private static final List<Reveal> STUDENT_LEVELS = List.of(Reveal.NONE, Reveal.FOUND, Reveal.CORRECTNESS);

    /** The rubric, the text of a hand-in with every answer wrong, and that hand-in's key. */
    record Case(String rubric, String handIn, Set<String> keyForms) {
        @Override
        public String toString() {
            return rubric;
        }
    }

    static List<Arguments> cases() throws IOException {
        String variants = "src/test/resources/rubrics/variants.yaml";
        Assignment drawn = Assignment.load(Path.of(variants));
        // Student s1 by the header, with answers no draw can give.
        String s1 = "student: s1\n\n## 1\n\nk = [[97, 98], [99, 96]]\n\ny = [[97, 98], [99, 96]]\n\ns = 9531\n\n"
                + "## 2\n\nb = 8642\n";
        return List.of(
                Arguments.of(new Case("rubrics/dl-hw3.yaml", Files.readString(Path.of("src/test/resources/check/all-wrong.md")),
                        KeyForms.of("rubrics/dl-hw3.yaml"))),
                Arguments.of(new Case(variants, s1,
                        KeyForms.of(drawn.variants().orElseThrow().of("s1").solved().key().answers().values()))));
    }

    private static Path handIn(Case c, Path dir) throws IOException {
        return Files.writeString(dir.resolve("answers.md"), c.handIn());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noFormatAtAStudentsLevelPrintsAKeyValue(Case c, @TempDir Path dir) throws IOException {
        Path safe = dir.resolve("public.yaml");
        MainTest.Run written = MainTest.run("rubric", "public", c.rubric(), "--out", safe.toString());
        assertEquals(0, written.code(), written.err());
        Path answers = handIn(c, dir);
        for (CheckCommand.CheckFormat format : CheckCommand.CheckFormat.values()) {
            for (Reveal reveal : STUDENT_LEVELS) {
                MainTest.Run r = check(safe.toString(), answers, reveal, format);
                boolean needsKey = reveal.showsScores() || format.output().needsGrading();
                assertEquals(needsKey, r.code() == Main.USAGE_OR_RUBRIC_ERROR, format + " at " + reveal.key() + ": " + r.err());
                assertNoKey(c, format + " at " + reveal.key() + " with the public rubric", r, format);
            }
            MainTest.Run full = check(c.rubric(), answers, Reveal.CORRECTNESS, format);
            assertEquals(0, full.code(), "every part is found, so the check passes: " + full.err());
            assertNoKey(c, format + " at correctness with the full rubric", full, format);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSameSearchFindsTheKeyWhereItIsShown(Case c, @TempDir Path dir) throws IOException {
        MainTest.Run shown = check(c.rubric(), handIn(c, dir), Reveal.KEY, CheckCommand.CheckFormat.text);
        assertTrue(c.keyForms().stream().anyMatch(shown.out()::contains), "no key form in\n" + shown.out());
    }

    private static MainTest.Run check(String rubric, Path answers, Reveal reveal, CheckCommand.CheckFormat format) {
        return MainTest.run("check", rubric, answers.toString(), "--reveal", reveal.key(), "--format", format.name());
    }

    private static void assertNoKey(Case c, String what, MainTest.Run r, CheckCommand.CheckFormat format) {
        String out = format == CheckCommand.CheckFormat.classroom && r.code() != Main.USAGE_OR_RUBRIC_ERROR
                ? new String(Base64.getDecoder().decode(r.out().strip()), StandardCharsets.UTF_8) : r.out();
        for (String form : c.keyForms()) {
            assertFalse(out.contains(form) || r.err().contains(form), what + " shows the key value " + form + ":\n" + out + r.err());
        }
    }
}
