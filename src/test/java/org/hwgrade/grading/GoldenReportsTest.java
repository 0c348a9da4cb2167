package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of the bundled samples, compared byte for byte with golden files. When a change to
 * the reports is intended, regenerate them on purpose and review the diff:
 *
 * <pre>mvn test -Dtest=GoldenReportsTest -Dhwgrade.updateGolden=true</pre>
 */
class GoldenReportsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/submissions-sample");
    private static final boolean UPDATE = Boolean.getBoolean("hwgrade.updateGolden");
    /** The one feedback page kept as a golden file: a student with mistakes, misconceptions and follow-through. */
    static final String FEEDBACK_STUDENT = "chen";

    @TempDir
    static Path out;

    @BeforeAll
    static void gradeTheSamples() {
        Grading grading = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));
        grading.gradeClass(List.of(Path.of("submissions-sample")), out, 1);
    }

    @Test
    void resultsJson() throws IOException {
        check("results.json");
    }

    @Test
    void gradebookCsv() throws IOException {
        check("gradebook.csv");
    }

    @Test
    void oneFeedbackPage() throws IOException {
        check("feedback/" + FEEDBACK_STUDENT + ".md");
    }

    @Test
    void everySampleHasAFeedbackPage() throws IOException {
        try (var samples = Files.list(Path.of("submissions-sample"))) {
            for (Path sample : samples.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                String name = sample.getFileName().toString();
                String stem = Files.isDirectory(sample) || name.lastIndexOf('.') <= 0 ? name : name.substring(0, name.lastIndexOf('.'));
                assertTrue(Files.exists(out.resolve("feedback/" + stem + ".md")), "no feedback for " + sample);
            }
        }
    }

    private static void check(String name) throws IOException {
        Path actual = out.resolve(name);
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.copy(actual, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dhwgrade.updateGolden=true once");
        assertEquals(Files.readString(golden), Files.readString(actual),
                name + " differs from " + golden + " (if the change is intended, regenerate with -Dhwgrade.updateGolden=true)");
    }
}
