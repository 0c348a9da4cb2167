package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.RubricException;
import org.hwgrade.rubric.RubricLoader;
import org.hwgrade.rubric.StudentSafeRubric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `hwgrade rubric public`: the student-safe rubric holds no key value, reads every hand-in exactly
 * as the full rubric does, is refused wherever a key is needed, and takes no key by hand either.
 */
class StudentSafeRubricTest {

    private static final String RUBRIC = "rubrics/dl-hw3.yaml";

    private static Path publicCopy(Path dir) throws IOException {
        MainTest.Run r = MainTest.run("rubric", "public", RUBRIC);
        assertEquals(0, r.code(), r.err());
        return Files.writeString(dir.resolve("public.yaml"), r.out());
    }

    @Test
    void itHoldsNoKeyValueNorAnyGivenValueOrFormula(@TempDir Path dir) throws IOException {
        String text = Files.readString(publicCopy(dir));
        for (String form : KeyForms.of(RUBRIC)) {
            assertFalse(text.contains(form), "the key value " + form + " is in the student-safe rubric:\n" + text);
        }
        for (String secret : List.of("[[1, 2, 3]", "conv2d", "relu(", "misconception", "feedback", "quantities", "s - e_y")) {
            assertFalse(text.contains(secret), secret + " is in the student-safe rubric");
        }
    }

    @Test
    void itReadsEverySampleExactlyAsTheFullRubric(@TempDir Path dir) throws IOException {
        Grading full = new Grading(Assignment.load(Path.of(RUBRIC)));
        Grading safe = new Grading(Assignment.load(publicCopy(dir)));
        List<Path> samples = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("submissions-sample"))) {
            all.forEach(samples::add);
        }
        samples.add(Path.of("src/test/resources/check/all-wrong.md"));
        for (Path sample : samples) {
            assertEquals(full.read(sample), safe.read(sample), sample.toString());
        }
    }

    @Test
    void whereAKeyIsNeededItIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        String safe = publicCopy(dir).toString();
        MainTest.Run correctness = MainTest.run("check", safe, "submissions-sample/alice.md", "--reveal", "correctness");
        assertEquals(2, correctness.code());
        assertTrue(correctness.err().contains("student-safe rubric holds no key"), correctness.err());
        MainTest.Run gradescope = MainTest.run("check", safe, "submissions-sample/alice.md", "--format", "gradescope");
        assertEquals(2, gradescope.code());
        MainTest.Run solve = MainTest.run("solve", safe);
        assertEquals(2, solve.code());
        assertTrue(solve.err().contains("is a student-safe rubric (public: true): it holds no key"), solve.err());
        MainTest.Run grade = MainTest.run("grade", safe, "submissions-sample", "--out", dir.resolve("out").toString());
        assertEquals(2, grade.code(), grade.err());
    }

    @Test
    void aKeyCannotBeWrittenIntoOneByHand() {
        String withGivens = "assignment: x\npublic: true\nproblems:\n  - id: '1'\n    givens: {x: [[1, 2]]}\n"
                + "    parts: [{id: 1a, points: 1, kind: matrix}]\n";
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.parse(withGivens, "p.yaml"));
        assertTrue(e.getMessage().contains("p.yaml:5:"), e.getMessage());
        String withFormula = "assignment: x\npublic: true\nproblems:\n  - id: '1'\n"
                + "    parts: [{id: 1a, points: 1, kind: matrix, formula: 'x @ x'}]\n";
        RubricException f = assertThrows(RubricException.class, () -> RubricLoader.parse(withFormula, "p.yaml"));
        assertTrue(f.getMessage().contains("'formula' has no place in a student-safe rubric"), f.getMessage());
    }

    @Test
    void writingTheCopyOfItsOwnReadingGivesTheSameText(@TempDir Path dir) throws IOException {
        String once = Files.readString(publicCopy(dir));
        assertEquals(once, StudentSafeRubric.write(RubricLoader.parse(once, "public.yaml")));
    }
}
