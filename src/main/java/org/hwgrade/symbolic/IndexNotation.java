package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers in index notation: an expression whose subscripts use free indices (i, j) stands for the
 * vector or matrix of its entries, e.g. {@code s_i - \delta_{iy}} or {@code s_i(\delta_{ij} - s_j)}.
 */
final class IndexNotation {

    private IndexNotation() {
    }

    static Node wrap(Node node, SymbolTable table) throws ReadException {
        Set<String> free = new TreeSet<>(IndexUse.names(node));
        free.removeIf(table::isBoundIndexName);
        if (free.isEmpty()) {
            return node;
        }
        if (free.size() > 2) {
            throw new ReadException("too many free indices " + free + ": sums over indices are not supported");
        }
        List<String> letters = new ArrayList<>(free);
        List<String> ranges = new ArrayList<>();
        for (String letter : letters) {
            Set<String> dims = IndexUse.dimensionsIndexedBy(node, Index.variable(letter), table);
            if (dims.isEmpty()) {
                dims = rangeOfDeltaPartners(node, letter, table);
            }
            if (dims.size() != 1) {
                throw new ReadException("cannot tell what range the index `" + letter + "` runs over"
                        + (dims.isEmpty() ? " (use it as a subscript of a declared vector or matrix)" : ": it indexes " + dims));
            }
            ranges.add(dims.iterator().next());
        }
        return new IndexForm(node, letters, ranges);
    }

    /** An index used only in \delta_{ij} runs over the range of its partner (δ pairs like with like). */
    private static Set<String> rangeOfDeltaPartners(Node node, String letter, SymbolTable table) {
        Index self = Index.variable(letter);
        Set<String> dims = new TreeSet<>();
        node.walk(n -> {
            if (n instanceof Node.Delta delta) {
                Index partner = delta.first().equals(self) ? delta.second()
                        : delta.second().equals(self) ? delta.first() : null;
                if (partner != null) {
                    dims.addAll(IndexUse.dimensionsIndexedBy(node, partner, table));
                }
            }
        });
        return dims;
    }
}
