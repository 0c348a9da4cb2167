package org.hwgrade.rubric;

import java.util.IdentityHashMap;
import java.util.Map;
import org.hwgrade.model.HwgradeException.Location;
import org.hwgrade.model.RubricException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Bounds what a rubric's aliases expand to. snakeyaml composes an alias as a second reference to
 * its anchor's node, so nine levels of ten aliases ("billion laughs") are a small graph that
 * becomes 10^9 nodes once walked; snakeyaml's own limit counts aliases, not what they expand to.
 * The expanded size is counted here on the graph, each shared node once, before anything walks it.
 */
final class YamlExpansion {

    /** Nodes a rubric may expand to: a large real rubric has a few thousand. */
    static final long MAX_NODES = 100_000;

    private YamlExpansion() {
    }

    static void requireBounded(Node root, String fileName) {
        long size = size(root, new IdentityHashMap<>());
        if (size > MAX_NODES) {
            throw new RubricException("the rubric has more than " + MAX_NODES
                    + " YAML nodes, counting each alias (*name) as the content it repeats",
                    new Location(fileName, root.getStartMark().getLine() + 1, root.getStartMark().getColumn() + 1),
                    "an alias repeats its anchor's whole content; write the repeated part once, or use fewer aliases");
        }
    }

    /** The node's size once expanded, capped just above the limit so the sum cannot overflow. */
    private static long size(Node node, Map<Node, Long> known) {
        Long cached = known.get(node);
        if (cached != null) {
            return cached;
        }
        known.put(node, MAX_NODES + 1); // a recursive alias (an anchor inside itself) is unbounded
        long size = 1;
        if (node instanceof SequenceNode seq) {
            for (Node child : seq.getValue()) {
                size = Math.min(MAX_NODES + 1, size + size(child, known));
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                size = Math.min(MAX_NODES + 1, size + size(t.getKeyNode(), known) + size(t.getValueNode(), known));
            }
        }
        known.put(node, size);
        return size;
    }
}
