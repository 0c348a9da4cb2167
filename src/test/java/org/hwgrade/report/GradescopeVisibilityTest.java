package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rubric's {@code visibility} (problem or part; the part's wins) is the visibility of the part's
 * Gradescope test, and a part not visible stays out of the visible top-level output.
 */
class GradescopeVisibilityTest {

    private static final String RUBRIC = """
            assignment: vis
            problems:
              - id: "1"
                visibility: after_due_date
                givens: {a: 7}
                quantities: {b: a * 1009, c: a * 1013}
                parts:
                  - {id: 1a, points: 2, kind: integer, quantity: b, labels: [b]}
                  - {id: 1b, points: 3, kind: integer, quantity: c, labels: [c], visibility: hidden}
              - id: "2"
                givens: {d: 5}
                quantities: {e: d * 17}
                parts:
                  - {id: 2a, points: 1, kind: integer, quantity: e, labels: [e]}
            """;

    private static JsonNode results(Path dir, Reveal reveal) throws IOException {
        return results(dir, reveal, RUBRIC);
    }

    private static JsonNode results(Path dir, Reveal reveal, String rubric) throws IOException {
        Grading grading = new Grading(Assignment.load(Files.writeString(dir.resolve("vis.yaml"), rubric)));
        // 1b wrong (its key is 7091) and 2a right.
        Submission read = grading.read(Files.writeString(dir.resolve("s1.md"), "## 1\n\nb = 7063\n\nc = 7090\n\n## 2\n\ne = 85\n"));
        Grading shown = reveal == Reveal.KEY ? grading : grading.withKeyHidden();
        CheckReport report = new CheckReport(grading.assignment().rubric(), read, Optional.of(shown.grade(read)), reveal, 1L);
        return new ObjectMapper().readTree(CheckOutput.GRADESCOPE.render(report, Optional.empty()));
    }

    @Test
    void thePartsVisibilityWinsOverTheProblemsWhichWinsOverTheRevealLevel(@TempDir Path dir) throws IOException {
        for (Reveal reveal : new Reveal[] {Reveal.FOUND, Reveal.KEY}) {
            JsonNode tests = results(dir, reveal).get("tests");
            int first = reveal == Reveal.FOUND ? 1 : 0; // "Parts read" comes first below correctness
            assertEquals("after_due_date", tests.get(first).get("visibility").asText(), reveal.key());
            assertEquals("hidden", tests.get(first + 1).get("visibility").asText(), reveal.key());
            assertEquals(reveal == Reveal.KEY ? "visible" : "after_published", tests.get(first + 2).get("visibility").asText());
        }
    }

    @Test
    void aPartNotVisibleLeavesNoScoreNorKeyInTheTopLevelOutput(@TempDir Path dir) throws IOException {
        JsonNode results = results(dir, Reveal.KEY);
        String output = results.get("output").asText();
        String allVisible = results(dir, Reveal.KEY, RUBRIC.replace("visibility: hidden", "visibility: visible")
                .replace("visibility: after_due_date", "")).get("output").asText();
        assertTrue(allVisible.contains("`7091`") && allVisible.contains("0/3"), "shown when visible: " + allVisible);
        assertFalse(output.contains("`7091`"), "1b's key in the visible output: " + output);
        assertFalse(output.contains("/3"), "1b's score in the visible output: " + output);
        assertFalse(output.contains("Score:"), "the total gives the hidden parts' scores away: " + output);
        assertTrue(output.contains("| 1b | shown later |"), output);
        assertTrue(output.contains("| 2a | 1/1 |"), "a visible part is shown: " + output);
        assertEquals(3, results.get("score").asDouble(), "Gradescope still gets the whole score");
    }

    @Test
    void anUnknownVisibilityIsARubricErrorWithItsPlaceAndTheAllowedValues() {
        String wrong = RUBRIC.replace("visibility: hidden", "visibility: secret");
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.parse(wrong, "vis.yaml"));
        assertTrue(e.getMessage().startsWith("vis.yaml:9:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown visibility 'secret'"), e.getMessage());
        assertTrue(e.getMessage().contains("hidden, after_due_date, after_published, visible"), e.getMessage());
    }
}
