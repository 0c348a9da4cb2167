package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwgrade.model.Answer;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.report.CheckReport;
import org.hwgrade.report.Escape;
import org.hwgrade.report.FeedbackMarkdown;
import org.hwgrade.report.JunitXml;
import org.hwgrade.report.ResultsJson;
import org.hwgrade.report.Reveal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of src/test/resources/hostile/README.md: a hostile file and the outcome it must have. */
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));

    record Row(String file, String part, String outcome, String text) {
        @Override
        public String toString() {
            return file + " " + part + " " + outcome;
        }
    }

    static Stream<Row> rows() throws IOException {
        return Files.readAllLines(CORPUS.resolve("README.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| file"))
                .map(l -> l.substring(2, l.length() - 2).split(" \\| "))
                .map(c -> new Row(c[0], c[1], c[2], c[3]));
    }

    @Test
    void theTableCoversEveryFileOfTheCorpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).sorted().toList();
            assertEquals(names, rows().map(Row::file).distinct().sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachHostileFileHasItsOutcome(Row row) throws IOException {
        Path file = CORPUS.resolve(row.file());
        switch (row.outcome()) {
            case "refused" -> {
                HwgradeException e = assertThrows(HwgradeException.class, () -> Assignment.load(file));
                assertTrue(e.getMessage().contains(row.text()), e.getMessage());
            }
            case "found" -> {
                Answer a = GRADING.read(file).answer(row.part());
                assertTrue(assertInstanceOf(Answer.Found.class, a, a.toString()).value().toString().startsWith(row.text()),
                        a.toString());
            }
            case "missing" -> {
                Answer a = GRADING.read(file).answer(row.part());
                assertTrue(assertInstanceOf(Answer.Missing.class, a, a.toString()).reason().contains(row.text()), a.toString());
            }
            case "review" -> {
                Answer a = GRADING.read(file).answer(row.part());
                assertTrue(assertInstanceOf(Answer.ForReview.class, a, a.toString()).reason().contains(row.text()), a.toString());
            }
            case "header" -> {
                String header = GRADING.read(file).header().orElseThrow();
                assertEquals(Escape.clean(header), header, "no half character");
                assertTrue(header.contains(row.text()), header);
            }
            case "clean" -> {
                SubmissionResult r = GRADING.grade(file);
                ByteArrayOutputStream junit = new ByteArrayOutputStream();
                JunitXml.write(junit, new CheckReport(GRADING.assignment().rubric(), r.submission(), java.util.Optional.of(r),
                        Reveal.KEY, 0));
                for (String out : List.of(FeedbackMarkdown.render(GRADING.assignment().rubric(), r), ResultsJson.single(r),
                        junit.toString(StandardCharsets.UTF_8))) {
                    assertTrue(out.contains(row.text()), out);
                    assertFalse(out.chars().anyMatch(c -> c < 0x20 && c != '\n'), out);
                }
            }
            default -> throw new AssertionError("unknown outcome " + row.outcome());
        }
    }
}
