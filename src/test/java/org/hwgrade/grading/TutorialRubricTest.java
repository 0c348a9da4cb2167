package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Part;
import org.hwgrade.report.ValueJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rubric.md's tutorial ("Write your first rubric in ten minutes"): its first three YAML blocks,
 * pasted one after the other as the tutorial says, are a rubric that solves to the key table the
 * tutorial shows, so neither the rubric nor the values can drift from the code.
 */
class TutorialRubricTest {

    private static final Path DOC = Path.of("docs/rubric.md");
    private static final String MARKER = "<!-- tutorial keys:";

    @TempDir
    Path dir;

    @Test
    void theTutorialRubricSolvesToTheKeysItShows() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("## Write your first rubric in ten minutes");
        int table = indexOfPrefix(lines, MARKER);
        StringBuilder yaml = new StringBuilder();
        int blocks = 0;
        boolean inBlock = false;
        for (String line : lines.subList(start, table)) {
            if (line.equals("```yaml")) {
                inBlock = true;
                blocks++;
            } else if (line.equals("```")) {
                inBlock = false;
            } else if (inBlock) {
                yaml.append(line).append('\n');
            }
        }
        assertEquals(3, blocks, "the tutorial's rubric is its first three YAML blocks");
        Path rubric = dir.resolve("quiz-4.yaml");
        Files.writeString(rubric, yaml, StandardCharsets.UTF_8);
        Assignment a = Assignment.load(rubric);

        Map<String, String> shown = new LinkedHashMap<>();
        for (String line : lines.subList(table + 3, lines.size())) {
            if (!line.startsWith("| ")) {
                break;
            }
            String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
            shown.put(cells[0], cells[1].replace(" ", ""));
        }
        Map<String, String> solved = new LinkedHashMap<>();
        for (Part part : a.rubric().parts().toList()) {
            solved.put(part.id(), ValueJson.of(a.solved().key().answer(part.id())).toString());
        }
        assertEquals(shown, solved);
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError(DOC + " has no line starting " + prefix);
    }
}
