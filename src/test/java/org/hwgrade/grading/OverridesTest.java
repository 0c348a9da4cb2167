package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.report.ReviewQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person's decision in overrides.yaml survives every regrade, and is flagged once the answer changes. */
class OverridesTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));

    @TempDir
    Path dir;
    Path classDir;
    Path out;

    @BeforeEach
    void aClassWithOneAnswerLeftForReview() throws IOException {
        classDir = Files.createDirectories(dir.resolve("class"));
        out = dir.resolve("grades");
        writeZoe("\\oint \\heartsuit \\frac{1}{s_y}");
        Files.copy(Path.of("submissions-sample/bruno.tex"), classDir.resolve("bruno.tex"));
    }

    private void writeZoe(String answer1a) throws IOException {
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        String zoe = alice.replace("= -\\frac{1}{s_y} e_y$$", "= " + answer1a + "$$");
        assertTrue(!zoe.equals(alice));
        Files.writeString(classDir.resolve("zoe.md"), zoe);
    }

    private JsonNode part(String student, String id) throws IOException {
        GRADING.gradeClass(List.of(classDir), out, 1);
        for (JsonNode s : new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions")) {
            if (s.get("student").asText().equals(student)) {
                for (JsonNode p : s.get("parts")) {
                    if (p.get("id").asText().equals(id)) {
                        return ((com.fasterxml.jackson.databind.node.ObjectNode) s).set("part", p);
                    }
                }
            }
        }
        throw new AssertionError(student + " " + id + " not in results");
    }

    private void decide(String score, String hash) throws IOException {
        Files.writeString(out.resolve("overrides.yaml"), """
                overrides:
                  - student: zoe
                    part: 1a
                    score: %s
                    comment: "Right idea; the notation is unusual."
                    who: ta-kim
                    answer_sha256: %s
                """.formatted(score, hash));
    }

    @Test
    void aDecisionScoresThePartOnEveryRunUntilTheAnswerChanges() throws IOException {
        JsonNode before = part("zoe", "1a");
        assertEquals("review", before.get("part").get("verdict").asText());
        double totalBefore = before.get("score").asDouble();
        List<ReviewQueue.Item> queue = GRADING.reviewQueue(List.of(classDir), out, Optional.empty());
        assertEquals(1, queue.size(), queue.toString());
        decide("3/2", queue.get(0).answerSha256());

        for (int run = 0; run < 2; run++) {
            JsonNode after = part("zoe", "1a");
            JsonNode p = after.get("part");
            assertEquals("override", p.get("matched").asText(), "run " + run);
            assertEquals("partial", p.get("verdict").asText());
            assertEquals(1.5, p.get("score").asDouble());
            assertEquals(totalBefore + 1.5, after.get("score").asDouble());
            assertTrue(p.get("feedback").asText().startsWith("Right idea; the notation is unusual.\nScored in review by ta-kim."),
                    p.get("feedback").asText());
        }
        assertEquals(List.of(), GRADING.reviewQueue(List.of(classDir), out, Optional.empty()), "nothing left for review");

        writeZoe("\\oint \\spadesuit");
        JsonNode changed = part("zoe", "1a").get("part");
        assertEquals("review", changed.get("verdict").asText());
        assertEquals(0, changed.get("score").asInt());
        assertTrue(changed.get("feedback").asText().startsWith("This answer changed after it was scored in review (ta-kim gave 1.5/2"),
                changed.get("feedback").asText());
        assertEquals(1, GRADING.reviewQueue(List.of(classDir), out, Optional.empty()).size());
    }

    @Test
    void aShortenedHashAndACsvFileWorkToo() throws IOException {
        part("zoe", "1a");
        String hash = GRADING.reviewQueue(List.of(classDir), out, Optional.empty()).get(0).answerSha256();
        Files.writeString(out.resolve("overrides.csv"), "student,part,score,comment,who,answer_sha256\nzoe,1a,2,\"Fine, after all\",ta-lee,"
                + hash.substring(0, 10).toUpperCase() + "\n");
        JsonNode p = part("zoe", "1a").get("part");
        assertEquals("correct", p.get("verdict").asText());
        assertEquals("override", p.get("matched").asText());
    }

    @Test
    void aBadDecisionIsAnErrorNamingTheFileAndLine() throws IOException {
        part("zoe", "1a");
        Files.writeString(out.resolve("overrides.yaml"), """
                overrides:
                  - student: zoe
                    part: 1a
                    score: 1
                    who: ta
                    answer_sha256: 0123456789
                  - student: zoe
                    part: 9z
                    score: 1
                    who: ta
                    answer_sha256: 0123456789
                """);
        HwgradeException e = assertThrows(HwgradeException.class, () -> GRADING.gradeClass(List.of(classDir), out, 1));
        assertTrue(e.getMessage().startsWith(out.resolve("overrides.yaml") + ":7: the rubric has no part '9z'"), e.getMessage());
        Files.writeString(out.resolve("overrides.yaml"), """
                - student: zoe
                  part: 1a
                  score: 5
                  who: ta
                  answer_sha256: 0123456789
                """);
        e = assertThrows(HwgradeException.class, () -> GRADING.gradeClass(List.of(classDir), out, 1));
        assertTrue(e.getMessage().contains(":1: score 5 is outside 0..2 for part 1a"), e.getMessage());
    }
}
