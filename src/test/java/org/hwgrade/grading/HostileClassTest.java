package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.report.CheckReport;
import org.hwgrade.report.GradescopeJson;
import org.hwgrade.report.Reveal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class folder built as an attacker would (issue 10): links out of the class, to another
 * student, to /proc; a pipe; names that are markup, or too long for a file name; a header with an
 * emoji cut in half. The class is graded, every report is written, and each hostile hand-in gets
 * its own result with the reason.
 */
class HostileClassTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));
    private static final String ALICE_NAME = "alice";
    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    /** A hand-in folder's name of 255 bytes, the most a file name may have: its feedback page's name would be 258. */
    private static final String LONG = "n".repeat(255);

    @TempDir
    static Path dir;
    static Path out;
    static Map<String, JsonNode> byStudent = new HashMap<>();

    @BeforeAll
    static void gradeAHostileClass() throws IOException, InterruptedException {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        Files.writeString(classDir.resolve(ALICE_NAME + ".md"), alice);
        Path secrets = Files.writeString(dir.resolve("other-course-secrets.md"), "## Problem 4\n(e) 163696\nSECRET\n");
        Files.createSymbolicLink(classDir.resolve("outside.md"), secrets);
        Files.createSymbolicLink(classDir.resolve("passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(classDir.resolve("proc.md"), Path.of("/proc/self/status"));
        Files.createSymbolicLink(classDir.resolve("copycat.md"), classDir.resolve(ALICE_NAME + ".md"));
        Path folder = Files.createDirectories(classDir.resolve("linker"));
        Files.createSymbolicLink(folder.resolve("answers.md"), Path.of("../" + ALICE_NAME + ".md"));
        Process fifo = new ProcessBuilder("mkfifo", classDir.resolve("pipe.md").toString()).start();
        assertEquals(0, fifo.waitFor(), "mkfifo");
        Files.writeString(classDir.resolve(MARKUP + ".md"), alice);
        Files.writeString(Files.createDirectories(classDir.resolve(LONG)).resolve("answers.md"), alice);
        // The emoji's first half is the line's 200th character, where the header reader cuts it.
        Files.writeString(classDir.resolve("emoji.md"), "Name: " + "x".repeat(193) + "\ud83d\ude00\ud83d\ude00 Kim\n\n" + alice);
        out = dir.resolve("grades");
        GRADING.gradeClass(List.of(classDir), out, 2);
        for (JsonNode s : new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions")) {
            byStudent.put(s.get("student").asText(), s);
        }
    }

    private static String reason(String student) {
        JsonNode s = byStudent.get(student);
        assertEquals("unreadable", s.get("status").asText(), s.toString());
        return s.get("reason").asText();
    }

    @Test
    void linksOutOfTheClassAreRefusedAndNothingOfTheTargetIsQuoted() throws IOException {
        assertTrue(reason("outside").contains("outside this student's hand-in"), reason("outside"));
        assertTrue(reason("passwd").contains("a symbolic link to /etc/passwd, outside"), reason("passwd"));
        assertFalse(Files.readString(out.resolve("feedback/outside.md")).contains("SECRET"));
        assertFalse(Files.readString(out.resolve("feedback/passwd.md")).contains("root:"));
        assertFalse(Files.readString(out.resolve("results.json")).contains("root:"));
    }

    @Test
    void aLinkToAnotherStudentsFileEarnsNothing() {
        assertTrue(reason("copycat").contains("outside this student's hand-in"), reason("copycat"));
        assertTrue(reason("linker").contains("outside this student's hand-in"), reason("linker"));
        assertTrue(byStudent.get(ALICE_NAME).get("score").asDouble() > 30);
    }

    @Test
    void procAndPipesAreNeverRead() {
        assertTrue(reason("proc").contains("outside"), reason("proc"));
        assertTrue(reason("pipe").contains("not a regular file"), reason("pipe"));
    }

    @Test
    void aNameThatIsMarkupIsEscapedInTheFeedbackAndGradescope() throws IOException {
        String page = Files.readString(out.resolve("feedback/" + MARKUP.replace("<", "_").replace(">", "_") + ".md"));
        assertTrue(page.startsWith("# "), page);
        assertFalse(outsideCodeSpans(page).contains(MARKUP), "raw markup outside a code span");
        assertTrue(page.contains("feedback for \\<img src=x onerror=alert(1)\\>"), page.lines().findFirst().orElse(""));
        var result = GRADING.grade(dir.resolve("class/" + MARKUP + ".md"));
        String gradescope = GradescopeJson.render(new CheckReport(GRADING.assignment().rubric(), result.submission(),
                java.util.Optional.of(result), Reveal.KEY, 0));
        String output = new ObjectMapper().readTree(gradescope).get("output").asText();
        assertFalse(outsideCodeSpans(output).contains(MARKUP), output.substring(0, 200));
    }

    /** Markdown with its code spans (which show HTML as text) taken out. */
    private static String outsideCodeSpans(String markdown) {
        return markdown.replaceAll("`[^`]*`", "");
    }

    @Test
    void aNameTooLongForAFileAndAnEmojiCutInHalfStillGetReports() throws IOException {
        assertEquals("graded", byStudent.get(LONG).get("status").asText());
        try (var pages = Files.list(out.resolve("feedback"))) {
            List<String> names = pages.map(p -> p.getFileName().toString()).toList();
            assertEquals(byStudent.size(), names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.getBytes(StandardCharsets.UTF_8).length <= 255), names.toString());
        }
        String header = byStudent.get("emoji").get("header").asText();
        assertTrue(header.contains("x".repeat(193)), header);
        assertEquals(org.hwgrade.report.Escape.clean(header), header, "no half emoji");
    }
}
