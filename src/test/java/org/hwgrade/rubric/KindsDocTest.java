package org.hwgrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.AnswerKind;
import org.junit.jupiter.api.Test;

/** docs/rubric.md's table of answer kinds lists exactly the kinds a rubric may name, in their order. */
class KindsDocTest {

    private static final Pattern SECTION = Pattern.compile("### Answer kinds\\n(.*?)\\n### ", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|", Pattern.MULTILINE);

    @Test
    void theKindsTableMatchesTheKinds() throws IOException {
        Matcher section = SECTION.matcher(Files.readString(Path.of("docs/rubric.md")));
        if (!section.find()) {
            throw new AssertionError("docs/rubric.md has no '### Answer kinds' section");
        }
        List<String> documented = ROW.matcher(section.group(1)).results().map(r -> r.group(1)).toList();
        List<String> accepted = Arrays.stream(AnswerKind.values()).map(AnswerKind::key).toList();
        assertEquals(accepted, documented);
    }

    @Test
    void everyDocumentedKindIsReadByTheLoader() {
        for (AnswerKind kind : AnswerKind.values()) {
            String yaml = "assignment: t\nproblems:\n  - id: \"1\"\n    quantities: {q: 1}\n    parts:\n"
                    + "      - {id: 1a, points: 1, kind: " + kind.key() + ", quantity: q}\n";
            assertEquals(kind, RubricLoader.parse(yaml, "t.yaml").problems().get(0).parts().get(0).kind());
        }
    }
}
