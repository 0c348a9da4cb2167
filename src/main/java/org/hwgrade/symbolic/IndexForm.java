package org.hwgrade.symbolic;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An answer in index notation, such as {@code s_i(\delta_{ij} - s_j)}: the free indices name the
 * entry, the first (alphabetically) the row and the second the column; each runs over the size of
 * what it indexes.
 */
record IndexForm(Node body, List<String> letters, List<String> ranges) implements Node {

    IndexForm {
        letters = List.copyOf(letters);
        ranges = List.copyOf(ranges);
    }

    @Override
    public RealMatrix evaluate(Scope scope) throws EvalException {
        int rows = scope.size(ranges.get(0));
        int cols = letters.size() > 1 ? scope.size(ranges.get(1)) : 1;
        RealMatrix result = MatrixUtils.createRealMatrix(rows, cols);
        for (int i = 1; i <= rows; i++) {
            Scope row = scope.with(letters.get(0), i);
            for (int j = 1; j <= cols; j++) {
                Scope entry = letters.size() > 1 ? row.with(letters.get(1), j) : row;
                result.setEntry(i - 1, j - 1,
                        MatrixOps.asScalar(body.evaluate(entry), "entry (" + i + "," + j + ")"));
            }
        }
        return result;
    }

    @Override
    public Node withIndices(UnaryOperator<Index> rewrite) {
        return new IndexForm(body.withIndices(rewrite), letters, ranges);
    }

    @Override
    public List<Node> children() {
        return List.of(body);
    }
}
