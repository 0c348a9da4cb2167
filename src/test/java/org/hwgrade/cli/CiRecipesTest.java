package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready-made CI recipes in docs/ci, run as their platforms run them: each recipe's own shell
 * commands, in a temporary folder laid out as the platform lays out a student's repository or
 * Gradescope's /autograder, with hwgrade started from this build (the recipes call it through
 * $HWGRADE, which the platforms set to `java -jar ...hwgrade.jar`).
 */
class CiRecipesTest {

    private static final Path DOCS = Path.of("docs/ci");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void gradescopeRunAutograderWritesResultsJsonForTheSubmission(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("source"));
        Files.copy(Path.of("rubrics/dl-hw3.yaml"), root.resolve("source/rubric.yaml"));
        Files.createDirectories(root.resolve("submission"));
        Files.copy(Path.of("submissions-sample/chen.txt"), root.resolve("submission/answers.txt"));
        int code = bash(Files.readString(DOCS.resolve("gradescope/run_autograder")), root,
                Map.of("AUTOGRADER_ROOT", root.toString()));
        assertEquals(0, code, "run_autograder always exits 0: Gradescope reads results.json");
        JsonNode results = JSON.readTree(root.resolve("results/results.json").toFile());
        assertEquals(32.5, results.get("score").asDouble());
        assertEquals(18, results.get("tests").size());
        assertEquals("visible", results.at("/tests/0/visibility").asText(), "the recipe's default is correctness");
        assertTrue(results.has("execution_time"));
    }

    @Test
    void gradescopeRunAutograderReportsAnHwgradeErrorAsAResultNotAnEmptyPage(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("source"));
        Files.writeString(root.resolve("source/rubric.yaml"), "assignment: broken\nproblem: []\n");
        Files.createDirectories(root.resolve("submission"));
        bash(Files.readString(DOCS.resolve("gradescope/run_autograder")), root, Map.of("AUTOGRADER_ROOT", root.toString()));
        JsonNode results = JSON.readTree(root.resolve("results/results.json").toFile());
        assertEquals(0, results.get("score").asInt());
        assertTrue(results.get("output").asText().contains("exit code 2"), results.toString());
    }

    @Test
    void githubClassroomWorkflowFeedsTheGradingReporter(@TempDir Path repo) throws Exception {
        JsonNode workflow = new YAMLMapper().readTree(DOCS.resolve("github-classroom/classroom.yml").toFile());
        assertEquals("Autograding Tests", workflow.get("name").asText(), "Classroom uploads points only from this name");
        JsonNode job = workflow.at("/jobs/run-autograding-tests");
        assertTrue(job.isObject(), "the one job must be named run-autograding-tests");
        JsonNode step = find(job.get("steps"), "id", "hwgrade");
        JsonNode reporter = find(job.get("steps"), "uses", "classroom-resources/autograding-grading-reporter@v1");
        String runner = reporter.at("/with/runners").asText();
        assertTrue(runner.matches("^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$"), "the reporter's own pattern for runners");
        assertTrue(reporter.at("/env/" + runner.toUpperCase() + "_RESULTS").asText().contains("steps.hwgrade.outputs.result"));

        layOutStudentRepository(repo, "submissions-sample/alice.md");
        Path output = repo.resolve("github-output");
        int code = bash(step.get("run").asText(), repo, Map.of("GITHUB_OUTPUT", output.toString()));
        assertEquals(0, code, "alice's every part is found");
        String line = Files.readAllLines(output).stream().filter(l -> l.startsWith("result=")).findFirst().orElseThrow();
        JsonNode result = JSON.readTree(Base64.getDecoder().decode(line.substring("result=".length())));
        assertEquals("pass", result.get("status").asText());
        assertEquals(0, result.get("max_score").asInt(), "no points at found: the reporter uploads none");
        assertEquals(18, result.get("tests").size());

        layOutStudentRepository(repo, "submissions-sample/ivan.md");
        assertEquals(1, bash(step.get("run").asText(), repo, Map.of("GITHUB_OUTPUT", output.toString())),
                "a part left out fails the step");
    }

    @Test
    void gitlabJobWritesAJunitReportGitlabReads(@TempDir Path repo) throws Exception {
        JsonNode ci = new YAMLMapper().readTree(DOCS.resolve("gitlab/.gitlab-ci.yml").toFile());
        JsonNode job = ci.get("hwgrade");
        String report = job.at("/artifacts/reports/junit").asText();
        assertEquals("always", job.at("/artifacts/when").asText(), "the report is uploaded when the check fails too");
        layOutStudentRepository(repo, "submissions-sample/ivan.md");
        List<String> script = new ArrayList<>();
        job.get("script").forEach(s -> script.add(s.asText()));
        Map<String, String> vars = Map.of();
        assertEquals(1, bash(String.join("\n", script), repo, vars), "ivan left parts out: the job fails");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(Path.of("src/test/resources/junit/junit-10-testcase-file.xsd").toFile()))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(Files.readAllBytes(repo.resolve(report)))));
        assertTrue(Files.readString(repo.resolve(report), StandardCharsets.UTF_8).contains("not found: "));
    }

    /** A student's repository as docs/ci/README.md lays it out: the student-safe rubric, never the full one. */
    private static void layOutStudentRepository(Path repo, String answers) throws IOException {
        Files.createDirectories(repo.resolve(".hwgrade"));
        MainTest.Run safe = MainTest.run("rubric", "public", "rubrics/dl-hw3.yaml", "--out", repo.resolve(".hwgrade/rubric.yaml").toString());
        assertEquals(0, safe.code(), safe.err());
        Files.copy(Path.of(answers), repo.resolve("answers.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode find(JsonNode steps, String field, String value) {
        for (JsonNode s : steps) {
            if (s.path(field).asText().equals(value)) {
                return s;
            }
        }
        throw new AssertionError("no step with " + field + " " + value);
    }

    /** Runs a recipe's commands with bash, $HWGRADE starting this build's hwgrade. */
    private static int bash(String script, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("recipe.log").toFile());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The launcher's quick start for check (C1 only, serial GC): one short run per recipe step.
        pb.environment().put("HWGRADE", java + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -cp "
                + System.getProperty("java.class.path") + " org.hwgrade.cli.Main");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the recipe did not finish in 120 s");
        }
        return p.exitValue();
    }
}
