package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwgrade.compare.SymbolicCheckerJudge;
import org.hwgrade.compare.SymbolicJudge;
import org.hwgrade.model.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One student's failure stays theirs: an internal error on one hand-in, even running out of stack
 * or heap, becomes that student's result, and every other student is graded and written. The
 * failures are provoked by a symbolic judge that fails on a marker word in the student's answer.
 */
class FailureContainmentTest {

    private static final Assignment HW3 = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
    private static final SymbolicJudge REAL = new SymbolicCheckerJudge();
    private static final SymbolicJudge FAILING = (part, problem, student, key) -> {
        if (student.contains("OVERFLOW")) {
            throw new StackOverflowError("provoked");
        }
        if (student.contains("EXHAUSTED")) {
            throw new OutOfMemoryError("provoked");
        }
        if (student.contains("BUG")) {
            throw new IllegalStateException("provoked");
        }
        return REAL.judge(part, problem, student, key);
    };

    private static Path classWith(Path dir, String... markers) throws IOException {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        Files.writeString(classDir.resolve("alice.md"), alice);
        for (String marker : markers) {
            Files.writeString(classDir.resolve(marker.toLowerCase() + ".md"),
                    alice.replace("\\mathbf{s} - e_y$$", "\\mathbf{s} - e_y + " + marker + "$$"));
        }
        return classDir;
    }

    @Test
    void stackOverflowOutOfMemoryAndBugsOnOneStudentAreThatStudentsResult(@TempDir Path dir) throws IOException {
        Path classDir = classWith(dir, "OVERFLOW", "EXHAUSTED", "BUG");
        Grading grading = new Grading(HW3, new StageTimings(), FAILING);
        Path out = dir.resolve("grades");
        grading.gradeClass(List.of(classDir), out, 2);

        assertEquals(List.of("exhausted", "overflow"), grading.internalErrors().stream().sorted().toList());
        JsonNode subs = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions");
        assertEquals(4, subs.size());
        assertEquals("alice", subs.get(0).get("student").asText());
        assertEquals("graded", subs.get(0).get("status").asText());
        assertTrue(subs.get(0).get("score").asDouble() > 30, subs.get(0).toString());
        JsonNode bug = subs.get(1);
        assertEquals("graded", bug.get("status").asText(), "a checker that throws hands the answer to a person");
        assertEquals("review", bug.at("/parts/2/verdict").asText(), bug.toString());
        for (int i = 2; i < 4; i++) {
            assertEquals("unreadable", subs.get(i).get("status").asText());
            assertTrue(subs.get(i).get("reason").asText().startsWith("internal error while grading"), subs.get(i).toString());
        }
        assertTrue(Files.readString(out.resolve("feedback/overflow.md")).contains("StackOverflowError"));
    }

    @Test
    void oneHandInCheckedAloneReportsItsInternalError(@TempDir Path dir) throws IOException {
        Path classDir = classWith(dir, "OVERFLOW");
        Grading grading = new Grading(HW3, new StageTimings(), FAILING);
        SubmissionResult r = grading.grade(classDir.resolve("overflow.md"));
        assertEquals(List.of("overflow"), grading.internalErrors());
        assertTrue(r.submission().unreadable().orElseThrow().contains("StackOverflowError"), r.toString());
        assertEquals(List.of(), new Grading(HW3).internalErrors());
    }
}
