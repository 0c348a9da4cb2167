package org.hwgrade.symbolic;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A written matrix or vector, possibly with ellipses, as a function of the instance. Each axis is
 * either written out in full (a fixed size) or general in a dimension such as m, with rows singled
 * out by an index like y. Entries come from patterns over the row and column indices
 * ({@link #ROW}, {@link #COL}) inferred by {@link EllipsisInference}.
 *
 * @param patterns the entry pattern of each kind of position
 * @param diagonal the pattern on the diagonal when it differs from the rest (null otherwise)
 */
record MatrixLiteral(Axis rows, Axis cols, Map<Key, Node> patterns, Node diagonal) implements Node {

    /** The index names patterns use for "this row" and "this column"; no student can write them. */
    static final String ROW = "#row";
    static final String COL = "#col";

    /** One axis of the matrix. */
    sealed interface Axis {
        int size(Scope scope) throws EvalException;

        Part partAt(int position, Scope scope) throws EvalException;
    }

    /** An axis written out in full: its size is the number of rows (columns) written. */
    record Explicit(int count) implements Axis {
        @Override
        public int size(Scope scope) {
            return count;
        }

        @Override
        public Part partAt(int position, Scope scope) {
            return new Fixed(position);
        }
    }

    /** An axis with ellipses, as long as {@code dimension}; rows at {@code specials} are written apart. */
    record Generic(String dimension, List<Index> specials) implements Axis {
        public Generic {
            specials = List.copyOf(specials);
        }

        @Override
        public int size(Scope scope) throws EvalException {
            return scope.size(dimension);
        }

        @Override
        public Part partAt(int position, Scope scope) throws EvalException {
            for (Index special : specials) {
                if (special.evaluate(scope.indices()) == position) {
                    return new Special(special);
                }
            }
            return new Any();
        }
    }

    /** What kind of row (column) a position is. */
    sealed interface Part {
    }

    /** A row of an axis written out in full. */
    record Fixed(int position) implements Part {
    }

    /** Any row of a general axis that is not singled out. */
    record Any() implements Part {
    }

    /** The row singled out by an index such as y. */
    record Special(Index label) implements Part {
    }

    /** A kind of position: a row part and a column part. */
    record Key(Part row, Part col) {
    }

    MatrixLiteral {
        patterns = Map.copyOf(patterns);
    }

    @Override
    public RealMatrix evaluate(Scope scope) throws EvalException {
        int rowCount = rows.size(scope);
        int colCount = cols.size(scope);
        RealMatrix result = MatrixUtils.createRealMatrix(rowCount, colCount);
        for (int i = 1; i <= rowCount; i++) {
            Part rowPart = rows.partAt(i, scope);
            for (int j = 1; j <= colCount; j++) {
                Node pattern = patternAt(rowPart, cols.partAt(j, scope), i == j);
                RealMatrix entry = pattern.evaluate(scope.with(ROW, i).with(COL, j));
                result.setEntry(i - 1, j - 1, MatrixOps.asScalar(entry, "entry (" + i + "," + j + ")"));
            }
        }
        return result;
    }

    /** The most specific pattern written for a position: the exact kind, else its row, else its column. */
    private Node patternAt(Part row, Part col, boolean onDiagonal) throws EvalException {
        Any any = new Any();
        for (Key key : List.of(new Key(row, col), new Key(row, any), new Key(any, col), new Key(any, any))) {
            Node pattern = patterns.get(key);
            if (pattern != null) {
                boolean general = key.row() instanceof Any && key.col() instanceof Any;
                return general && onDiagonal && diagonal != null ? diagonal : pattern;
            }
        }
        throw new EvalException("the matrix has no entry written for this position");
    }

    /** Whether an axis is written out in full with more than one row or column. */
    boolean hasFixedSize() {
        return rows instanceof Explicit r && r.count() > 1 || cols instanceof Explicit c && c.count() > 1;
    }

    /** Patterns are closed over their own indices; nothing outside rewrites them. */
    @Override
    public Node withIndices(UnaryOperator<Index> rewrite) {
        return this;
    }

    @Override
    public List<Node> children() {
        return List.of();
    }
}
