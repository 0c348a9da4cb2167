package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, exit codes, and error messages. */
class MainTest {

    private static final String RUBRIC = "rubrics/dl-hw3.yaml";
    private static final String SEED = "src/test/resources/seed/000_ef3b3dcf85fd5018.txt";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandAndEachCommandExplainsItsOptions() {
        Run top = run("--help");
        assertEquals(0, top.code());
        for (String command : new String[] {"solve", "extract", "grade", "review", "diff", "check"}) {
            assertTrue(top.out().contains(command), command);
        }
        assertTrue(run("solve", "--help").out().contains("--format"));
        Run grade = run("grade", "--help");
        assertTrue(grade.out().contains("--out") && grade.out().contains("--jobs"), grade.out());
        assertTrue(run("check", "--help").out().contains("--min-score"));
        assertTrue(run("review", "--help").out().contains("overrides.yaml"));
        assertTrue(grade.out().contains("--roster"), grade.out());
        assertTrue(run("extract", "--help").out().contains("--format"));
    }

    @Test
    void solvePrintsTheKeyAsJson() throws IOException {
        Run r = run("solve", RUBRIC, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode key = new ObjectMapper().readTree(r.out());
        assertEquals("dl-hw3", key.get("assignment").asText());
        assertEquals("[[4,2],[-2,-6]]", key.at("/parts/2a/value").toString());
        assertEquals("matrix", key.at("/parts/2a/kind").asText());
        assertEquals("[16,2,2]", key.at("/parts/3e/value").toString());
        assertEquals(163696, key.at("/parts/4e/value").asInt());
        assertEquals("s - e_y", key.at("/parts/1c/value").asText());
        assertEquals(18, key.get("parts").size());
    }

    @Test
    void solveAsTextListsEveryPart() {
        Run r = run("solve", RUBRIC);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("18 parts, 40 points"), r.out());
        assertTrue(r.out().contains("[[1, 0], [-1, -3]]"), r.out());
    }

    @Test
    void aBrokenRubricExitsWith2AndALocatedMessage(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "assignment: x\nproblem: []\n");
        Run r = run("solve", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:2:1: unknown key 'problem'"), r.err());
        assertTrue(r.err().contains("did you mean 'problems'?"), r.err());
    }

    @Test
    void aMissingRubricExitsWith2() {
        Run r = run("solve", "no-such-rubric.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-rubric.yaml: cannot read the rubric"), r.err());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        assertEquals(2, run("grade", RUBRIC, "x", "--jobz", "2").code());
        assertEquals(2, run("solve", RUBRIC, "--format", "xml").code());
        assertEquals(2, run("grade", RUBRIC, SEED, "--jobs", "0").code());
    }

    @Test
    void checkExitCodes() {
        Run passing = run("check", RUBRIC, SEED, "--min-score", "1", "--reveal", "key");
        assertEquals(0, passing.code(), passing.out());
        assertTrue(passing.out().contains("Score:"), passing.out());
        assertTrue(passing.out().contains("CHECK PASSED"), passing.out());
        Run tooHigh = run("check", RUBRIC, SEED, "--min-score", "41", "--reveal", "key");
        assertEquals(1, tooHigh.code(), tooHigh.out());
        assertTrue(tooHigh.out().contains("CHECK FAILED: score below the minimum of 41"), tooHigh.out());
        assertEquals(2, run("check", RUBRIC, "no/such/file.md").code());
        assertEquals(2, run("check", "no-such-rubric.yaml", SEED).code());
    }

    @Test
    void outputThatCannotBeWrittenIsAnError() throws IOException {
        StringWriter err = new StringWriter();
        try (var full = new java.io.FileOutputStream("/dev/full")) {
            int code = Main.run(new PrintWriter(full), new PrintWriter(err), "check", RUBRIC, SEED, "--format", "junit");
            assertEquals(2, code, err.toString());
        }
        assertTrue(err.toString().contains("cannot write the output"), err.toString());
    }

    @Test
    void controlCharactersAndEscapeCodesFromStudentsReachNoOutput(@TempDir Path dir) throws Exception {
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        Path file = Files.writeString(dir.resolve("bad\u0007\u001b[2Jname.md"),
                alice.replace("\\mathbf{s} - e_y$$", "\\mathbf{s} - e_y \u001b]0;owned\u0007\u001b[31m$$"));
        Run junit = run("check", RUBRIC, file.toString(), "--format", "junit");
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(18, xml.getElementsByTagName("testcase").getLength());
        for (Run r : new Run[] {junit, run("check", RUBRIC, file.toString()), run("extract", RUBRIC, file.toString())}) {
            assertTrue(r.out().contains("name"), r.out());
            assertTrue(r.out().chars().noneMatch(c -> c == 0x1b || c == 0x07), r.out());
        }
    }

    @Test
    void checkFailsWhenAPartIsMissing(@TempDir Path dir) throws IOException {
        Path partial = Files.writeString(dir.resolve("partial.md"), "## Problem 2\n\n$$k = \\begin{bmatrix} 4 & 2 \\\\ -2 & -6 \\end{bmatrix}$$\n");
        Run r = run("check", RUBRIC, partial.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("part(s) not found"), r.out());
    }

    @Test
    void gradeWritesAllReportsAndASummary(@TempDir Path out) {
        Run r = run("grade", RUBRIC, "submissions-sample", SEED, "--out", out.toString(), "--jobs", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("students"), r.out());
        assertTrue(r.out().contains("median"), r.out());
        assertTrue(Files.exists(out.resolve("results.json")));
        assertTrue(Files.exists(out.resolve("gradebook.csv")));
        assertTrue(Files.exists(out.resolve("feedback/000_ef3b3dcf85fd5018.md")));
    }

    @Test
    void anOutputFolderThatIsNotHwgradesIsAUsageError() {
        Run root = run("grade", RUBRIC, SEED, "--out", "/");
        assertEquals(2, root.code(), root.err());
        assertTrue(root.err().contains("hwgrade: /: reports cannot be written to the root of the file system"), root.err());
        Run classFolder = run("grade", RUBRIC, "submissions-sample", "--out", "submissions-sample");
        assertEquals(2, classFolder.code(), classFolder.err());
        assertTrue(classFolder.err().contains("is, or holds, the submissions being graded"), classFolder.err());
    }

    @Test
    void extractShowsWhereEachAnswerWasRead() throws IOException {
        Run r = run("extract", RUBRIC, SEED, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("found", doc.at("/parts/2d/status").asText());
        assertEquals(87, doc.at("/parts/2d/line").asInt());
        assertEquals("[[1,0],[-1,-3]]", doc.at("/parts/2d/value").toString());
        assertEquals(2160, doc.at("/parts/4e/value").asInt());
    }

    @Test
    void checkSpeaksTheFormatsCiSystemsAndLmssRead() throws Exception {
        String chen = "submissions-sample/chen.txt";
        Run json = run("check", RUBRIC, chen, "--format", "json", "--reveal", "key");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("chen", doc.get("student").asText());
        assertEquals(18, doc.get("parts").size());
        assertTrue(json.err().contains("CHECK PASSED"), "the verdict goes to stderr: " + json.err());

        Run gradescope = run("check", RUBRIC, chen, "--format", "gradescope", "--reveal", "key");
        JsonNode gs = new ObjectMapper().readTree(gradescope.out());
        assertEquals(32.5, gs.get("score").asDouble());
        assertEquals("failed", gs.at("/tests/6/status").asText());
        assertEquals(1.5, gs.at("/tests/6/score").asDouble());

        Run junit = run("check", RUBRIC, chen, "--format", "junit", "--reveal", "key");
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(18, xml.getElementsByTagName("testcase").getLength());
        assertEquals(7, xml.getElementsByTagName("failure").getLength());
        assertEquals("7", xml.getDocumentElement().getAttribute("failures"));
    }
}
