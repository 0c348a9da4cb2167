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
 * column vector). The name {@code e_y} declares the one-hot vector of the true class y.
 */
final class SymbolTable {

    /** The rubric's name for the one-hot vector; y ranges over its length. */
    static final String ONE_HOT = "e_y";

    /** The class index, never a dimension or a free index. */
    static final String CLASS_INDEX = "y";

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

    private static final Pattern DIM = Pattern.compile("[A-Za-z]|[1-9][0-9]{0,2}");
    private static final Pattern TWO_DIMS =
            Pattern.compile("\\(?\\s*([A-Za-z]|[1-9][0-9]{0,2})\\s*(?:x|X|×|\\*|,|by)\\s*([A-Za-z]|[1-9][0-9]{0,2})\\s*\\)?");

    private final SortedMap<String, SymbolShape> symbols;
    private final SymbolShape oneHot;
    private final SortedSet<String> dimensions;

    private SymbolTable(SortedMap<String, SymbolShape> symbols, SymbolShape oneHot) {
        this.symbols = Collections.unmodifiableSortedMap(symbols);
        this.oneHot = oneHot;
        TreeSet<String> dims = new TreeSet<>();
        symbols.values().forEach(shape -> addDims(dims, shape));
        if (oneHot != null) {
            addDims(dims, oneHot);
        }
        this.dimensions = Collections.unmodifiableSortedSet(dims);
    }

    /**
     * Reads the rubric's declarations.
     *
     * @throws IllegalArgumentException if a name or shape cannot be read (a rubric error, not a
     *     student's)
     */
    static SymbolTable fromShapes(Map<String, String> shapes) {
        Objects.requireNonNull(shapes, "symbolShapes");
        TreeMap<String, SymbolShape> symbols = new TreeMap<>();
        SymbolShape oneHot = null;
        for (Map.Entry<String, String> declaration : shapes.entrySet()) {
            String name = Objects.requireNonNull(declaration.getKey(), "symbol name").strip();
            SymbolShape shape = parseShape(Objects.requireNonNull(declaration.getValue(), "shape of " + name));
            if (name.equals(ONE_HOT)) {
                if (!shape.isVector()) {
                    throw new IllegalArgumentException("e_y must be a vector, not " + shape);
                }
                oneHot = shape;
            } else if (name.matches("[A-Za-z]+(_[A-Za-z0-9]+)?") && !name.equals(CLASS_INDEX)) {
                symbols.put(name, shape);
            } else {
                throw new IllegalArgumentException("cannot use `" + name + "` as a symbol name");
            }
        }
        return new SymbolTable(symbols, oneHot);
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
        throw new IllegalArgumentException("cannot read the shape `" + text + "` (expected e.g. \"m x n\" or \"n\")");
    }

    private static void addDims(Set<String> dims, SymbolShape shape) {
        for (String dim : new String[] {shape.rows(), shape.cols()}) {
            if (Character.isLetter(dim.charAt(0))) {
                dims.add(dim);
            }
        }
    }

    Optional<SymbolShape> shapeOf(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    SortedMap<String, SymbolShape> symbols() {
        return symbols;
    }

    boolean hasOneHot() {
        return oneHot != null;
    }

    /** The one-hot's length (a dimension such as m); only when {@link #hasOneHot()}. */
    String oneHotLength() {
        return oneHot.vectorLength();
    }

    /** The declared names longer than one letter, which the lexer must not split. */
    Set<String> multiLetterNames() {
        Set<String> names = new TreeSet<>();
        symbols.keySet().stream().filter(name -> name.length() > 1 && !name.contains("_")).forEach(names::add);
        return names;
    }

    /** The dimension y runs over: the one-hot's length, else s's, else the first dimension. */
    String classDimension() {
        if (oneHot != null) {
            return oneHot.vectorLength();
        }
        SymbolShape s = symbols.get("s");
        if (s != null && s.isVector()) {
            return s.vectorLength();
        }
        return dimensions.isEmpty() ? "1" : dimensions.first();
    }

    /** Dimension letters (m, n): bound in every instance, never free indices. */
    SortedSet<String> dimensions() {
        return dimensions;
    }

    boolean isBoundIndexName(String name) {
        return dimensions.contains(name) || CLASS_INDEX.equals(name);
    }
}
