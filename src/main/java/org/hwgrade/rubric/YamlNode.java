package org.hwgrade.rubric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.HwgradeException.Location;
import org.hwgrade.model.Rational;
import org.hwgrade.model.RubricException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows where it stands in its file, with typed accessors whose errors name the
 * line and column, what was expected and what was found. {@code what} describes the node for
 * messages ("points of part 2a"); {@code source} is the whole file's text, for positions inside a value.
 */
record YamlNode(Node node, String file, String what, String source) {

    Location location() {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    RubricException error(String message, String hint) {
        return new RubricException(message, location(), hint);
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** A mapping, keys in file order. Duplicate keys are an error (YAML would silently keep one). */
    YamlMap asMap() {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping (key: value lines), found " + found(), null);
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, YamlNode> keys = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = new YamlNode(t.getKeyNode(), file, "a key of " + what, source);
            String name = key.asText();
            if (entries.containsKey(name)) {
                throw key.error("duplicate key '" + name + "' in " + what, "keep one of the two");
            }
            entries.put(name, new YamlNode(t.getValueNode(), file, "'" + name + "' of " + what, source));
            keys.put(name, key);
        }
        return new YamlMap(this, entries, keys);
    }

    /** The text under {@code key} of a mapping, without checking the rest (used to name it in messages). */
    java.util.Optional<String> peek(String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                        && t.getValueNode() instanceof ScalarNode v) {
                    return java.util.Optional.of(v.getValue());
                }
            }
        }
        return java.util.Optional.empty();
    }

    List<YamlNode> asList() {
        if (!(node instanceof SequenceNode s)) {
            throw error(what + " must be a list, found " + found(), "write it as [a, b] or as lines starting with '- '");
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            items.add(new YamlNode(s.getValue().get(i), file, "item " + (i + 1) + " of " + what, source));
        }
        return items;
    }

    String asText() {
        if (!(node instanceof ScalarNode s)) {
            throw error(what + " must be a single value, found " + found(), null);
        }
        return s.getValue();
    }

    String asNonEmptyText() {
        String text = asText().strip();
        if (text.isEmpty()) {
            throw error(what + " must not be empty", null);
        }
        return text;
    }

    boolean asBoolean() {
        String text = asText();
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(what + " must be true or false, found '" + text + "'", null);
        };
    }

    int asInt(int min) {
        String text = asText();
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min) {
                throw error(what + " must be at least " + min + ", found " + value, null);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(what + " must be a whole number, found '" + text + "'", "write digits only, e.g. 3");
        }
    }

    double asDouble() {
        String text = asText();
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw error(what + " must be a finite number, found '" + text + "'", null);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(what + " must be a number, found '" + text + "'", "e.g. 0.01 or 1.0e-8");
        }
    }

    /** An exact number: an integer, a decimal (0.5 is exactly 1/2) or a fraction "p/q". */
    Rational asRational() {
        String text = asText().strip();
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                return new Rational(new BigInteger(text.substring(0, slash).strip()),
                        new BigInteger(text.substring(slash + 1).strip()));
            }
            if (text.length() > 200) {
                throw error(what + " is too long to be a number (" + text.length() + " characters)", null);
            }
            return Rational.of(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException e) {
            throw error(what + " must be an exact number, found '" + text + "'", "write an integer, a decimal or a fraction such as 1/3");
        }
    }

    private String found() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
