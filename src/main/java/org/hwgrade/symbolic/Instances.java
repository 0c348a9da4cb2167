package org.hwgrade.symbolic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Draws random instances of a problem from its declarations: sizes, then every declared index,
 * then random entries for each symbol without a definition, then the definitions in order. Entries
 * are small (uniform in [−0.5, 0.5)) so that exponentials and softmax stay well spread and
 * tolerances stay meaningful.
 */
final class Instances {

    /** How many instances a verdict rests on. */
    static final int TRIALS = 8;

    static final int MIN_SIZE = 3;
    static final int MAX_SIZE = 6;

    private static final long FIXED_SEED = 0x6877_6772_6164_6533L;

    private Instances() {
    }

    /**
     * The instances for one check, fixed by the seed label alone so that a regrade draws the same
     * ones. Sizes cycle through 3..6 for the first dimension (so an answer of one fixed size always
     * meets a size it does not fit), other dimensions differ from it, and each index is 1 in the
     * first trial and at the end of its range in the second (where off-by-position layouts break).
     *
     * @throws EvalException if a definition cannot be evaluated at an instance (a rubric error)
     */
    static List<Instance> trials(SymbolTable table, Definitions definitions, String seedLabel) throws EvalException {
        Random random = new Random(FIXED_SEED ^ fnv1a(seedLabel));
        List<String> dims = new ArrayList<>(table.dimensions());
        int rotation = random.nextInt(MAX_SIZE - MIN_SIZE + 1);
        List<Instance> instances = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            TreeMap<String, Integer> sizes = new TreeMap<>();
            for (int d = 0; d < dims.size(); d++) {
                int size = d == 0
                        ? MIN_SIZE + (trial + rotation) % (MAX_SIZE - MIN_SIZE + 1)
                        : drawDistinct(random, sizes);
                sizes.put(dims.get(d), size);
            }
            TreeMap<String, Integer> indices = new TreeMap<>();
            for (Map.Entry<String, String> index : table.indexRanges().entrySet()) {
                int range = sizeOf(index.getValue(), sizes);
                indices.put(index.getKey(), trial == 0 ? 1 : trial == 1 ? range : 1 + random.nextInt(range));
            }
            instances.add(create(table, definitions, sizes, indices, random));
        }
        return instances;
    }

    private static int drawDistinct(Random random, Map<String, Integer> taken) {
        int span = MAX_SIZE - MIN_SIZE + 1;
        int size = MIN_SIZE + random.nextInt(span);
        for (int attempt = 0; attempt < span && taken.containsValue(size); attempt++) {
            size = MIN_SIZE + (size - MIN_SIZE + 1) % span;
        }
        return size;
    }

    /**
     * An instance with the given sizes and indices; random entries come from {@code random}.
     *
     * @throws EvalException if a definition cannot be evaluated there or has another shape than declared
     */
    static Instance create(SymbolTable table, Definitions definitions, SortedMap<String, Integer> sizes,
            SortedMap<String, Integer> indices, Random random) throws EvalException {
        Map<String, RealMatrix> values = new HashMap<>();
        for (Map.Entry<String, SymbolTable.SymbolShape> symbol : table.symbols().entrySet()) {
            if (!definitions.defines(symbol.getKey())) {
                SymbolTable.SymbolShape shape = symbol.getValue();
                values.put(symbol.getKey(), randomMatrix(sizeOf(shape.rows(), sizes), sizeOf(shape.cols(), sizes), random));
            }
        }
        for (Definitions.Definition definition : definitions.ordered()) {
            Instance sofar = new Instance(sizes, indices, values);
            RealMatrix value;
            try {
                value = definition.node().evaluate(Scope.of(sofar));
            } catch (EvalException undefined) {
                throw new EvalException("the definition " + definition.name() + " = " + definition.text()
                        + " is undefined at " + sofar.describe() + ": " + undefined.getMessage());
            }
            SymbolTable.SymbolShape declared = table.symbols().get(definition.name());
            int rows = sizeOf(declared.rows(), sizes);
            int cols = sizeOf(declared.cols(), sizes);
            if (value.getRowDimension() != rows || value.getColumnDimension() != cols) {
                throw new EvalException("the definition " + definition.name() + " = " + definition.text() + " is "
                        + MatrixOps.shape(value) + " at " + sofar.describe() + ", but " + definition.name()
                        + " is declared " + declared);
            }
            values.put(definition.name(), value);
        }
        return new Instance(sizes, indices, values);
    }

    private static RealMatrix randomMatrix(int rows, int cols, Random random) {
        RealMatrix matrix = MatrixUtils.createRealMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                matrix.setEntry(i, j, random.nextDouble() - 0.5);
            }
        }
        return matrix;
    }

    static int sizeOf(String dimension, Map<String, Integer> sizes) {
        Integer size = sizes.get(dimension);
        return size != null ? size : Integer.parseInt(dimension);
    }

    /** A stable 64-bit hash of the label (FNV-1a over UTF-8), unlike String.hashCode's 32 bits. */
    private static long fnv1a(String label) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (label == null ? "" : label).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
