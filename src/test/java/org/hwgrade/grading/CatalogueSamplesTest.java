package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwgrade.model.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue's sample answers, submissions-catalog/RUBRIC/FILE, graded against rubrics/RUBRIC.yaml
 * to the score docs/samples.md's "Catalogue samples" table gives; the table lists every file there.
 */
class CatalogueSamplesTest {

    static final Path SAMPLES = Path.of("submissions-catalog");
    private static final Map<String, Grading> GRADINGS = new HashMap<>();

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/samples.md"), StandardCharsets.UTF_8);
        int from = lines.indexOf("<!-- catalogue samples -->");
        assertTrue(from >= 0, "docs/samples.md has no <!-- catalogue samples --> table");
        List<Arguments> rows = new ArrayList<>();
        for (String line : lines.subList(from + 3, lines.size())) {
            if (!line.startsWith("| ")) {
                break;
            }
            String[] c = line.substring(2, line.length() - 2).split(" \\| ", -1);
            rows.add(Arguments.of(c[0], c[1], c[c.length - 1]));
        }
        return rows.stream();
    }

    @Test
    void theTableListsEveryCatalogueSample() throws IOException {
        List<String> listed = rows().map(a -> a.get()[0] + "/" + a.get()[1]).sorted().toList();
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            List<String> present = files.filter(Files::isRegularFile)
                    .map(p -> SAMPLES.relativize(p).toString().replace('\\', '/')).sorted().toList();
            assertEquals(present, listed);
        }
    }

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @MethodSource("rows")
    void gradesAsTheTableSays(String rubric, String file, String score) {
        Grading grading = GRADINGS.computeIfAbsent(rubric,
                r -> new Grading(Assignment.load(Path.of("rubrics", r + ".yaml"))));
        SubmissionResult result = grading.grade(grading.read(SAMPLES.resolve(rubric).resolve(file)));
        assertEquals(score, result.score() + " / " + result.maxScore(), () -> result.parts().toString());
    }
}
