package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.lms.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * canvas.csv and moodle.csv checked rule by rule against the importers' own code, kept as
 * src/test/resources/report/canvas-importer-rules.md and moodle-importer-rules.md (with sources).
 */
class GradebookImportRulesTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));
    private static final Pattern NON_ASSIGNMENT = Pattern.compile(
            "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status");

    /** Rule 5: Assignment.title_and_id. */
    private static final Pattern TITLE_AND_ID = Pattern.compile("\\A(.*)\\s+\\((\\d+)\\)\\z", Pattern.DOTALL);

    /** How the last import found its assignment (rule 5): {@code id:N} or {@code title:T}. */
    private static String assignmentMatchedBy;

    @TempDir
    Path dir;

    private static List<List<String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    /** Rules 1-8 of canvas-importer-rules.md; returns the grade per student identifier. */
    static List<String> importIntoCanvas(List<List<String>> rows) {
        List<String> header = rows.get(0);
        assertTrue(header.size() > 3 && header.get(0).contains("Student") && header.get(1).contains("ID"), "rule 2: " + header);
        int studentColumns = 3;
        if (header.get(2).matches("SIS\\s+Login\\s+ID")) {
            studentColumns += 1;
        } else if (header.get(2).matches("SIS\\s+User\\s+ID") && header.get(3).matches("SIS\\s+Login\\s+ID")) {
            studentColumns += 2 + (header.get(4).matches("Integration\\s+ID") ? 1 : 0);
        }
        assertTrue(header.get(studentColumns - 1).contains("Section"), "rule 4: " + header);
        List<String> assignments = header.subList(studentColumns, header.size()).stream()
                .filter(h -> !NON_ASSIGNMENT.matcher(h).find()).toList();
        assertEquals(1, assignments.size(), "rule 5: one assignment column " + assignments);
        Matcher titleAndId = TITLE_AND_ID.matcher(assignments.get(0));
        assignmentMatchedBy = titleAndId.matches() ? "id:" + titleAndId.group(2) : "title:" + assignments.get(0);
        assertTrue(rows.get(1).get(0).contains("Points Possible"), "rule 6");
        assertEquals("40", rows.get(1).get(header.indexOf(assignments.get(0))), "rule 6: points");
        List<String> grades = new ArrayList<>();
        Set<String> students = new HashSet<>();
        for (List<String> row : rows.subList(2, rows.size())) {
            String who = !row.get(1).isBlank() ? "id:" + row.get(1) : !row.get(2).isBlank() ? "sis:" + row.get(2) : "name:" + row.get(0);
            assertTrue(students.add(who), "rule 8: a second row for " + who);
            assertTrue(row.get(1).isBlank() || row.get(1).matches("\\d+"), "rule 7: Canvas ids are numbers: " + row);
            String grade = row.get(header.indexOf(assignments.get(0))).strip();
            assertTrue(grade.matches("\\d+(\\.\\d+)?"), "rule 8: a grade, not blank: " + row);
            grades.add(who + "=" + grade);
        }
        return grades;
    }

    @Test
    void canvasCsvFromACanvasDownloadPassesTheImportersRules() throws IOException {
        Path out = dir.resolve("out");
        GRADING.gradeClass(List.of(ClassDownloadsTest.canvas(dir)), out, 1, Optional.of(Roster.read(
                Path.of("src/test/resources/lms/roster.csv"))));
        List<List<String>> rows = csv(out.resolve("canvas.csv"));
        assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Deep Learning, written homework 3"),
                rows.get(0));
        assertEquals(List.of("id:1001=40", "id:1002=36.5", "id:1003=30", "id:1004=34"), importIntoCanvas(rows).stream().sorted().toList());
        assertTrue(rows.contains(List.of("Alice Moreau", "1001", "20231457", "", "", "40")), rows.toString());
    }

    @Test
    void canvasCsvWithoutAnIdIsMatchedByTitle() throws IOException {
        Path out = dir.resolve("out");
        GRADING.gradeClass(List.of(ClassDownloadsTest.canvas(dir)), out, 1);
        importIntoCanvas(csv(out.resolve("canvas.csv")));
        assertEquals("title:Deep Learning, written homework 3", assignmentMatchedBy);
    }

    @Test
    void theRubricsCanvasAssignmentIdNamesTheColumnSoCanvasMatchesItById() throws IOException {
        Path rubric = rubricWithCanvasId12345();
        Path out = dir.resolve("out");
        new Grading(Assignment.load(rubric)).gradeClass(List.of(ClassDownloadsTest.canvas(dir)), out, 1);
        List<List<String>> rows = csv(out.resolve("canvas.csv"));
        assertEquals("Deep Learning, written homework 3 (12345)", rows.get(0).get(5));
        assertEquals(List.of("id:1001=40", "id:1002=36.5", "id:1003=30", "id:1004=34"), importIntoCanvas(rows).stream().sorted().toList());
        assertEquals("id:12345", assignmentMatchedBy);
    }

    @Test
    void theCommandLinesCanvasAssignmentIdWinsOverTheRubrics() throws IOException {
        Path rubric = rubricWithCanvasId12345();
        Path out = dir.resolve("out");
        new Grading(Assignment.load(rubric).withCanvasAssignmentId("777")).gradeClass(List.of(ClassDownloadsTest.canvas(dir)), out, 1);
        importIntoCanvas(csv(out.resolve("canvas.csv")));
        assertEquals("id:777", assignmentMatchedBy);
    }

    private Path rubricWithCanvasId12345() throws IOException {
        return Files.writeString(dir.resolve("hw3.yaml"),
                Files.readString(Path.of("rubrics/dl-hw3.yaml")) + "\nlms: {canvas_assignment_id: 12345}\n");
    }

    @Test
    void aCanvasAssignmentIdThatIsNotANumberIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.hwgrade.model.HwgradeException.class,
                () -> Assignment.load(Path.of("rubrics/dl-hw3.yaml")).withCanvasAssignmentId("hw3"));
        assertTrue(e.getMessage().contains("not a Canvas assignment id"), e.getMessage());
    }

    @Test
    void canvasCsvOfAPlainFolderFindsStudentsByNameAndMakesHostileCellsInert() throws IOException {
        Path c = Files.createDirectories(dir.resolve("class"));
        Files.copy(Path.of("submissions-sample/alice.md"), c.resolve("=HYPERLINK(1).md"));
        Files.copy(Path.of("submissions-sample/dana.txt"), c.resolve("dana.txt"));
        Path out = dir.resolve("out");
        GRADING.gradeClass(List.of(c), out, 1);
        List<List<String>> rows = csv(out.resolve("canvas.csv"));
        assertEquals(List.of("name:'=HYPERLINK(1)=40", "name:dana=40"), importIntoCanvas(rows));
    }

    /** Rules 1-4 of moodle-importer-rules.md; returns participant id = grade. */
    static List<String> importIntoMoodle(List<List<String>> rows, double maxGrade) {
        List<String> header = rows.get(0);
        int id = header.indexOf("Identifier");
        int grade = header.indexOf("Grade");
        int modified = header.indexOf("Last modified (grade)");
        assertTrue(id >= 0 && grade >= 0 && modified >= 0, "rule 1: " + header);
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertTrue(row.get(id).matches("Participant \\d+"), "rule 2: " + row);
            ZonedDateTime.parse(row.get(modified), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"));
            double g = Double.parseDouble(row.get(grade));
            assertTrue(g >= 0 && g <= maxGrade, "rule 4: " + row);
            out.add(row.get(id).substring("Participant ".length()) + "=" + row.get(grade));
        }
        return out;
    }

    @Test
    void moodleWorksheetFromAMoodleDownloadPassesTheImportersRules() throws IOException {
        Path out = dir.resolve("out");
        GRADING.gradeClass(List.of(ClassDownloadsTest.moodle(dir)), out, 1);
        List<List<String>> rows = csv(out.resolve("moodle.csv"));
        assertEquals(List.of("501=40", "502=36.5", "503=30", "504=34"), importIntoMoodle(rows, 40).stream().sorted().toList());
        assertEquals("Alice Moreau", rows.get(1).get(1));
    }
}
