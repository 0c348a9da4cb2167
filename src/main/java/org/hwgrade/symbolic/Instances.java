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
 * Draws random instances of the softmax-regression problem. The names W, x, l and s keep their
 * meaning (l = W x, s = softmax(l)); any other declared symbol gets random entries of its shape.
 * Entries are small (|l| ≤ 3) so that s stays well spread and tolerances stay meaningful.
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
     * meets a size it does not fit), other dimensions differ from it, and y is 1 in the first trial
     * and the last class in the second (where off-by-position layouts break).
     */
    static List<Instance> trials(SymbolTable table, String seedLabel) {
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
            int classes = classCount(table, sizes);
            int y = trial == 0 ? 1 : trial == 1 ? classes : 1 + random.nextInt(classes);
            instances.add(create(table, sizes, y, random));
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

    static int classCount(SymbolTable table, Map<String, Integer> sizes) {
        return sizeOf(table.classDimension(), sizes);
    }

    /** An instance with the given sizes and class; the values come from {@code random}. */
    static Instance create(SymbolTable table, SortedMap<String, Integer> sizes, int y, Random random) {
        Map<String, RealMatrix> values = new HashMap<>();
        Map<String, SymbolTable.SymbolShape> symbols = table.symbols();
        symbols.forEach((name, shape) -> {
            if (!name.equals("l") && !name.equals("s")) {
                values.put(name, randomMatrix(sizeOf(shape.rows(), sizes), sizeOf(shape.cols(), sizes), random));
            }
        });
        RealMatrix logits = logits(symbols, values, sizes, random);
        if (logits != null) {
            if (symbols.containsKey("l")) {
                values.put("l", logits);
            }
            if (symbols.containsKey("s")) {
                values.put("s", MatrixOps.softmax(logits));
            }
        }
        return new Instance(sizes, y, classCount(table, sizes), values);
    }

    private static RealMatrix logits(Map<String, SymbolTable.SymbolShape> symbols, Map<String, RealMatrix> values,
            Map<String, Integer> sizes, Random random) {
        SymbolTable.SymbolShape target = symbols.containsKey("l") ? symbols.get("l") : symbols.get("s");
        if (target == null) {
            return null;
        }
        int length = sizeOf(target.rows(), sizes) * sizeOf(target.cols(), sizes);
        RealMatrix w = values.get("W");
        RealMatrix x = values.get("x");
        if (w != null && x != null && w.getColumnDimension() == x.getRowDimension() && x.getColumnDimension() == 1
                && w.getRowDimension() == length) {
            return w.multiply(x);
        }
        return randomMatrix(length, 1, random);
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

    private static int sizeOf(String dimension, Map<String, Integer> sizes) {
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
