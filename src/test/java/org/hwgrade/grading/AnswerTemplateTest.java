package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rubric under rubrics/ (those added later too): its template filled with its own key is read
 * with certainty (by label, or by key in YAML) and grades full, in every template format; the
 * empty template reads as nothing answered.
 */
class AnswerTemplateTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> aTemplateFilledWithTheKeyGradesFull() throws IOException {
        List<Path> rubrics;
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            rubrics = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!rubrics.isEmpty(), "rubrics/ holds no rubric");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path rubric : rubrics) {
            for (AnswerTemplate.Format format : AnswerTemplate.Format.values()) {
                tests.add(DynamicTest.dynamicTest(rubric.getFileName() + " as " + format.extension(),
                        () -> roundTrip(rubric, format)));
            }
        }
        return tests.stream();
    }

    /** Problem and part ids of any text, without labels: the template writes the id, the reader finds it. */
    private static final String ODD_IDS = """
            assignment: odd-ids
            title: "Ids of any text"
            problems:
              - id: A
                title: "a problem named by a letter"
                givens: {x: 3}
                quantities: {twice: 2 * x, thrice: 3 * x}
                parts:
                  - {id: A_twice, title: "2x", points: 1, kind: integer, quantity: twice}
                  - {id: A_thrice, title: "3x", points: 1, kind: integer, quantity: thrice}
              - id: Q3
                title: "a quiz question"
                givens: {x: 5}
                quantities: {square: x * x}
                parts:
                  - {id: Q3, title: "x squared", points: 1, kind: integer, quantity: square}
              - id: 2b
                title: "a problem whose id ends in a letter"
                givens: {x: 7}
                quantities: {one_more: x + 1, one_less: x - 1}
                parts:
                  - {id: 2b_more, title: "x + 1", points: 1, kind: integer, quantity: one_more}
                  - {id: 2b_less, title: "x - 1", points: 1, kind: integer, quantity: one_less}
            """;

    @TestFactory
    Stream<DynamicTest> partIdsOfAnyTextRoundTripWithoutLabels() throws IOException {
        Path rubric = dir.resolve("odd-ids.yaml");
        Files.writeString(rubric, ODD_IDS, StandardCharsets.UTF_8);
        return Stream.of(AnswerTemplate.Format.values())
                .map(format -> DynamicTest.dynamicTest("odd ids as " + format.extension(), () -> roundTrip(rubric, format)));
    }

    private void roundTrip(Path rubricFile, AnswerTemplate.Format format) throws IOException {
        Assignment a = Assignment.load(rubricFile);
        Grading grading = new Grading(a);
        Path filled = dir.resolve("filled-" + rubricFile.getFileName() + "." + format.extension());
        Files.writeString(filled, AnswerTemplate.write(a.rubric(), format, Optional.of(a.solved().key())),
                StandardCharsets.UTF_8);
        Submission s = grading.read(filled);
        for (Part part : a.rubric().parts().toList()) {
            Answer.Found f = assertInstanceOf(Answer.Found.class, s.answer(part.id()),
                    () -> part.id() + " in " + filled.getFileName() + ": " + s.answer(part.id()));
            assertEquals(format == AnswerTemplate.Format.YAML ? Evidence.KEY : Evidence.LABEL, f.source().how(), part.id());
            if (format == AnswerTemplate.Format.IPYNB) {
                assertTrue(f.source().file().matches(".* cell \\d+"), f.source()::toString);
            }
        }
        SubmissionResult result = grading.grade(s);
        for (PartResult p : result.parts()) {
            assertEquals(Verdict.CORRECT, p.verdict(), () -> p.partId() + " in " + filled.getFileName() + ": " + p);
        }

        Path empty = dir.resolve("empty-" + rubricFile.getFileName() + "." + format.extension());
        Files.writeString(empty, AnswerTemplate.write(a.rubric(), format, Optional.empty()), StandardCharsets.UTF_8);
        Submission blank = grading.read(empty);
        for (Part part : a.rubric().parts().toList()) {
            assertTrue(!(blank.answer(part.id()) instanceof Answer.Found), () -> part.id() + ": " + blank.answer(part.id()));
        }
    }
}
