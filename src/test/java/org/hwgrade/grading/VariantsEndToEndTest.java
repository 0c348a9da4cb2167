package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.lms.Roster;
import org.hwgrade.model.Given;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;
import org.hwgrade.rubric.StudentSafeRubric;
import org.hwgrade.solver.StudentVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "done when" for variants: sheets for a roster, each student's answers filled from
 * their own key, the class graded: full marks for everyone, and not once two students swap.
 */
class VariantsEndToEndTest {

    private static final Path RUBRIC = Path.of("src/test/resources/rubrics/variants.yaml");
    private static final List<String> IDS = List.of("s1", "s2", "s3", "s4");

    @TempDir
    Path dir;

    @Test
    void eachStudentGradesFullWithTheirOwnKeyAndNotWithAnothers() throws IOException {
        Assignment a = Assignment.load(RUBRIC);
        Roster roster = roster();
        Path sheets = dir.resolve("sheets");
        assertEquals(4, VariantSheets.write(a, roster, sheets));

        Map<String, String> sheetText = new HashMap<>();
        for (String id : IDS) {
            sheetText.put(id, Files.readString(sheets.resolve(id + ".md")));
            assertTrue(Files.exists(sheets.resolve(id + ".tex")));
            assertTrue(Files.exists(sheets.resolve(id + ".key.txt")));
        }
        assertNotEquals(sheetText.get("s1"), sheetText.get("s2"), "two students of the roster got the same numbers");
        JsonNode index = new ObjectMapper().readTree(sheets.resolve("keys.json").toFile());
        assertEquals(4, index.get("students").size());
        assertNotEquals(index.get("students").get(0).get("key").get("1a"), index.get("students").get(1).get("key").get("1a"));

        Path again = dir.resolve("again");
        VariantSheets.write(Assignment.load(RUBRIC), roster, again);
        for (String id : IDS) {
            assertEquals(sheetText.get(id), Files.readString(again.resolve(id + ".md")), "a second run drew other numbers");
        }

        Path hand = dir.resolve("hand-ins");
        Files.createDirectories(hand);
        for (String id : IDS) {
            Files.writeString(hand.resolve(id + ".md"), answers(a, id, id));
        }
        Map<String, JsonNode> graded = gradeClass(a, hand, roster);
        for (String id : IDS) {
            JsonNode r = graded.get(id);
            assertEquals(r.get("max_score").asDouble(), r.get("score").asDouble(), id + " with their own key: " + r);
            assertEquals(a.variants().orElseThrow().of(id).seed().id(), r.get("variant").asText());
        }
        assertTrue(Files.readString(dir.resolve("out/feedback/s1.md")).contains("variant `"));

        Files.writeString(hand.resolve("s1.md"), answers(a, "s1", "s2"));
        Files.writeString(hand.resolve("s2.md"), answers(a, "s2", "s1"));
        Map<String, JsonNode> swapped = gradeClass(a, hand, roster);
        for (String id : List.of("s1", "s2")) {
            JsonNode r = swapped.get(id);
            assertTrue(r.get("score").asDouble() < r.get("max_score").asDouble(), id + " graded full with another's numbers: " + r);
        }
    }

    @Test
    void aHandInTheRosterDoesNotKnowGoesToReviewNotToSomeonesNumbers() throws IOException {
        Assignment a = Assignment.load(RUBRIC);
        Path hand = dir.resolve("hand-ins");
        Files.createDirectories(hand);
        Files.writeString(hand.resolve("stranger.md"), answers(a, "nobody", "s1").replace("student: nobody", ""));
        JsonNode stranger = gradeClass(a, hand, roster()).get("stranger");
        stranger.get("parts").forEach(p -> assertEquals("review", p.get("verdict").asText(), stranger.toString()));
        assertFalse(stranger.has("variant"));
    }

    @Test
    void thePublicRubricOfAVariantRubricHoldsNoStudentsNumbers() {
        Assignment a = Assignment.load(RUBRIC);
        String pub = StudentSafeRubric.write(a.rubric());
        for (String id : IDS) {
            StudentVariant v = a.variants().orElseThrow().of(id);
            v.solved().key().answers().forEach((part, value) -> {
                if (value instanceof org.hwgrade.model.Tensor t) {
                    assertFalse(pub.contains(t.entries().toString()), part + " of " + id + " in the public rubric");
                }
            });
        }
        assertFalse(pub.contains("integers"), "the public rubric shows how the givens are drawn: " + pub);
    }

    /** An exact fraction as LaTeX: the test's own reading of what the sheet must show. */
    private static String tex(Rational r) {
        if (r.isInteger()) {
            return r.numerator().toString();
        }
        return (r.signum() < 0 ? "-" : "") + "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
    }

    @Test
    void drawnFractionsArePrintedExactlyOnEachSheetAndTheStudentsKeyGradesFull() throws IOException {
        Assignment a = Assignment.load(Path.of("src/test/resources/rubrics/fractions.yaml"));
        Path sheets = dir.resolve("sheets");
        VariantSheets.write(a, roster(), sheets);
        Path hand = Files.createDirectories(dir.resolve("hand-ins"));
        for (String id : IDS) {
            String md = Files.readString(sheets.resolve(id + ".md"));
            String tex = Files.readString(sheets.resolve(id + ".tex"));
            Given.Of drawn = (Given.Of) a.variants().orElseThrow().of(id).solved().rubric().problems().get(0).givens().get("a");
            for (Num n : ((Tensor) drawn.value()).entries()) {
                assertTrue(md.contains(tex((Rational) n)) && tex.contains(tex((Rational) n)), id + ": " + n + " not on the sheet " + md);
            }
            assertFalse(md.matches("(?s).*\\d\\.\\d{3}.*"), id + ": a fraction shown as a rounded decimal: " + md);
            assertTrue(md.contains("(1 point)"), md);
            Files.writeString(hand.resolve(id + ".md"), answers(a, id, id));
        }
        Map<String, JsonNode> graded = gradeClass(a, hand, roster());
        for (String id : IDS) {
            assertEquals(1.0, graded.get(id).get("score").asDouble(), id + ": " + graded.get(id));
        }
    }

    /** Grades the class folder with the roster; the results by student, as results.json has them. */
    private Map<String, JsonNode> gradeClass(Assignment a, Path hand, Roster roster) throws IOException {
        new Grading(a).gradeClass(List.of(hand), dir.resolve("out"), 2, Optional.of(roster));
        Map<String, JsonNode> out = new HashMap<>();
        new ObjectMapper().readTree(dir.resolve("out/results.json").toFile()).get("submissions")
                .forEach(s -> out.put(s.get("student").asText(), s));
        return out;
    }

    /** The student's answer file: their header line, then every answer from {@code keyOf}'s key. */
    private static String answers(Assignment a, String student, String keyOf) {
        StudentVariant v = a.variants().orElseThrow().of(keyOf);
        return "student: " + student + "\n\n"
                + AnswerTemplate.write(v.solved().rubric(), AnswerTemplate.Format.MD, Optional.of(v.solved().key()));
    }

    private Roster roster() {
        return new Roster(IDS.stream().map(id -> new Roster.Row(id, Optional.of("Student " + id), Optional.empty())).toList());
    }
}
