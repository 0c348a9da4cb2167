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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hwgrade.lms.Roster;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.report.ResultsDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The late policy end to end, on the class of ClassDownloadsTest downloaded from each system:
 * due 2026-11-21T08:00:00+09:00 (23:00Z), 15 minutes' grace, 10% of 40 points a day, 3 days at most.
 * Where each system's times come from: Gradescope's metadata, Canvas's LATE mark (no time: flagged,
 * not charged) and the times CSV, Moodle only the times CSV.
 */
class LateHandInsTest {

    private static final String LATE = "\nlate: {due: 2026-11-21T08:00:00+09:00, grace: 15m, per_day: 10%, max_days: 3}\n";
    private static final Roster ROSTER = Roster.read(Path.of("src/test/resources/lms/roster.csv"));

    @TempDir
    Path dir;

    private Assignment assignment() throws IOException {
        Path rubric = dir.resolve("hw3.yaml");
        Files.writeString(rubric, Files.readString(Path.of("rubrics/dl-hw3.yaml")) + LATE);
        return Assignment.load(rubric);
    }

    private JsonNode grade(Path input, String out, Optional<Path> times, Optional<Path> extensions) throws IOException {
        Assignment a = assignment();
        Path o = dir.resolve(out);
        new Grading(a).gradeClass(List.of(input), o, 2, Optional.of(ROSTER), true, LateHandIns.load(a.rubric(), times, extensions));
        return new ObjectMapper().readTree(o.resolve("results.json").toFile());
    }

    /** Per roster id: total, late status, days, penalty and where the time came from. */
    private static Map<String, String> lateness(JsonNode results) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode s : results.get("submissions")) {
            JsonNode l = s.get("late");
            out.put(s.get("student").asText(), s.get("score").asText() + " " + l.get("status").asText() + " " + l.get("days").asText()
                    + " -" + l.get("penalty").asText() + " " + l.get("time_from").asText());
        }
        return out;
    }

    private Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void gradescopesCreatedAtIsTheTimeAndThePenaltyReachesEveryReport() throws IOException {
        JsonNode r = grade(ClassDownloadsTest.gradescope(dir), "out", Optional.empty(), Optional.empty());
        assertEquals(Map.of(
                "20231457", "40 in_grace 0 -0 gradescope",   // 10 minutes after the due time
                "21104339", "28.5 late 2 -8 gradescope",     // 34 hours late: 2 days of 4 points, 36.5 -> 28.5
                "20220001", "30 on_time 0 -0 gradescope",
                "2021123456", "34 on_time 0 -0 gradescope"), lateness(r));
        JsonNode bruno = r.get("submissions").get(1);
        assertEquals("2026-11-22T09:00:00Z", bruno.get("late").get("submitted_at").asText());
        assertEquals("2026-11-21T08:00:00+09:00", bruno.get("late").get("due").asText());
        assertEquals("36.5", bruno.get("late").get("score_before").asText());
        Path out = dir.resolve("out");
        assertTrue(Files.readAllLines(out.resolve("gradebook.csv")).get(0).endsWith(",total,max,status,late_status,late_days,late_penalty"));
        assertTrue(Files.readAllLines(out.resolve("gradebook.csv")).stream().anyMatch(l -> l.endsWith(",28.5,40,graded,late,2,8")));
        assertTrue(Files.readString(out.resolve("canvas.csv")).contains("\"Bruno Carvalho\",,21104339,,,28.5\n"), Files.readString(out.resolve("canvas.csv")));
        String feedback = Files.readString(out.resolve("feedback/21104339.md"));
        assertTrue(feedback.contains("**Score: 28.5/40**"), feedback);
        assertTrue(feedback.contains("Late policy: Submitted 2026-11-22T09:00:00Z (as gradescope recorded it), 2 days late "
                + "(due 2026-11-21T08:00:00+09:00): late penalty −8 points, 36.5 → 28.5."), feedback);
        assertTrue(Files.readString(out.resolve("students/21104339.html")).contains("<p id=\"late\">Submitted 2026-11-22T09:00:00Z"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<td>28.5</td><td>late, 2 days, &minus;8</td>"));
    }

    @Test
    void canvassLateMarkWithoutATimeIsFlaggedNotCharged() throws IOException {
        JsonNode r = grade(ClassDownloadsTest.canvas(dir), "out", Optional.empty(), Optional.empty());
        assertEquals("36.5 unknown 0 -0 none", lateness(r).get("21104339"));
        assertTrue(java.util.stream.StreamSupport.stream(r.get("submissions").spliterator(), false)
                .filter(s -> s.get("student").asText().equals("21104339")).findFirst().orElseThrow().get("marked_late").asBoolean());
        assertTrue(Files.readString(dir.resolve("out/feedback/21104339.md")).contains(
                "No submission time is known, so no late penalty was applied, though canvas marked the hand-in late"));
    }

    @Test
    void aTimesCsvGivesCanvasAndMoodleTheirTimesByAnyOfTheStudentsIds() throws IOException {
        Path times = csv("times.csv", """
                student,submitted_at
                1002,2026-11-22T18:00:00+09:00
                20231457,2026-11-21 08:00:00 +09:00
                """);
        assertEquals("28.5 late 2 -8 times_csv", lateness(grade(ClassDownloadsTest.canvas(dir), "c", Optional.of(times), Optional.empty()))
                .get("21104339"));
        Path moodleTimes = csv("moodle-times.csv", """
                student,submitted_at
                502,2026-11-25T08:00:01+09:00
                alice@uni.example,2026-11-21T07:00:00+09:00
                """);
        Map<String, String> moodle = lateness(grade(ClassDownloadsTest.moodle(dir), "m", Optional.of(moodleTimes), Optional.empty()));
        assertEquals("0 not_accepted 5 -36.5 times_csv", moodle.get("21104339"));  // over 4 days late: past max_days 3
        assertEquals("40 on_time 0 -0 times_csv", moodle.get("20231457"));
        assertEquals("30 unknown 0 -0 none", moodle.get("20220001"));
    }

    @Test
    void anExtensionMovesTheDueTimeAndTheDiffSaysTheLatePenaltyChanged() throws IOException {
        JsonNode before = grade(ClassDownloadsTest.gradescope(dir), "before", Optional.empty(), Optional.empty());
        Path ext = csv("ext.csv", "student,due,extra_days\n21104339,,2\n20220001,2026-11-20T00:00:00Z,\n");
        JsonNode after = grade(ClassDownloadsTest.gradescope(dir.resolve("again")), "after", Optional.empty(), Optional.of(ext));
        assertEquals("36.5 on_time 0 -0 gradescope", lateness(after).get("21104339"));
        assertTrue(after.get("submissions").get(1).get("late").get("extended").asBoolean());
        assertEquals("26 late 1 -4 gradescope", lateness(after).get("20220001")); // an earlier due time is an extension too
        ResultsDiff diff = ResultsDiff.of(dir.resolve("before/results.json"), dir.resolve("after/results.json"));
        String text = diff.text();
        assertTrue(text.contains("21104339  28.5 → 36.5 (+8)\n  late penalty  late: −8 (late, 2 days, submitted 2026-11-22T09:00:00Z, "
                + "due 2026-11-21T08:00:00+09:00) → −0 (on_time, 0 days, submitted 2026-11-22T09:00:00Z, due 2026-11-23T08:00:00+09:00 extended)"), text);
        assertEquals(List.of(), diff.changed().stream().filter(c -> c.student().equals("21104339")).findFirst().orElseThrow().parts());
        assertEquals(36.5 - 28.5, after.get("submissions").get(1).get("score").asDouble() - before.get("submissions").get(1).get("score").asDouble());
    }

    @Test
    void aWrongRowOfTheTimesOrExtensionsCsvNamesItsLine() throws IOException {
        Assignment a = assignment();
        Path times = csv("t.csv", "student,submitted_at\nalice,2026-11-21T08:00:00\n");
        HwgradeException e = assertThrows(HwgradeException.class, () -> LateHandIns.load(a.rubric(), Optional.of(times), Optional.empty()));
        assertTrue(e.getMessage().contains("t.csv:2") && e.getMessage().contains("not a time with its UTC offset"), e.getMessage());
        Path ext = csv("e.csv", "student,due,extra_days\nalice,2026-11-22T08:00:00Z,1\n");
        e = assertThrows(HwgradeException.class, () -> LateHandIns.load(a.rubric(), Optional.empty(), Optional.of(ext)));
        assertTrue(e.getMessage().contains("e.csv:2") && e.getMessage().contains("not both"), e.getMessage());
        Path twice = csv("d.csv", "student,submitted_at\nbo,2026-11-21T08:00:00Z\nbo,2026-11-21T09:00:00Z\n");
        e = assertThrows(HwgradeException.class, () -> LateHandIns.load(a.rubric(), Optional.of(twice), Optional.empty()));
        assertTrue(e.getMessage().contains("d.csv:3") && e.getMessage().contains("a second row for student bo"), e.getMessage());
        Assignment plain = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
        e = assertThrows(HwgradeException.class, () -> LateHandIns.load(plain.rubric(), Optional.of(times), Optional.empty()));
        assertTrue(e.getMessage().contains("the rubric has no late policy"), e.getMessage());
    }
}
