package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.lms.HandIn;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradingTest {

    private static final Path RUBRIC = Path.of("rubrics/dl-hw3.yaml");
    private static final Path SEED = Path.of("src/test/resources/seed/000_ef3b3dcf85fd5018.txt");
    private final Grading grading = new Grading(Assignment.load(RUBRIC));

    private static Map<String, PartResult> byPart(SubmissionResult r) {
        Map<String, PartResult> map = new HashMap<>();
        r.parts().forEach(p -> map.put(p.partId(), p));
        return map;
    }

    @Test
    void theSeedGetsProblems2And3RightAndItsMistakesRecognised() {
        Map<String, PartResult> parts = byPart(grading.grade(SEED));
        for (String id : List.of("2a", "2b", "2c", "2d", "3a", "3b", "3c", "3d", "3e")) {
            assertEquals(Verdict.CORRECT, parts.get(id).verdict(), id + ": " + parts.get(id));
            assertEquals("key", parts.get(id).matched().key(), id);
        }
        for (String id : List.of("4a", "4b", "4c", "4d")) {
            assertEquals("misconception:input_depth_ignored_and_no_bias", parts.get(id).matched().key(), id);
            assertEquals(Rational.of(1, 2), parts.get(id).score(), id + ": 1/4 of 2 points");
        }
        PartResult total = parts.get("4e");
        assertEquals("follow-through", total.matched().key(), total.toString());
        assertEquals(Rational.of(2), total.score());
        assertTrue(String.join(" ", total.feedback()).contains("4a"), total.feedback().toString());
    }

    /**
     * 2a's flipped kernel (a misconception of 2a only) explains a y written without k: 2b earns the
     * follow-through credit (homework 3: full), as 2a, left out, already earned nothing.
     */
    @Test
    void aMistakeDeclaredUpstreamIsRecognisedDownstream(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("dana.txt"), "2b) y = [[4, 8], [4, 3]]\n");
        Map<String, PartResult> parts = byPart(grading.grade(file));
        PartResult y = parts.get("2b");
        assertEquals("misconception:flipped_kernel", y.matched().key(), y.toString());
        assertEquals(Rational.ONE, y.score());
        assertEquals(List.of("your answer follows from the mistake in 2a: You flipped the kernel (true convolution)."
                + " In deep learning CONV is cross-correlation: slide W over x without rotating it."), y.feedback());
        assertEquals(Verdict.MISSING, parts.get("2a").verdict());
    }

    @Test
    void outputIsByteIdenticalAcrossJobCounts(@TempDir Path one, @TempDir Path three) throws IOException {
        List<Path> inputs = List.of(Path.of("submissions-sample"), SEED.getParent());
        grading.gradeClass(inputs, one, 1);
        grading.gradeClass(inputs, three, 3);
        for (String f : List.of("results.json", "gradebook.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f);
        }
    }

    @Test
    void everyInputAppearsInEveryReport(@TempDir Path out) throws IOException {
        grading.gradeClass(List.of(Path.of("submissions-sample")), out, 2);
        long handIns;
        try (var s = Files.list(Path.of("submissions-sample"))) {
            handIns = s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(handIns, results.get("submissions").size());
        assertEquals(handIns + 1, Files.readAllLines(out.resolve("gradebook.csv")).size(), "header + one row each");
        try (var s = Files.list(out.resolve("feedback"))) {
            assertEquals(handIns, s.count());
        }
        for (JsonNode sub : results.get("submissions")) {
            assertEquals(18, sub.get("parts").size(), sub.get("student").asText());
        }
    }

    @Test
    void staleFeedbackIsRemovedAndNoTemporaryFilesRemain(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("feedback"));
        Files.writeString(out.resolve("feedback/gone.md"), "a student who is no longer in the class");
        grading.gradeClass(List.of(SEED), out, 1);
        grading.gradeClass(List.of(SEED), out, 1);
        assertEquals(List.of("feedback/000_ef3b3dcf85fd5018.md", "gradebook.csv", "results.json"), reportFiles(out));
        try (var s = Files.list(out)) {
            assertEquals(List.of(".hwgrade-gen-2", ".hwgrade.lock", "canvas.csv", "current", "feedback", "gradebook.csv", "moodle.csv",
                "results.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "one generation, no temporary files");
        }
    }

    @Test
    void filesThatAreNotReportsInTheOutputFolderStopTheRunAndAreKept(@TempDir Path out) throws IOException {
        grading.gradeClass(List.of(Path.of("submissions-sample")), out, 2);
        Files.writeString(out.resolve("README.txt"), "notes of the TA");
        HwgradeException e = assertThrows(HwgradeException.class, () -> grading.gradeClass(List.of(SEED), out, 2));
        assertTrue(e.getMessage().contains("holds files that are not hwgrade's reports: README.txt"), e.getMessage());
        assertEquals("notes of the TA", Files.readString(out.resolve("README.txt")));
        assertTrue(Files.exists(out.resolve("feedback/alice.md")), "the earlier reports are untouched");
    }

    @Test
    void theOutputFolderMayNotBeTheClassFolder(@TempDir Path dir) throws IOException {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        Files.copy(SEED, classDir.resolve("seed.txt"));
        HwgradeException e = assertThrows(HwgradeException.class, () -> grading.gradeClass(List.of(classDir), classDir, 1));
        assertTrue(e.getMessage().contains("the output folder is, or holds, the submissions being graded"), e.getMessage());
        HwgradeException parent = assertThrows(HwgradeException.class, () -> grading.gradeClass(List.of(classDir), dir, 1));
        assertTrue(parent.getMessage().contains("holds, the submissions"), parent.getMessage());
        try (var s = Files.list(classDir)) {
            assertEquals(1, s.count(), "nothing was written into the class folder");
        }
    }

    @Test
    void theRootOfTheFileSystemIsNeverAnOutputFolder() {
        HwgradeException e = assertThrows(HwgradeException.class, () -> grading.gradeClass(List.of(SEED), Path.of("/"), 1));
        assertTrue(e.getMessage().contains("cannot be written to the root"), e.getMessage());
    }

    /** The reports as a user sees them through OUT's links, relative to OUT. */
    static List<String> reportFiles(Path out) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (String top : List.of("results.json", "gradebook.csv", "feedback")) {
            try (var s = Files.walk(out.resolve(top), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                s.filter(Files::isRegularFile).forEach(p -> names.add(
                        top + out.resolve(top).relativize(p).toString().transform(r -> r.isEmpty() ? "" : "/" + r)));
            }
        }
        return names.stream().sorted().toList();
    }

    @Test
    void aMissingPathIsAUsageErrorNamingIt() {
        HwgradeException e = assertThrows(HwgradeException.class,
                () -> grading.gradeClass(List.of(Path.of("no/such/folder")), Path.of("target/never"), 1));
        assertTrue(e.getMessage().startsWith("no/such/folder: no such file or folder"), e.getMessage());
    }

    @Test
    void namesStayUniqueWhenStemsCollide(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("alice.md"), "");
        Path b = Files.writeString(dir.resolve("alice.txt"), "");
        Path c = Files.createDirectories(dir.resolve("x")).resolve("alice.md");
        Files.writeString(c, "");
        List<String> names = ClassRoster.name(List.of(a, b, c).stream().map(HandIn::plain).toList()).stream().map(ClassRoster.Entry::student).toList();
        assertEquals(List.of("alice", "alice.txt", "alice.md"), names);
    }

    @Test
    void reportsWrittenInsideTheClassFolderAreNotGradedNextTime(@TempDir Path dir) throws IOException {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        Files.copy(SEED, classDir.resolve("seed.txt"));
        Path out = classDir.resolve("grades");
        grading.gradeClass(List.of(classDir), out, 1);
        grading.gradeClass(List.of(classDir), out, 1);
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertEquals(1, results.get("submissions").size(), results.toString());
    }
}
