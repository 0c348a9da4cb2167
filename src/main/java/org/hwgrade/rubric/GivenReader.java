package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Num;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;

/**
 * Reads a problem's (or a part's) givens. A number is a scalar, nested lists of numbers are a
 * tensor (rows of a matrix), {@code {shape: [C, H, W]}} is a shape; other text is a text (the ops
 * read {@code true} and {@code false} as switches), other mappings are records and other lists are
 * lists, read the same way inside, for the ops to interpret ({@code network(input, layers)}).
 */
final class GivenReader {

    private GivenReader() {
    }

    static Map<String, Given> givens(YamlNode node) {
        Map<String, Given> givens = new LinkedHashMap<>();
        node.asMap().entries().forEach((name, value) -> {
            if (!name.startsWith("x-")) {
                givens.put(name, given(value));
            }
        });
        return givens;
    }

    static Given given(YamlNode node) {
        if (node.isScalar()) {
            if (number(node)) {
                return new Given.Of(new Scalar(node.asRational()));
            }
            return new Given.Text(node.asText());
        }
        if (node.isMap()) {
            YamlMap map = node.asMap();
            if (map.entries().keySet().equals(Set.of("shape"))) {
                return shape(map);
            }
            if (DrawReader.KINDS.stream().anyMatch(k -> map.find(k).isPresent())) {
                return DrawReader.drawn(map);
            }
            Map<String, Given> fields = new LinkedHashMap<>();
            map.entries().forEach((name, value) -> fields.put(name, given(value)));
            return new Given.Record(fields);
        }
        List<YamlNode> items = node.asList();
        if (items.stream().allMatch(GivenReader::numeric)) {
            return new Given.Of(tensor(node));
        }
        List<Given> list = new ArrayList<>();
        items.forEach(item -> list.add(given(item)));
        return new Given.ListOf(list);
    }

    static Given shape(YamlMap map) {
        List<Integer> dims = new ArrayList<>();
        for (YamlNode d : map.get("shape").asList()) {
            dims.add(d.asInt(1));
        }
        return new Given.Of(new Shape(dims));
    }

    /** A plain number, or nested lists with a number at the bottom (a tensor, checked on reading). */
    private static boolean numeric(YamlNode node) {
        if (node.isScalar()) {
            return number(node);
        }
        return node.isList() && !node.asList().isEmpty() && numeric(node.asList().get(0));
    }

    static boolean number(YamlNode node) {
        String text = node.asText().strip();
        return text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?(\\s*/\\s*\\d+)?");
    }

    /** Nested lists of numbers, all rows of one length at every depth. */
    private static Tensor tensor(YamlNode node) {
        List<Integer> dims = new ArrayList<>();
        List<Num> entries = new ArrayList<>();
        collect(node, 0, dims, entries);
        return new Tensor(dims, entries);
    }

    /**
     * Entries in one given: homework worked by hand has a few dozen; the bound keeps every
     * operation on the givens small (a 1000×1000 convolution took a minute and 1.2 GB).
     */
    static final int MAX_ENTRIES = 10_000;

    private static void collect(YamlNode node, int depth, List<Integer> dims, List<Num> entries) {
        if (node.isScalar()) {
            if (depth != dims.size()) {
                throw node.error(node.what() + " is a number where a list was expected (rows of different depth)",
                        "every row of a matrix must have the same number of entries");
            }
            if (entries.size() == MAX_ENTRIES) {
                throw node.error(node.what() + ": the given has more than " + MAX_ENTRIES + " entries",
                        "givens are for homework worked by hand; use a smaller example");
            }
            entries.add(node.asRational());
            return;
        }
        List<YamlNode> items = node.asList();
        if (items.isEmpty()) {
            throw node.error(node.what() + " is an empty list", "a matrix needs at least one entry");
        }
        if (depth == dims.size()) {
            if (!entries.isEmpty()) {
                throw node.error(node.what() + " is a list where a number was expected", "rows of different depth");
            }
            dims.add(items.size());
        } else if (dims.get(depth) != items.size()) {
            throw node.error(node.what() + " has " + items.size() + " entries, the first has " + dims.get(depth),
                    "every row of a matrix must have the same number of entries");
        }
        for (YamlNode item : items) {
            collect(item, depth + 1, dims, entries);
        }
    }
}
