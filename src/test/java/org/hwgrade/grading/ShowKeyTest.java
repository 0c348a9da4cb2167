package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.report.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/results.md: a part's {@code expected} is null when its rubric says {@code show_key: false} (issue 10 found the docs saying it is always there). */
class ShowKeyTest {

    @Test
    void aPartWhoseRubricHidesItsKeyHasExpectedNullInResultsJson(@TempDir Path dir) throws IOException {
        String hw3 = Files.readString(Path.of("rubrics/dl-hw3.yaml"));
        String hidden = hw3.replace("- {id: 4e, ", "- {id: 4e, show_key: false, ");
        assertTrue(!hidden.equals(hw3), "the rubric still has part 4e");
        Path rubric = Files.writeString(dir.resolve("hidden.yaml"), hidden);
        SubmissionResult r = new Grading(Assignment.load(rubric)).grade(Path.of("submissions-sample/alice.md"));
        JsonNode parts = new ObjectMapper().readTree(ResultsJson.single(r)).get("parts");
        JsonNode e = null;
        JsonNode d = null;
        for (JsonNode p : parts) {
            e = p.get("id").asText().equals("4e") ? p : e;
            d = p.get("id").asText().equals("4d") ? p : d;
        }
        assertEquals("correct", e.get("verdict").asText(), e.toString());
        assertTrue(e.get("expected").isNull(), e.toString());
        assertEquals(6176, d.get("expected").asInt(), "a part that shows its key: " + d);
    }
}
