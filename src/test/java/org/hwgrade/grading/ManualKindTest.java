package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hwgrade.compare.PartGrader;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Verdict;
import org.hwgrade.report.ReviewQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part of kind manual waits for review with what was read, counts 0 until then, and scores as a person decides. */
class ManualKindTest {

    private static final String RUBRIC = """
            assignment: manual
            problems:
              - id: "1"
                givens: {x: 3}
                quantities: {y: 2 * x}
                parts:
                  - {id: 1a, points: 1, kind: integer, quantity: y, labels: [y]}
                  - {id: 1b, points: 4, kind: manual, title: "Why does ReLU help?"}
            """;

    @Test
    void aManualPartWaitsForReviewUntilAPersonScoresIt(@TempDir Path dir) throws IOException {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        Path out = dir.resolve("grades");
        Files.writeString(classDir.resolve("zoe.md"), """
                ## Problem 1
                (a) y = 6
                (b) It does not saturate for positive inputs, so gradients do not vanish.
                """);
        Grading grading = new Grading(Assignment.load(Files.writeString(dir.resolve("r.yaml"), RUBRIC)));

        PartResult b = grading.grade(classDir.resolve("zoe.md")).parts().get(1);
        assertEquals(Verdict.REVIEW, b.verdict());
        assertEquals("It does not saturate for positive inputs, so gradients do not vanish",
                b.received().orElseThrow().toString());
        assertEquals(List.of(PartGrader.BY_PERSON), b.feedback());

        grading.gradeClass(List.of(classDir), out, 1);
        assertEquals("zoe,,1,0,1,5,", Files.readAllLines(out.resolve("gradebook.csv")).get(1).substring(0, 13),
                "pending: 0 of 4 until scored");
        List<ReviewQueue.Item> queue = grading.reviewQueue(List.of(classDir), out, Optional.empty());
        assertEquals(1, queue.size(), queue.toString());
        Files.writeString(out.resolve("overrides.yaml"), """
                overrides:
                  - {student: zoe, part: 1b, score: 3, comment: "Good; name the vanishing gradient.", who: ta-kim, answer_sha256: %s}
                """.formatted(queue.get(0).answerSha256()));

        grading.gradeClass(List.of(classDir), out, 1);
        JsonNode zoe = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions").get(0);
        JsonNode part = zoe.get("parts").get(1);
        assertEquals("override", part.get("matched").asText());
        assertEquals(3, part.get("score").asInt());
        assertEquals(4, zoe.get("score").asInt());
        assertTrue(grading.reviewQueue(List.of(classDir), out, Optional.empty()).isEmpty());
    }

    @Test
    void aManualPartWithNothingReadStillWaitsForAPerson(@TempDir Path dir) throws IOException {
        Grading grading = new Grading(Assignment.load(Files.writeString(dir.resolve("r.yaml"), RUBRIC)));
        PartResult b = grading.grade(Files.writeString(dir.resolve("ana.md"), "## Problem 1\n(a) y = 6\n")).parts().get(1);
        assertEquals(Verdict.REVIEW, b.verdict());
        assertEquals(PartGrader.BY_PERSON, b.feedback().get(0));
        assertTrue(b.feedback().get(1).startsWith("nothing was read for it: "), b.feedback().toString());
    }
}
