package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Value;
import org.hwgrade.report.ValueJson;
import org.junit.jupiter.api.Test;

/**
 * Every check value of ../shared/catalog/check-values.json against the bundled catalogue rubrics
 * under rubrics/: a catalogue id is the id of the part that asks it, or of the problem whose parts
 * give the listed (or named) answers in order (S1, G1); S1_hwc is problem S1HWC; an id with a convention
 * suffix (P1e_pytorch) is checked against part P1e when that is the convention it grades. A value
 * no rubric writes is reported; a rubric that writes it and disagrees fails the test.
 */
class CatalogueCheckValuesTest {

    private static final Path CHECK_VALUES = Path.of("../shared/catalog/check-values.json");
    private static final double TOLERANCE = 1e-6;

    @Test
    void everyWrittenCatalogueProblemSolvesToItsCheckValues() throws IOException {
        Map<String, Value> parts = new LinkedHashMap<>();
        Map<String, List<Value>> problems = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("rubrics"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("catalog")).sorted().toList()) {
                Assignment a = Assignment.load(file);
                for (Problem p : a.rubric().problems()) {
                    List<Value> keys = new ArrayList<>();
                    for (Part part : p.parts()) {
                        Value key = a.solved().key().answer(part.id());
                        parts.put(part.id(), key);
                        keys.add(key);
                    }
                    problems.put(p.id(), keys);
                }
            }
        }
        JsonNode expected = new ObjectMapper().readTree(CHECK_VALUES.toFile());
        List<String> disagree = new ArrayList<>();
        List<String> unwritten = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        expected.fields().forEachRemaining(e -> {
            String id = e.getKey();
            JsonNode want = e.getValue();
            String base = id.contains("_") ? id.substring(0, id.indexOf('_')) : id;
            String joined = id.replace("_", "").toUpperCase(java.util.Locale.ROOT);
            JsonNode got = parts.containsKey(id) ? ValueJson.of(parts.get(id))
                    : problems.containsKey(id) ? answers(problems.get(id), want)
                    : problems.containsKey(joined) ? answers(problems.get(joined), want)
                    : parts.containsKey(base) ? ValueJson.of(parts.get(base)) : null;
            if (got == null) {
                unwritten.add(id);
            } else if (agrees(want, got)) {
                checked.add(id);
            } else if (!parts.containsKey(id) && parts.containsKey(base) && !base.equals(id)) {
                unwritten.add(id + " (" + base + " grades another convention)");
            } else {
                disagree.add(id + ": expected " + want + ", the rubric solves to " + got);
            }
        });
        System.out.println("catalogue check values: " + checked.size() + " checked; not written: " + unwritten);
        assertTrue(disagree.isEmpty(), () -> String.join("\n", disagree));
        assertFalse(checked.isEmpty(), "no catalogue rubric was checked");
    }

    /** A problem's part keys, as a list; a problem of one part is its key. */
    private static JsonNode answers(List<Value> keys, JsonNode want) {
        if (keys.size() == 1 && !(want.isArray() && want.size() == 1 && want.get(0).isArray())) {
            return ValueJson.of(keys.get(0));
        }
        var array = new ObjectMapper().createArrayNode();
        keys.forEach(k -> array.add(ValueJson.of(k)));
        return array;
    }

    /** Same structure, entries equal as exact fractions or within 1e-6 (the catalogue gives 6 decimals). */
    private static boolean agrees(JsonNode want, JsonNode got) {
        if (want.isObject()) {
            // Named answers ({"f": 8, "df_dx": 4, ...}) are the problem's parts in order.
            var values = new ObjectMapper().createArrayNode();
            want.elements().forEachRemaining(values::add);
            return agrees(values, got);
        }
        if (want.isArray() || got.isArray()) {
            if (!want.isArray() || !got.isArray() || want.size() != got.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!agrees(want.get(i), got.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Math.abs(number(want) - number(got)) <= TOLERANCE;
    }

    private static double number(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        String text = n.asText();
        int slash = text.indexOf('/');
        return slash < 0 ? Double.parseDouble(text)
                : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }
}
