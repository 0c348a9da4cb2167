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

/** The docs' tables of answer kinds (docs/rubric.md, docs/submissions.md) list exactly the kinds a rubric may name. */
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

    /** The value syntax table of docs/submissions.md says how each kind is read: every kind has a row. */
    @Test
    void theValueSyntaxTableCoversEveryKind() throws IOException {
        String doc = Files.readString(Path.of("docs/submissions.md"));
        Matcher section = Pattern.compile("## Value syntax.*?\\n\\| kind \\| accepted \\|\\n\\|---\\|---\\|\\n(.*?)\\n\\n",
                Pattern.DOTALL).matcher(doc);
        if (!section.find()) {
            throw new AssertionError("docs/submissions.md has no value syntax table");
        }
        java.util.Set<String> documented = new java.util.TreeSet<>();
        for (String row : section.group(1).split("\\n")) {
            for (String kind : row.substring(2, row.indexOf(" |", 2)).split(", ")) {
                documented.add(kind.strip());
            }
        }
        assertEquals(new java.util.TreeSet<>(Arrays.stream(AnswerKind.values()).map(AnswerKind::key).toList()), documented);
    }

    @Test
    void everyDocumentedKindIsReadByTheLoader() {
        for (AnswerKind kind : AnswerKind.values()) {
            String yaml = "assignment: t\nproblems:\n  - id: \"1\"\n    quantities: {q: 1}\n    parts:\n"
                    + "      - {id: 1a, points: 1, kind: " + kind.key()
                    + (kind == AnswerKind.MANUAL ? "}\n" : kind == AnswerKind.CHOICE
                            ? ", options: {a: yes, b: no}, answer: a}\n" : ", quantity: q}\n");
            assertEquals(kind, RubricLoader.parse(yaml, "t.yaml").problems().get(0).parts().get(0).kind());
        }
    }
}
