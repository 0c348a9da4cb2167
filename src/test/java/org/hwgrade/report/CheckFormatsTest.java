package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CI and autograder formats against what their consumers read: the JUnit schema kept in
 * src/test/resources/junit (Jenkins' junit-10.xsd plus testcase@file/@line), Gradescope's
 * results.json fields, and the runner result GitHub Classroom's reporter decodes.
 */
class CheckFormatsTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));
    /** chen: 32.5/40, with misconceptions, follow-through and a part found wrong. */
    private static final Path CHEN = Path.of("submissions-sample/chen.txt");
    private static final Path IVAN = Path.of("submissions-sample/ivan.md");

    private static CheckReport report(Path file, Reveal reveal) {
        Submission read = GRADING.read(file);
        return new CheckReport(GRADING.assignment().rubric(), read,
                Optional.of((reveal == Reveal.KEY ? GRADING : GRADING.withKeyHidden()).grade(read)), reveal, 412_000_000L);
    }

    private static String junit(CheckReport report) {
        return CheckOutput.JUNIT.render(report, Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(Reveal.class)
    void junitIsValidAgainstTheSchemaAtEveryLevel(Reveal reveal) throws Exception {
        for (Path file : new Path[] {CHEN, IVAN, Path.of("submissions-sample/kai.png")}) {
            var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(Path.of("src/test/resources/junit/junit-10-testcase-file.xsd").toFile()));
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(
                    junit(report(file, reveal)).getBytes(StandardCharsets.UTF_8))));
        }
    }

    @Test
    void junitNamesAreStableTimesAreWrittenAndPointsAreInTheBody() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit(report(CHEN, Reveal.KEY)).getBytes(StandardCharsets.UTF_8)));
        assertEquals("0.412", doc.getDocumentElement().getAttribute("time"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(18, cases.getLength());
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertFalse(c.getAttribute("name").matches(".*\\d+(\\.\\d+)?/\\d+.*"), "no score in a test's name: " + c.getAttribute("name"));
            assertFalse(c.getAttribute("file").isEmpty(), "every case names a file");
            assertFalse(c.getAttribute("time").isEmpty(), "every case has a time");
            NodeList out = c.getElementsByTagName("system-out");
            assertEquals(1, out.getLength(), "one system-out in " + c.getAttribute("name"));
            assertTrue(out.item(0).getTextContent().contains(" points: "), "points in system-out for GitLab");
        }
        Element twoC = (Element) cases.item(6);
        assertEquals("2c. dL/dk", twoC.getAttribute("name"), "the part and its title, whatever the score");
        assertTrue(twoC.getElementsByTagName("failure").item(0).getTextContent().startsWith("1.5/2 points: partial"),
                twoC.getTextContent());
    }

    @Test
    void junitAtFoundPassesFoundPartsAndFailsMissingOnesWithTheReason() throws Exception {
        Submission read = GRADING.read(IVAN);
        var report = new CheckReport(GRADING.assignment().rubric(), read, Optional.empty(), Reveal.FOUND, 1_000_000L);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit(report).getBytes(StandardCharsets.UTF_8)));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(report.missingParts(), failures.getLength());
        assertTrue(((Element) failures.item(0)).getAttribute("message").startsWith("not found: "));
        assertEquals(0, doc.getElementsByTagName("properties").getLength(), "no score at found");
    }

    @Test
    void gradescopeHasVisibilityTagsExtraDataAndExecutionTime() throws Exception {
        JsonNode key = new ObjectMapper().readTree(CheckOutput.GRADESCOPE.render(report(CHEN, Reveal.KEY), Optional.empty()));
        assertEquals(32.5, key.get("score").asDouble());
        assertEquals(0.412, key.get("execution_time").asDouble());
        assertEquals("md", key.get("output_format").asText());
        assertEquals(18, key.get("tests").size());
        JsonNode threeD = key.get("tests").get(11);
        assertEquals("visible", threeD.get("visibility").asText());
        assertEquals("partial", threeD.at("/extra_data/verdict").asText());
        assertEquals("1", threeD.at("/extra_data/score_exact").asText());
        assertTrue(threeD.get("tags").toString().contains("misconception:padding_forgotten"), threeD.toString());

        JsonNode found = new ObjectMapper().readTree(CheckOutput.GRADESCOPE.render(report(CHEN, Reveal.FOUND), Optional.empty()));
        assertEquals("Parts read", found.at("/tests/0/name").asText());
        assertEquals("visible", found.at("/tests/0/visibility").asText());
        assertEquals(19, found.get("tests").size());
        for (int i = 1; i < 19; i++) {
            assertEquals("after_published", found.at("/tests/" + i + "/visibility").asText(), "scored tests wait for publishing");
        }
        Set<String> statuses = Set.of("passed", "failed");
        found.get("tests").forEach(t -> assertTrue(statuses.contains(t.get("status").asText())));
    }

    @Test
    void classroomIsTheBase64RunnerResultTheReporterAddsUp() throws Exception {
        String encoded = CheckOutput.CLASSROOM.render(report(CHEN, Reveal.CORRECTNESS), Optional.of(Rational.of(30))).strip();
        JsonNode result = new ObjectMapper().readTree(Base64.getDecoder().decode(encoded));
        assertEquals(1, result.get("version").asInt());
        assertEquals("pass", result.get("status").asText());
        assertEquals(40, result.get("max_score").asInt());
        double total = 0;
        for (JsonNode t : result.get("tests")) {
            total += t.get("score").asDouble();
        }
        assertEquals(32.5, total, 1e-9, "the reporter's 'Points X/Y' is the sum of test scores");

        Submission read = GRADING.read(IVAN);
        JsonNode atFound = new ObjectMapper().readTree(Base64.getDecoder().decode(CheckOutput.CLASSROOM.render(
                new CheckReport(GRADING.assignment().rubric(), read, Optional.empty(), Reveal.FOUND, 0), Optional.empty()).strip()));
        assertEquals(0, atFound.get("max_score").asInt(), "no points reported at found: the reporter skips max_score 0");
        assertEquals("fail", atFound.get("status").asText(), "ivan left parts out");
    }
}
