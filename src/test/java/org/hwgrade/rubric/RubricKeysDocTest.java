package org.hwgrade.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The key table of docs/rubric.md lists exactly the keys the loader accepts, at each level. */
class RubricKeysDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| (top|late|lms|problem|part|misconception) \\| `([a-z_]+)` \\|",
            Pattern.MULTILINE);

    @Test
    void theKeyTableMatchesTheLoader() throws IOException {
        String doc = Files.readString(Path.of("docs/rubric.md"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            documented.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
        Map<String, Set<String>> accepted = new TreeMap<>(Map.of(
                "top", new TreeSet<>(RubricLoader.TOP_KEYS),
                "problem", new TreeSet<>(RubricLoader.PROBLEM_KEYS),
                "part", new TreeSet<>(RubricLoader.PART_KEYS),
                "misconception", new TreeSet<>(GradingRulesReader.MISCONCEPTION_KEYS),
                "late", new TreeSet<>(DeliveryReader.LATE_KEYS),
                "lms", new TreeSet<>(DeliveryReader.LMS_KEYS)));
        assertEquals(accepted, documented);
    }
}
