package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.SubmissionResult;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

    /** Counts the flushes that reach the file: each one is a write call to the operating system. */
    private static final class CountingStream extends ByteArrayOutputStream {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void aClassIsStreamedWithoutAFlushPerPartAndStillReadsBackWhole() throws IOException {
        Assignment assignment = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
        SubmissionResult alice = new Grading(assignment).grade(Path.of("submissions-sample/alice.md"));
        CountingStream out = new CountingStream();
        int students = 200;
        try (ResultsJson results = new ResultsJson(out, assignment.rubric(), "0".repeat(64))) {
            for (int i = 0; i < students; i++) {
                results.write(alice);
            }
        }
        // Jackson's writeTree flushed after every received and expected value: thousands of write calls
        // per class, a large share of a 100,000-student run. The buffered writer now flushes once, at the end.
        assertTrue(out.flushes <= 1, out.flushes + " flushes for " + students + " submissions");
        JsonNode doc = Json.MAPPER.readTree(out.toByteArray());
        assertEquals(students, doc.get("submissions").size());
        JsonNode firstPart = doc.get("submissions").get(0).get("parts").get(0);
        assertEquals(alice.parts().get(0).partId(), firstPart.get("id").asText());
        assertTrue(firstPart.has("expected") && !firstPart.get("expected").isNull(), firstPart.toString());
    }
}
