package org.hwgrade.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Layer.LayerKind;
import org.hwgrade.model.Num;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;

/**
 * Reads a problem's givens. A number is a scalar, nested lists of numbers are a tensor (rows of a
 * matrix), {@code {shape: [C, H, W]}} is a shape. For a problem of formulas, other text is a text,
 * other mappings are records and other lists are lists, read the same way inside, for the ops to
 * interpret ({@code network(input, layers)}); for a problem of an older family, a list of mappings
 * is its list of layers.
 */
final class GivenReader {

    private static final Set<String> LAYER_KEYS = Set.of("name", "kind", "filters", "size", "stride", "padding", "bias");

    private GivenReader() {
    }

    static Map<String, Given> givens(YamlNode node, boolean forFormulas) {
        Map<String, Given> givens = new LinkedHashMap<>();
        node.asMap().entries().forEach((name, value) -> {
            if (!name.startsWith("x-")) {
                givens.put(name, forFormulas ? data(value) : given(value));
            }
        });
        return givens;
    }

    /** A given of a problem of formulas. */
    private static Given data(YamlNode node) {
        if (node.isScalar()) {
            return number(node) ? new Given.Of(new Scalar(node.asRational())) : new Given.Text(node.asText());
        }
        if (node.isMap()) {
            YamlMap map = node.asMap();
            if (map.entries().keySet().equals(Set.of("shape"))) {
                return given(node);
            }
            Map<String, Given> fields = new LinkedHashMap<>();
            map.entries().forEach((name, value) -> fields.put(name, data(value)));
            return new Given.Record(fields);
        }
        List<YamlNode> items = node.asList();
        if (items.stream().allMatch(GivenReader::numeric)) {
            return new Given.Of(tensor(node));
        }
        List<Given> list = new ArrayList<>();
        items.forEach(item -> list.add(data(item)));
        return new Given.ListOf(list);
    }

    /** A plain number, or nested lists with a number at the bottom (a tensor, checked on reading). */
    private static boolean numeric(YamlNode node) {
        if (node.isScalar()) {
            return number(node);
        }
        return node.isList() && !node.asList().isEmpty() && numeric(node.asList().get(0));
    }

    private static boolean number(YamlNode node) {
        String text = node.asText().strip();
        return text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?(\\s*/\\s*\\d+)?");
    }

    private static Given given(YamlNode node) {
        if (node.isScalar()) {
            return new Given.Of(new Scalar(node.asRational()));
        }
        if (node.isMap()) {
            YamlMap map = node.asMap().allow(Set.of("shape"), Set.of("shape"));
            List<Integer> dims = new ArrayList<>();
            for (YamlNode d : map.get("shape").asList()) {
                dims.add(d.asInt(1));
            }
            return new Given.Of(new Shape(dims));
        }
        List<YamlNode> items = node.asList();
        if (!items.isEmpty() && items.get(0).isMap()) {
            List<Layer> layers = new ArrayList<>();
            for (YamlNode item : items) {
                layers.add(layer(item, layers.size()));
            }
            return new Given.Layers(layers);
        }
        return new Given.Of(tensor(node));
    }

    /** Nested lists of numbers, all rows of one length at every depth. */
    private static Tensor tensor(YamlNode node) {
        List<Integer> dims = new ArrayList<>();
        List<Num> entries = new ArrayList<>();
        collect(node, 0, dims, entries);
        return new Tensor(dims, entries);
    }

    private static void collect(YamlNode node, int depth, List<Integer> dims, List<Num> entries) {
        if (node.isScalar()) {
            if (depth != dims.size()) {
                throw node.error(node.what() + " is a number where a list was expected (rows of different depth)",
                        "every row of a matrix must have the same number of entries");
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

    private static Layer layer(YamlNode node, int index) {
        YamlMap map = node.asMap().allow(LAYER_KEYS, Set.of("kind", "size"));
        String name = map.find("name").map(YamlNode::asNonEmptyText).orElse(String.valueOf(index + 1));
        YamlNode kindNode = map.get("kind");
        LayerKind kind = switch (kindNode.asNonEmptyText().replace(' ', '_').replace('-', '_')) {
            case "conv" -> LayerKind.CONV;
            case "max_pool", "maxpool", "pool" -> LayerKind.MAX_POOL;
            case "avg_pool", "avgpool" -> LayerKind.AVG_POOL;
            case "dense", "fc", "linear" -> LayerKind.DENSE;
            default -> throw kindNode.error("unknown layer kind '" + kindNode.asText() + "' in layer " + name,
                    "use conv, max_pool, avg_pool or dense");
        };
        boolean weighted = kind == LayerKind.CONV || kind == LayerKind.DENSE;
        int filters = map.find("filters").map(f -> f.asInt(1)).orElse(0);
        if (weighted && filters == 0) {
            throw node.error("layer " + name + " (" + kind.key() + ") needs 'filters'", "e.g. filters: 64");
        }
        if (!weighted && map.find("filters").isPresent()) {
            throw map.get("filters").error("layer " + name + " is a pooling layer: it has no filters",
                    "remove 'filters'; pooling keeps the channel count");
        }
        return new Layer(name, kind, filters,
                map.get("size").asInt(1),
                map.find("stride").map(s -> s.asInt(1)).orElse(1),
                map.find("padding").map(p -> p.asInt(0)).orElse(0),
                map.find("bias").map(YamlNode::asBoolean).orElse(weighted));
    }
}
