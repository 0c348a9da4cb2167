package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hwgrade.lms.Roster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One class of four, downloaded from Canvas, Moodle and Gradescope as each lays its download out
 * (src/test/resources/lms/layouts.md, with sources), must grade to the same results: every student
 * once, with all their files, named by the roster.
 */
class ClassDownloadsTest {

    private static final Path SAMPLES = Path.of("submissions-sample");
    private static final Path ROSTER = Path.of("src/test/resources/lms/roster.csv");
    private static final byte[] PDF = "%PDF-1.4\n\u0000\u0001\u0002 binary\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static Grading grading;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        grading = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));
    }

    /** Canvas's flat folder: {@code <sortable name>[_LATE]_<user id>_<attachment id>_<file>}. */
    static Path canvas(Path root) throws IOException {
        Path c = Files.createDirectories(root.resolve("canvas"));
        copy("alice.md", c.resolve("moreaualice_1001_60001_hw3.md"));
        copy("bruno.tex", c.resolve("carvalhobruno_LATE_1002_60010_hw3.tex"));
        Files.write(c.resolve("carvalhobruno_LATE_1002_60011_hw3.pdf"), PDF);
        copy("hana/problem2.md", c.resolve("satohana_1003_60020_problem2.md"));
        copy("hana/problem3.txt", c.resolve("satohana_1003_60021_problem3.txt"));
        copy("hana/problem4.yaml", c.resolve("satohana_1003_60022_problem4.yaml"));
        copy("eun.md", c.resolve("이은지_1004_60030_숙제3.md"));
        return c;
    }

    /** Moodle's folders: {@code <Full Name>_<participant id>_assignsubmission_file/<file>}. */
    static Path moodle(Path root) throws IOException {
        Path m = Files.createDirectories(root.resolve("moodle"));
        copy("alice.md", m.resolve("Alice Moreau_501_assignsubmission_file/hw3.md"));
        copy("bruno.tex", m.resolve("Bruno Carvalho_502_assignsubmission_file/hw3.tex"));
        Files.write(m.resolve("Bruno Carvalho_502_assignsubmission_file/hw3.pdf"), PDF);
        copy("hana/problem2.md", m.resolve("Hana Sato_503_assignsubmission_file/problem2.md"));
        copy("hana/problem3.txt", m.resolve("Hana Sato_503_assignsubmission_file/work/problem3.txt"));
        copy("hana/problem4.yaml", m.resolve("Hana Sato_503_assignsubmission_file/work/problem4.yaml"));
        copy("eun.md", m.resolve("이은지_504_assignsubmission_file/숙제3.md"));
        return m;
    }

    /** Gradescope's export: {@code submission_<id>/} folders and submission_metadata.yml. */
    static Path gradescope(Path root) throws IOException {
        Path g = Files.createDirectories(root.resolve("gradescope/assignment_77_export"));
        copy("alice.md", g.resolve("submission_9001/hw3.md"));
        copy("bruno.tex", g.resolve("submission_9002/hw3.tex"));
        Files.write(g.resolve("submission_9002/hw3.pdf"), PDF);
        copy("hana/problem2.md", g.resolve("submission_9003/problem2.md"));
        copy("hana/problem3.txt", g.resolve("submission_9003/problem3.txt"));
        copy("hana/problem4.yaml", g.resolve("submission_9003/problem4.yaml"));
        copy("eun.md", g.resolve("submission_9004/숙제3.md"));
        Files.writeString(g.resolve("submission_metadata.yml"), """
                submission_9001:
                  :submitters:
                  - :name: Alice Moreau
                    :sid: '20231457'
                    :email: alice@uni.example
                  :created_at: 2026-11-20 23:10:04.000000000 +00:00
                  :score: 0.0
                submission_9002:
                  :submitters:
                  - :name: Bruno Carvalho
                    :sid: '21104339'
                    :email: bruno@uni.example
                  :created_at: 2026-11-22 09:00:00.000000000 +00:00
                  :score: 0.0
                submission_9003:
                  :submitters:
                  - :name: Hana Sato
                    :sid: '20220001'
                    :email: hana@uni.example
                  :created_at: 2026-11-20 12:00:00.000000000 +00:00
                  :score: 0.0
                submission_9004:
                  :submitters:
                  - :name: 이은지
                    :sid: '2021123456'
                    :email: eunji@uni.example
                  :created_at: 2026-11-20 08:30:00.000000000 +00:00
                  :score: 0.0
                """);
        return g.getParent();
    }

    private static void copy(String sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(SAMPLES.resolve(sample), to);
    }

    private static JsonNode grade(Path input, String out) throws IOException {
        Path o = dir.resolve(out);
        grading.gradeClass(List.of(input), o, 2, Optional.of(Roster.read(ROSTER)));
        return new ObjectMapper().readTree(o.resolve("results.json").toFile());
    }

    /** What must agree across downloads: per student, the total and each part's grade and reading. */
    private static Map<String, String> grades(JsonNode results) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode s : results.get("submissions")) {
            List<String> parts = new ArrayList<>();
            for (JsonNode p : s.get("parts")) {
                JsonNode src = p.get("source");
                parts.add(p.get("id").asText() + "=" + p.get("score") + "/" + p.get("verdict").asText() + "/"
                        + p.get("matched").asText() + "/" + p.get("received") + "@"
                        + (src.isNull() ? "-" : src.get("line") + ":" + src.get("column") + " " + src.get("text").asText()));
            }
            String previous = out.put(s.get("student").asText(), s.get("score") + " " + s.get("name").asText() + " "
                    + s.get("email").asText() + " " + parts);
            assertEquals(null, previous, "a student appears twice: " + s.get("student"));
        }
        return out;
    }

    @Test
    void canvasMoodleAndGradescopeDownloadsOfOneClassGradeAlike() throws IOException {
        Map<String, String> canvas = grades(grade(canvas(dir.resolve("a")), "out-canvas"));
        Map<String, String> moodle = grades(grade(moodle(dir.resolve("b")), "out-moodle"));
        Map<String, String> gradescope = grades(grade(gradescope(dir.resolve("c")), "out-gradescope"));
        assertEquals(List.of("2021123456", "20220001", "20231457", "21104339"), List.copyOf(canvas.keySet()));
        assertEquals(canvas, moodle);
        assertEquals(canvas, gradescope);
        assertTrue(canvas.get("20231457").startsWith("40 Alice Moreau alice@uni.example"), canvas.get("20231457"));
    }

    @Test
    void aCanvasStudentsTexAndPdfAreOneStudentAndTheLateMarkIsKept() throws IOException {
        JsonNode results = grade(canvas(dir.resolve("d")), "out-late");
        Map<String, JsonNode> byStudent = new LinkedHashMap<>();
        results.get("submissions").forEach(s -> byStudent.put(s.get("student").asText(), s));
        assertEquals(4, byStudent.size(), byStudent.keySet().toString());
        JsonNode bruno = byStudent.get("21104339");
        assertEquals(2, bruno.get("files").size(), bruno.toString());
        assertEquals("graded", bruno.get("status").asText());
        assertEquals(36.5, bruno.get("score").asDouble());
        assertTrue(bruno.get("marked_late").asBoolean());
        assertEquals("canvas", bruno.get("system").asText());
        assertEquals("1002", bruno.get("system_id").asText());
        assertFalse(byStudent.get("20231457").get("marked_late").asBoolean());
        assertEquals(3, byStudent.get("20220001").get("files").size());
    }

    @Test
    void theGradescopeMetadataIsTheRosterAndIsNeverGraded() throws IOException {
        Path export = gradescope(dir.resolve("e"));
        Path out = dir.resolve("out-gs-plain");
        grading.gradeClass(List.of(export), out, 1);
        JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        List<String> students = new ArrayList<>();
        results.get("submissions").forEach(s -> students.add(s.get("student").asText()));
        assertEquals(List.of("20231457", "21104339", "20220001", "2021123456"), students);
        assertEquals("2026-11-22 09:00:00.000000000 +00:00", results.get("submissions").get(1).get("submitted_at").asText());
        assertFalse(results.toString().contains("submission_metadata"), "the metadata was graded");
    }

    @Test
    void aZipGivenDirectlyGradesLikeItsFolder(@TempDir Path tmp) throws IOException {
        Path folder = canvas(tmp.resolve("src"));
        Path zip = tmp.resolve("submissions.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        Map<String, String> fromZip = grades(grade(zip, "out-zip"));
        assertEquals(grades(grade(folder, "out-folder")), fromZip);
        assertEquals(fromZip, grades(grade(zip, "out-zip")), "a second run unpacks afresh into the same folder");
        assertTrue(Files.isDirectory(dir.resolve("out-zip").resolve("unpacked").resolve("submissions.zip")));
    }

    @Test
    void aRosterStudentWithoutAHandInStillGetsARow(@TempDir Path tmp) throws IOException {
        Path c = canvas(tmp);
        try (Stream<Path> files = Files.list(c)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("satohana")).toList()) {
                Files.delete(f);
            }
        }
        JsonNode results = grade(c, "out-absent");
        JsonNode hana = null;
        for (JsonNode s : results.get("submissions")) {
            if (s.get("student").asText().equals("20220001")) {
                hana = s;
            }
        }
        assertEquals("unreadable", hana.get("status").asText(), String.valueOf(hana));
        assertEquals("no files were handed in", hana.get("reason").asText());
        assertEquals(0, hana.get("score").asInt());
    }

}
