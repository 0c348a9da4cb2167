package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.linear.RealMatrix;
import org.hwgrade.symbolic.MatrixLiteral.Any;
import org.hwgrade.symbolic.MatrixLiteral.Axis;
import org.hwgrade.symbolic.MatrixLiteral.Explicit;
import org.hwgrade.symbolic.MatrixLiteral.Fixed;
import org.hwgrade.symbolic.MatrixLiteral.Generic;
import org.hwgrade.symbolic.MatrixLiteral.Key;
import org.hwgrade.symbolic.MatrixLiteral.Part;
import org.hwgrade.symbolic.MatrixLiteral.Special;

/**
 * Turns a written matrix with ellipses into a {@link MatrixLiteral}: finds which rows (columns)
 * are written and which stand for "and so on", gives each written row its index (1, 2, ... before
 * the first ellipsis; ..., m-1, m after the last; y for a row between ellipses that mentions y),
 * infers the general entry as a pattern over the row and column index (with a separate diagonal
 * pattern when the diagonal differs) and checks every written entry against it. The rules are in
 * docs/symbolic.md.
 */
final class EllipsisInference {

    static final int MAX_LINES = 40;

    /** Candidate entries tried as the source of a pattern; more would only cost time on hostile input. */
    private static final int MAX_CANDIDATES = 4;

    private static final long VERIFY_SEED = 0x7665_7269_6679_0001L;

    private final SymbolTable table;
    private final Definitions definitions;

    /** @param definitions the symbols' definitions, so that verification instances are true instances */
    EllipsisInference(SymbolTable table, Definitions definitions) {
        this.table = table;
        this.definitions = definitions;
    }

    /** One written entry with the indices of its row and column. */
    private record Sample(int gridRow, int gridCol, Index rowLabel, Part rowPart, Index colLabel, Part colPart,
            Node node, String text) {

        String where() {
            return "entry (" + gridRow + "," + gridCol + ") `" + text + "`";
        }
    }

    /** The written rows (or columns) of one axis, with their indices. */
    private record Layout(Axis axis, List<Index> labels, List<Part> parts, int leading) {
    }

    MatrixLiteral infer(List<List<Cell>> written) throws ReadException {
        int width = written.stream().mapToInt(List::size).max().orElse(0);
        if (written.size() > MAX_LINES || width > MAX_LINES) {
            throw new ReadException("a matrix larger than " + MAX_LINES + "×" + MAX_LINES + " is not supported");
        }
        List<List<Cell>> grid = new ArrayList<>();
        for (List<Cell> row : written) {
            List<Cell> padded = new ArrayList<>(row);
            while (padded.size() < width) {
                padded.add(new Cell.Blank());
            }
            grid.add(padded);
        }
        List<Boolean> rowIsDots = rowKinds(grid);
        List<Integer> contentRows = written(rowIsDots);
        if (contentRows.isEmpty()) {
            throw new ReadException("the matrix has no entries");
        }
        List<Boolean> colIsDots = columnKinds(grid, width, contentRows);
        List<Integer> contentCols = written(colIsDots);
        for (int r : contentRows) {
            for (int c : contentCols) {
                if (grid.get(r).get(c) instanceof Cell.Dots) {
                    throw new ReadException("an ellipsis stands where an entry is expected (row " + (r + 1)
                            + ", column " + (c + 1) + ")");
                }
            }
        }
        List<List<Cell>> rowLines = new ArrayList<>();
        for (int r : contentRows) {
            rowLines.add(contentCols.stream().map(c -> grid.get(r).get(c)).toList());
        }
        List<List<Cell>> colLines = new ArrayList<>();
        for (int c : contentCols) {
            colLines.add(contentRows.stream().map(r -> grid.get(r).get(c)).toList());
        }
        Layout rows = layout("row", rowIsDots, rowLines, contentCols.size());
        Layout cols = layout("column", colIsDots, colLines, contentRows.size());

        List<Sample> samples = new ArrayList<>();
        for (int a = 0; a < contentRows.size(); a++) {
            for (int b = 0; b < contentCols.size(); b++) {
                Cell cell = grid.get(contentRows.get(a)).get(contentCols.get(b));
                Node node = cell instanceof Cell.Content content ? content.node() : new Node.Num(0);
                String text = cell instanceof Cell.Content content ? content.text() : "";
                samples.add(new Sample(contentRows.get(a) + 1, contentCols.get(b) + 1, rows.labels().get(a),
                        rows.parts().get(a), cols.labels().get(b), cols.parts().get(b), node, text));
            }
        }
        return build(rows, cols, samples);
    }

    /** Per row: null if blank, true if only dots (and blanks), false if it has an entry. */
    private static List<Boolean> rowKinds(List<List<Cell>> grid) {
        List<Boolean> kinds = new ArrayList<>();
        for (List<Cell> row : grid) {
            boolean blank = row.stream().allMatch(c -> c instanceof Cell.Blank);
            boolean entries = row.stream().anyMatch(c -> c instanceof Cell.Content);
            kinds.add(blank ? null : !entries);
        }
        return kinds;
    }

    /** Per column, the same, judged on the written rows (a \ddots in a row of dots makes a column of dots). */
    private static List<Boolean> columnKinds(List<List<Cell>> grid, int width, List<Integer> contentRows) {
        List<Boolean> kinds = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            boolean anyContent = false;
            boolean anyDots = false;
            for (int r = 0; r < grid.size(); r++) {
                Cell cell = grid.get(r).get(c);
                anyDots |= cell instanceof Cell.Dots;
                anyContent |= contentRows.contains(r) && cell instanceof Cell.Content;
            }
            kinds.add(anyContent ? Boolean.FALSE : anyDots ? Boolean.TRUE : null);
        }
        return kinds;
    }

    /** The positions that hold entries. */
    private static List<Integer> written(List<Boolean> kinds) {
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            if (Boolean.FALSE.equals(kinds.get(k))) {
                positions.add(k);
            }
        }
        return positions;
    }

    /**
     * Indices for the written rows of one axis. {@code isDots} holds, per grid row, null (blank),
     * true (a row of dots) or false (a written row); {@code lines} the cells of each written row;
     * {@code crossCount} how many columns are written.
     */
    private Layout layout(String noun, List<Boolean> isDots, List<List<Cell>> lines, int crossCount)
            throws ReadException {
        List<Integer> groupOf = new ArrayList<>();
        int group = 0;
        boolean previousDots = false;
        for (Boolean dots : isDots) {
            if (dots == null) {
                continue;
            }
            if (dots) {
                if (!previousDots) {
                    group++;
                }
                previousDots = true;
            } else {
                groupOf.add(group);
                previousDots = false;
            }
        }
        int ellipses = group;
        int count = groupOf.size();
        if (ellipses == 0) {
            List<Index> labels = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                labels.add(Index.constant(k + 1));
                parts.add(new Fixed(k + 1));
            }
            return new Layout(new Explicit(count), labels, parts, count);
        }
        Index[] labels = new Index[count];
        Part[] parts = new Part[count];
        List<Index> specials = new ArrayList<>();
        int leading = 0;
        for (int k = 0; k < count && groupOf.get(k) == 0; k++) {
            labels[k] = Index.constant(k + 1);
            parts[k] = new Any();
            leading++;
        }
        for (int g = 1; g < ellipses; g++) {
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (groupOf.get(k) == g) {
                    members.add(k);
                }
            }
            labelMiddle(noun, members, lines, labels, parts, specials);
        }
        List<Integer> trailing = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (groupOf.get(k) == ellipses) {
                trailing.add(k);
            }
        }
        String dimension = dimension(noun, lines, trailing, leading, crossCount, specials, labels);
        for (int t = 0; t < trailing.size(); t++) {
            labels[trailing.get(t)] = Index.variable(dimension, t - trailing.size() + 1);
            parts[trailing.get(t)] = new Any();
        }
        return new Layout(new Generic(dimension, specials), List.of(labels), List.of(parts), leading);
    }

    /**
     * A segment between two ellipses: the first row that names y (or one free index such as i) in
     * its subscripts gets that index as its label, e.g. y for s_y - 1 and y-1 for s_{y-1}; the rows
     * around it are numbered from there. The row labelled exactly y is written apart (an exception
     * to the pattern); the others are checked against the pattern.
     */
    private void labelMiddle(String noun, List<Integer> members, List<List<Cell>> lines, Index[] labels,
            Part[] parts, List<Index> specials) throws ReadException {
        int anchorAt = -1;
        Index anchor = null;
        for (int k : members) {
            anchor = labelOf(lines.get(k));
            if (anchor != null) {
                anchorAt = k;
                break;
            }
        }
        if (anchor == null) {
            throw new ReadException("cannot tell which " + noun + " `" + describe(lines.get(members.get(0)))
                    + "` between the ellipses is: name it with an index such as y");
        }
        for (int k : members) {
            labels[k] = anchor.plus(Index.constant(k - anchorAt));
            boolean special = isDeclaredIndex(labels[k]);
            parts[k] = special ? new Special(labels[k]) : new Any();
            if (special) {
                specials.add(labels[k]);
            }
        }
    }

    /** A label that is exactly a declared index (y): its row is singled out, as the true class's is. */
    private boolean isDeclaredIndex(Index label) {
        return label.constant() == 0 && label.terms().size() == 1 && label.terms().values().iterator().next() == 1
                && table.isIndex(label.terms().firstKey());
    }

    /**
     * The index a row between ellipses stands at, read from its subscripts: y if any subscript is
     * exactly y, else y+k if all its subscripts with y agree on k; the same for a single free index.
     */
    private Index labelOf(List<Cell> line) {
        Set<String> names = new TreeSet<>();
        List<Index> used = new ArrayList<>();
        for (Cell cell : line) {
            if (cell instanceof Cell.Content content) {
                content.node().walk(node -> used.addAll(node.ownIndices()));
                names.addAll(IndexUse.names(content.node()));
            }
        }
        names.removeAll(table.dimensions());
        String variable = names.stream().filter(table::isIndex).findFirst()
                .orElse(names.size() == 1 ? names.iterator().next() : null);
        if (variable == null) {
            return null;
        }
        Set<Integer> offsets = new TreeSet<>();
        for (Index index : used) {
            if (index.terms().equals(Index.variable(variable).terms())) {
                offsets.add(index.constant());
            }
        }
        if (offsets.contains(0)) {
            return Index.variable(variable);
        }
        return offsets.size() == 1 ? Index.variable(variable, offsets.iterator().next()) : null;
    }

    /**
     * The dimension a general axis runs over: the one every entry of its last row names (s_m), else
     * what its first rows index (s_1 in row 1 indexes s, which has m entries), else y's range if a
     * row is singled out by y, else the only dimension there is.
     */
    private String dimension(String noun, List<List<Cell>> lines, List<Integer> trailing, int leading,
            int crossCount, List<Index> specials, Index[] labels) throws ReadException {
        if (!trailing.isEmpty()) {
            Set<String> common = null;
            // Entries without subscripts (0, 1) say nothing about the row they are in.
            for (Cell cell : lines.get(trailing.get(trailing.size() - 1))) {
                if (cell instanceof Cell.Content content && !IndexUse.names(content.node()).isEmpty()) {
                    Set<String> names = IndexUse.names(content.node());
                    names.retainAll(table.dimensions());
                    if (common == null) {
                        common = names;
                    } else {
                        common.retainAll(names);
                    }
                }
            }
            if (common != null && common.size() == 1) {
                return common.iterator().next();
            }
        }
        Set<String> indexed = new TreeSet<>();
        for (int k = 0; k < leading; k++) {
            List<Cell> line = lines.get(k);
            for (int c = 0; c < line.size(); c++) {
                // Entry (1,1) of a matrix cannot tell s_1's row index from x_1's column index.
                boolean crossSame = crossCount > 1 && c == k;
                if (line.get(c) instanceof Cell.Content content && !crossSame) {
                    indexed.addAll(IndexUse.dimensionsIndexedBy(content.node(), Index.constant(k + 1), table));
                }
            }
        }
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] != null && !labels[k].isConstant()
                    && labels[k].variables().stream().noneMatch(table::isIndex) && labels[k].constant() == 0) {
                for (Cell cell : lines.get(k)) {
                    if (cell instanceof Cell.Content content) {
                        indexed.addAll(IndexUse.dimensionsIndexedBy(content.node(), labels[k], table));
                    }
                }
            }
        }
        if (indexed.size() == 1) {
            return indexed.iterator().next();
        }
        if (indexed.isEmpty() && !specials.isEmpty()) {
            return table.indexRanges().get(specials.get(0).variables().iterator().next());
        }
        if (indexed.isEmpty() && table.dimensions().size() == 1) {
            return table.dimensions().first();
        }
        throw new ReadException("cannot tell how many " + noun + "s the matrix has: write its last " + noun
                + " with the index of the last entry (e.g. s_m)");
    }

    private static String describe(List<Cell> line) {
        for (Cell cell : line) {
            if (cell instanceof Cell.Content content) {
                return content.text();
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- patterns

    private MatrixLiteral build(Layout rows, Layout cols, List<Sample> samples) throws ReadException {
        List<Scope> scopes = verificationScopes(rows, cols);
        Map<Sample, double[]> values = new IdentityHashMap<>();
        for (Sample sample : samples) {
            values.put(sample, valuesOf(sample, scopes));
        }
        Map<Key, List<Sample>> groups = new LinkedHashMap<>();
        for (Sample sample : samples) {
            groups.computeIfAbsent(new Key(sample.rowPart(), sample.colPart()), k -> new ArrayList<>()).add(sample);
        }
        boolean square = rows.axis() instanceof Generic r && cols.axis() instanceof Generic c
                && r.dimension().equals(c.dimension());
        Map<Key, Node> patterns = new HashMap<>();
        Node diagonal = null;
        for (Map.Entry<Key, List<Sample>> group : groups.entrySet()) {
            Key key = group.getKey();
            List<Sample> members = group.getValue();
            boolean general = key.row() instanceof Any && key.col() instanceof Any;
            if (!general || !square) {
                patterns.put(key, pattern(members, values, scopes));
                continue;
            }
            List<Sample> onDiagonal = new ArrayList<>();
            List<Sample> offDiagonal = new ArrayList<>();
            for (Sample sample : members) {
                (onDiagonal(sample, scopes.get(0)) ? onDiagonal : offDiagonal).add(sample);
            }
            List<Sample> ordered = new ArrayList<>(offDiagonal);
            ordered.addAll(onDiagonal);
            try {
                patterns.put(key, pattern(ordered, values, scopes));
            } catch (ReadException oneDoesNotFit) {
                if (onDiagonal.isEmpty() || offDiagonal.isEmpty()) {
                    throw oneDoesNotFit;
                }
                patterns.put(key, pattern(offDiagonal, values, scopes));
                diagonal = pattern(onDiagonal, values, scopes);
            }
        }
        return new MatrixLiteral(rows.axis(), cols.axis(), patterns, diagonal);
    }

    private static boolean onDiagonal(Sample sample, Scope scope) {
        try {
            return sample.rowLabel().evaluate(scope.indices()) == sample.colLabel().evaluate(scope.indices());
        } catch (EvalException unbound) {
            return false;
        }
    }

    /** The first candidate entry whose abstraction reproduces every entry of the group. */
    private Node pattern(List<Sample> members, Map<Sample, double[]> values, List<Scope> scopes) throws ReadException {
        String firstMismatch = null;
        for (Sample source : members.subList(0, Math.min(MAX_CANDIDATES, members.size()))) {
            Node candidate = abstracted(source);
            Sample misfit = null;
            for (Sample member : members) {
                if (member != source && !fits(candidate, member, values.get(member), scopes)) {
                    misfit = member;
                    break;
                }
            }
            if (misfit == null) {
                return candidate;
            }
            if (firstMismatch == null) {
                firstMismatch = "the entries do not follow one pattern: " + misfit.where()
                        + " does not follow the pattern of " + source.where();
            }
        }
        throw new ReadException(firstMismatch);
    }

    /** The source entry with its row's index replaced by "this row" and its column's by "this column". */
    private static Node abstracted(Sample source) {
        boolean byRow = source.rowPart() instanceof Any;
        boolean byCol = source.colPart() instanceof Any;
        return source.node().withIndices(index -> {
            if (byRow && index.equals(source.rowLabel())) {
                return Index.variable(MatrixLiteral.ROW);
            }
            if (byCol && index.equals(source.colLabel())) {
                return Index.variable(MatrixLiteral.COL);
            }
            return index;
        });
    }

    private static boolean fits(Node pattern, Sample member, double[] expected, List<Scope> scopes) {
        if (expected == null) {
            return false;
        }
        for (int e = 0; e < scopes.size(); e++) {
            Scope scope = scopes.get(e);
            try {
                Scope at = scope.with(MatrixLiteral.ROW, member.rowLabel().evaluate(scope.indices()))
                        .with(MatrixLiteral.COL, member.colLabel().evaluate(scope.indices()));
                RealMatrix actual = pattern.evaluate(at);
                if (!MatrixOps.isScalar(actual) || !Closeness.close(expected[e], actual.getEntry(0, 0))) {
                    return false;
                }
            } catch (EvalException undefined) {
                return false;
            }
        }
        return true;
    }

    /** The entry's value in each verification scope; null if it has none there. */
    private static double[] valuesOf(Sample sample, List<Scope> scopes) throws ReadException {
        double[] values = new double[scopes.size()];
        for (int e = 0; e < scopes.size(); e++) {
            try {
                RealMatrix value = sample.node().evaluate(scopes.get(e));
                if (!MatrixOps.isScalar(value)) {
                    throw new ReadException(sample.where() + " is not a single number (it is a "
                            + MatrixOps.shape(value) + " matrix); write entries as numbers");
                }
                values[e] = value.getEntry(0, 0);
            } catch (EvalException undefined) {
                return null;
            }
        }
        return values;
    }

    /**
     * Two large instances in which every written index names a different position: the declared
     * indices (y) sit after all leading rows, free indices (i, k) further on, the dimensions beyond
     * all of them, and the dimensions differ from each other (so s_m and s_n are told apart).
     */
    private List<Scope> verificationScopes(Layout rows, Layout cols) throws ReadException {
        int spread = Math.max(rows.labels().size(), cols.labels().size()) + 3;
        int y = Math.max(rows.leading(), cols.leading()) + spread;
        Set<String> letters = new LinkedHashSet<>();
        for (Layout layout : List.of(rows, cols)) {
            for (Index label : layout.labels()) {
                for (String name : label.variables()) {
                    if (!table.isBoundIndexName(name)) {
                        letters.add(name);
                    }
                }
            }
        }
        TreeMap<String, Integer> indices = new TreeMap<>();
        for (String index : table.indexRanges().keySet()) {
            indices.put(index, y + spread * indices.size());
        }
        int lettersFrom = y + spread * Math.max(0, indices.size() - 1);
        int base = lettersFrom + spread * (letters.size() + 2);
        List<String> dims = new ArrayList<>(table.dimensions());
        List<Scope> scopes = new ArrayList<>();
        for (int e = 0; e < 2; e++) {
            TreeMap<String, Integer> sizes = new TreeMap<>();
            for (int d = 0; d < dims.size(); d++) {
                sizes.put(dims.get(d), base + spread * ((d + e) % dims.size()));
            }
            Instance instance;
            try {
                instance = Instances.create(table, definitions, sizes, indices, new Random(VERIFY_SEED + e));
            } catch (EvalException undefined) {
                throw new ReadException("the matrix cannot be checked: " + undefined.getMessage());
            }
            Scope scope = Scope.of(instance);
            int k = 0;
            for (String letter : letters) {
                scope = scope.with(letter, lettersFrom + spread * (++k));
            }
            scopes.add(scope);
        }
        return scopes;
    }
}
