package org.hwgrade.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense array of numbers in row-major order. Rank 1 is a vector, rank 2 a matrix (the common case
 * in answers), rank 3 and 4 appear inside the solver (channels, filters).
 */
public record Tensor(List<Integer> dims, List<Num> entries) implements Value {

    public Tensor {
        dims = List.copyOf(dims);
        entries = List.copyOf(entries);
        long size = 1;
        for (int d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in " + dims);
            }
            size *= d;
        }
        if (dims.isEmpty() || size != entries.size()) {
            throw new IllegalArgumentException("dims " + dims + " need " + size + " entries, got " + entries.size());
        }
    }

    public static Tensor matrix(int rows, int cols, List<? extends Num> entries) {
        return new Tensor(List.of(rows, cols), List.copyOf(entries));
    }

    /** A matrix from integer rows, for tests and examples. */
    public static Tensor ofRows(long[]... rows) {
        List<Num> entries = new ArrayList<>();
        for (long[] row : rows) {
            if (row.length != rows[0].length) {
                throw new IllegalArgumentException("ragged rows");
            }
            for (long v : row) {
                entries.add(Rational.of(v));
            }
        }
        return matrix(rows.length, rows.length == 0 ? 0 : rows[0].length, entries);
    }

    public int rank() {
        return dims.size();
    }

    public boolean isMatrix() {
        return dims.size() == 2;
    }

    public int rows() {
        return dims.get(0);
    }

    public int cols() {
        return dims.size() > 1 ? dims.get(1) : 1;
    }

    /** Entry (i, j) of a matrix, 0-based. */
    public Num get(int i, int j) {
        return entries.get(i * cols() + j);
    }

    public int size() {
        return entries.size();
    }

    /** The transpose of a matrix (a vector is read as a column). */
    public Tensor transpose() {
        int r = rows();
        int c = cols();
        List<Num> out = new ArrayList<>(entries.size());
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < r; i++) {
                out.add(entries.get(i * c + j));
            }
        }
        return matrix(c, r, out);
    }

    @Override
    public String describe() {
        return switch (dims.size()) {
            case 1 -> "a vector of " + dims.get(0) + " entries";
            case 2 -> "a " + dims.get(0) + "×" + dims.get(1) + " matrix";
            default -> "a tensor of shape " + dims;
        };
    }

    /** Nested-list form, as in numpy: [[4, 2], [-2, -6]]. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendNested(sb, 0, 0);
        return sb.toString();
    }

    private int appendNested(StringBuilder sb, int axis, int offset) {
        sb.append('[');
        int n = dims.get(axis);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (axis == dims.size() - 1) {
                sb.append(entries.get(offset++));
            } else {
                offset = appendNested(sb, axis + 1, offset);
            }
        }
        sb.append(']');
        return offset;
    }
}
