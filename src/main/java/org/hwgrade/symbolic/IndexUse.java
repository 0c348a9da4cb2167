package org.hwgrade.symbolic;

import java.util.Set;
import java.util.TreeSet;

/** Where an index is used as a subscript, and so which dimension it runs over. */
final class IndexUse {

    private IndexUse() {
    }

    /** Every index name the node (not nested matrices) mentions in a subscript. */
    static Set<String> names(Node node) {
        Set<String> names = new TreeSet<>();
        node.walk(n -> n.ownIndices().forEach(index -> names.addAll(index.variables())));
        return names;
    }

    /** The dimensions that {@code index} runs over where it is, exactly, a subscript in {@code node}. */
    static Set<String> dimensionsIndexedBy(Node node, Index index, SymbolTable table) {
        Set<String> dims = new TreeSet<>();
        node.walk(n -> {
            if (n instanceof Node.Entry entry) {
                table.shapeOf(entry.name()).ifPresent(shape -> {
                    for (int p = 0; p < entry.indices().size(); p++) {
                        if (entry.indices().get(p).equals(index)) {
                            String dim = entry.indices().size() == 1 ? shape.vectorLength()
                                    : p == 0 ? shape.rows() : shape.cols();
                            if (table.dimensions().contains(dim)) {
                                dims.add(dim);
                            }
                        }
                    }
                });
            } else if (n instanceof Node.OneHot oneHot && oneHot.index().equals(index)) {
                dims.add(oneHot.length());
            }
        });
        return dims;
    }
}
