package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hwgrade.report.ResultsDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hwgrade diff` names who changed, which parts, by how much and why. */
class ResultsDiffTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml")));

    @Test
    void aNewHandInAndAnOverrideAreTold(@TempDir Path dir) throws IOException {
        Path c = Files.createDirectories(dir.resolve("class"));
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        Files.writeString(c.resolve("zoe.md"), alice.replace("= -\\frac{1}{s_y} e_y$$", "= \\oint \\heartsuit$$"));
        Files.writeString(c.resolve("max.md"), alice);
        Path out = dir.resolve("grades");
        GRADING.gradeClass(List.of(c), out, 1);
        Path old = Files.copy(out.resolve("results.json"), dir.resolve("old.json"));

        String hash = GRADING.reviewQueue(List.of(c), out, Optional.empty()).get(0).answerSha256();
        Files.writeString(out.resolve("overrides.yaml"),
                "- {student: zoe, part: 1a, score: 2, who: ta, answer_sha256: " + hash + "}\n");
        Files.writeString(c.resolve("max.md"), alice.replace("= 12352$", "= 12999$"));
        Files.writeString(c.resolve("new.md"), alice);
        GRADING.gradeClass(List.of(c), out, 1);

        ResultsDiff diff = ResultsDiff.of(old, out.resolve("results.json"));
        assertEquals(List.of("new"), diff.added());
        assertEquals(List.of("max", "zoe"), diff.changed().stream().map(ResultsDiff.StudentChange::student).sorted().toList());
        String text = diff.text();
        assertTrue(text.contains("2 students changed, 1 added, 0 removed."), text);
        assertTrue(text.contains("zoe  38 → 40 (+2)\n  1a  0 → 2 (+2)  override: review (none) → correct (override)"), text);
        assertTrue(text.contains("  4a  2 → 0 (-2)  reading: correct (key) → incorrect (none); read 12352 → 12999"), text);
        assertEquals(0, ResultsDiff.of(old, old).changed().size());
    }
}
