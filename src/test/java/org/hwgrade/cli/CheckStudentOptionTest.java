package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hwgrade.grading.AnswerTemplate;
import org.hwgrade.grading.Assignment;
import org.hwgrade.solver.StudentVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --student ID`: in a student's CI the id is given, and wins over the file's header and name. */
class CheckStudentOptionTest {

    private static final String RUBRIC = "src/test/resources/rubrics/variants.yaml";

    /** s1's right answers, in a file whose header says s2 and whose name says neither. */
    private static Path handIn(Path dir) throws IOException {
        StudentVariant s1 = Assignment.load(Path.of(RUBRIC)).variants().orElseThrow().of("s1");
        return Files.writeString(dir.resolve("answers.md"), "student: s2\n\n"
                + AnswerTemplate.write(s1.solved().rubric(), AnswerTemplate.Format.MD, Optional.of(s1.solved().key())));
    }

    private static JsonNode checked(Path answers, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", RUBRIC, answers.toString(), "--reveal", "correctness", "--format", "json"));
        args.addAll(List.of(more));
        MainTest.Run r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void theGivenIdChoosesTheNumbersTheHandInIsGradedOn(@TempDir Path dir) throws IOException {
        Path answers = handIn(dir);
        JsonNode asS1 = checked(answers, "--student", "s1");
        assertEquals(asS1.get("max_score").asDouble(), asS1.get("score").asDouble(), asS1.toString());
        String s1Variant = Assignment.load(Path.of(RUBRIC)).variants().orElseThrow().of("s1").seed().id();
        assertEquals(s1Variant, asS1.get("variant").asText());

        JsonNode byHeader = checked(answers);
        assertTrue(byHeader.get("score").asDouble() < byHeader.get("max_score").asDouble(),
                "without --student the header's s2 is graded: " + byHeader);
    }

    @Test
    void aBlankIdIsAUsageError(@TempDir Path dir) throws IOException {
        MainTest.Run r = MainTest.run("check", RUBRIC, handIn(dir).toString(), "--student", " s1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a student id"), r.err());
    }
}
