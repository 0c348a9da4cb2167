package org.hwgrade.symbolic;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbols a rubric declares, with their shapes ("m x n", "m×n", "n"; a single dimension is a
 * column vector) and the indices it declares ("1..m": an integer such as the true class y). No name
 * has a meaning of its own here: what a symbol stands for comes from the rubric's definitions.
 */
final class SymbolTable {

    /** A declared shape: each dimension is a letter (m, n) or a positive integer. */
    record SymbolShape(String rows, String cols) {

        boolean isScalar() {
            return "1".equals(rows) && "1".equals(cols);
        }

        boolean isVector() {
            return !isScalar() && ("1".equals(rows) || "1".equals(cols));
        }

        /** The dimension a single index runs over (vectors only). */
        String vectorLength() {
            return "1".equals(cols) ? rows : cols;
        }

        @Override
        public String toString() {
            return rows + "×" + cols;
        }
    }

    private static final String DIMENSION = "[A-Za-z]|[1-9][0-9]{0,2}";
    private static final Pattern DIM = Pattern.compile(DIMENSION);
    private static final Pattern TWO_DIMS =
            Pattern.compile("\\(?\\s*(" + DIMENSION + ")\\s*(?:x|X|×|\\*|,|by)\\s*(" + DIMENSION + ")\\s*\\)?");
    private static final Pattern INDEX_RANGE = Pattern.compile("1\\s*\\.\\.\\s*(" + DIMENSION + ")");
    private static final Pattern NAME = Pattern.compile("[A-Za-z]+(_[A-Za-z0-9]+)?");

    private final SortedMap<String, SymbolShape> symbols;
    private final SortedMap<String, String> indexRanges;
    private final SortedSet<String> dimensions;

    private SymbolTable(SortedMap<String, SymbolShape> symbols, SortedMap<String, String> indexRanges) {
        this.symbols = Collections.unmodifiableSortedMap(symbols);
        this.indexRanges = Collections.unmodifiableSortedMap(indexRanges);
        TreeSet<String> dims = new TreeSet<>();
        symbols.values().forEach(shape -> {
            addDimension(dims, shape.rows());
            addDimension(dims, shape.cols());
        });
        indexRanges.values().forEach(range -> addDimension(dims, range));
        this.dimensions = Collections.unmodifiableSortedSet(dims);
    }

    /**
     * Reads the rubric's declarations: a shape ("m x n", "n") declares a symbol, a range ("1..m")
     * an index.
     *
     * @throws IllegalArgumentException if a name or shape cannot be read (a rubric error, not a
     *     student's)
     */
    static SymbolTable fromShapes(Map<String, String> shapes) {
        Objects.requireNonNull(shapes, "symbolShapes");
        TreeMap<String, SymbolShape> symbols = new TreeMap<>();
        TreeMap<String, String> indices = new TreeMap<>();
        for (Map.Entry<String, String> declaration : shapes.entrySet()) {
            String name = Objects.requireNonNull(declaration.getKey(), "symbol name").strip();
            String shape = Objects.requireNonNull(declaration.getValue(), "shape of " + name).strip();
            Matcher range = INDEX_RANGE.matcher(shape);
            if (range.matches() && name.matches("[A-Za-z]")) {
                indices.put(name, range.group(1));
            } else if (range.matches()) {
                throw new IllegalArgumentException("the index `" + name + "` must be a single letter such as y");
            } else if (NAME.matcher(name).matches()) {
                symbols.put(name, parseShape(shape));
            } else {
                throw new IllegalArgumentException("cannot use `" + name + "` as a symbol name");
            }
        }
        SymbolTable table = new SymbolTable(symbols, indices);
        for (String index : indices.keySet()) {
            if (table.dimensions.contains(index)) {
                throw new IllegalArgumentException("`" + index + "` is both an index and a size");
            }
        }
        return table;
    }

    static SymbolShape parseShape(String text) {
        String shape = text.strip();
        if (DIM.matcher(shape).matches()) {
            return new SymbolShape(shape, "1");
        }
        Matcher two = TWO_DIMS.matcher(shape);
        if (two.matches()) {
            return new SymbolShape(two.group(1), two.group(2));
        }
        throw new IllegalArgumentException("cannot read the shape `" + text
                + "` (expected e.g. \"m x n\", \"n\", or \"1..m\" for an index)");
    }

    private static void addDimension(Set<String> dims, String dim) {
        if (Character.isLetter(dim.charAt(0))) {
            dims.add(dim);
        }
    }

    Optional<SymbolShape> shapeOf(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    SortedMap<String, SymbolShape> symbols() {
        return symbols;
    }

    /** The declared indices (such as the true class y), each with the dimension it runs up to. */
    SortedMap<String, String> indexRanges() {
        return indexRanges;
    }

    /** Basis vectors e_k (and onehot(k)) exist when the problem declares an index to point with. */
    boolean hasBasisVectors() {
        return !indexRanges.isEmpty();
    }

    /**
     * The length of the basis vector e_k: the range of k when k is a declared index, else that of
     * the first declared index (e_1, e_i live in the same space as e_y).
     */
    String basisLength(Index index) {
        for (String name : index.variables()) {
            if (indexRanges.containsKey(name)) {
                return indexRanges.get(name);
            }
        }
        return indexRanges.get(indexRanges.firstKey());
    }

    /** The declared names longer than one letter, which the lexer must not split. */
    Set<String> multiLetterNames() {
        Set<String> names = new TreeSet<>();
        symbols.keySet().stream().filter(name -> name.length() > 1 && !name.contains("_")).forEach(names::add);
        return names;
    }

    /** Dimension letters (m, n): bound in every instance, never free indices. */
    SortedSet<String> dimensions() {
        return dimensions;
    }

    boolean isIndex(String name) {
        return indexRanges.containsKey(name);
    }

    boolean isBoundIndexName(String name) {
        return dimensions.contains(name) || indexRanges.containsKey(name);
    }

    /** Every declared name, for messages. */
    Set<String> declaredNames() {
        Set<String> names = new TreeSet<>(symbols.keySet());
        names.addAll(indexRanges.keySet());
        return names;
    }
}
