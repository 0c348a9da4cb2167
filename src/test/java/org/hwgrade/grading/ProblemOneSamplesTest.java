package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.SubmissionResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every problem-1 (symbolic) answer in submissions-sample/ grades as docs/samples.md describes it:
 * equivalent forms are correct, the wrong ones are not, nothing is left for review.
 */
class ProblemOneSamplesTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sample          | 1a        | 1b        | 1c        | 1d
        "alice.md          | correct   | correct   | correct   | correct",
        "bruno.tex         | correct   | correct   | correct   | partial:misconception:transposed",
        "chen.txt          | correct   | correct   | incorrect | correct",
        "dana.txt          | correct   | correct   | correct   | correct",
        "eun.md            | correct   | correct   | correct   | correct",
        "farid.yaml        | correct   | correct   | correct   | correct",
        "gita.json         | missing   | missing   | correct   | correct",
        "hana              | missing   | missing   | missing   | missing",
        "ivan.md           | missing   | missing   | correct   | missing",
        "lena.md           | correct   | correct   | correct   | correct"})
    void problemOneGradesAsTheSampleSays(String sample, String a, String b, String c, String d) {
        SubmissionResult r = GRADING.grade(Path.of("submissions-sample", sample));
        String[] expected = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            PartResult p = r.parts().get(i);
            String got = p.verdict().key() + (p.matched().key().startsWith("misconception") ? ":" + p.matched().key() : "");
            assertEquals(expected[i], got, sample + " " + p.partId() + ": " + p.feedback());
        }
    }
}
