package org.hwgrade.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hwgrade.model.HwgradeException.Location;
import org.hwgrade.model.RubricException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Gives a line and column to errors found after loading (by the solver), which carry a path into
 * the rubric instead: [problems, [id=2], parts, [id=2a], quantity]. The path is followed as far as
 * the file allows; the error points at the deepest node reached.
 */
public final class RubricLocator {

    private RubricLocator() {
    }

    /** The error located in {@code file}, or the error unchanged when it has no path or is located. */
    public static RubricException locate(Path file, RubricException e) {
        if (e.location().isPresent() || e.path().isEmpty()) {
            return e;
        }
        try {
            Node root = RubricLoader.compose(Files.readString(file), file.toString());
            return find(root, e.path()).map(node -> e.at(new Location(file.toString(),
                    node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1))).orElse(e);
        } catch (IOException | RubricException unreadable) {
            return e; // the file changed under us: the message still names the part or problem
        }
    }

    static Optional<Node> find(Node root, List<String> path) {
        Node at = root;
        for (String step : path) {
            Node next = step.startsWith("[") ? item(at, step) : value(at, step);
            if (next == null) {
                break;
            }
            at = next;
        }
        return Optional.of(at);
    }

    private static Node value(Node node, String key) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    /** The list item whose key has the value: "[id=2a]". */
    private static Node item(Node node, String selector) {
        int eq = selector.indexOf('=');
        String key = selector.substring(1, eq);
        String wanted = selector.substring(eq + 1, selector.length() - 1);
        if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (value(item, key) instanceof ScalarNode v && v.getValue().equals(wanted)) {
                    return item;
                }
            }
        }
        return null;
    }
}
