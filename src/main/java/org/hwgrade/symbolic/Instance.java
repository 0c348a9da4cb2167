package org.hwgrade.symbolic;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One concrete instance of the problem: sizes (m, n), the true class y and a value for every
 * declared symbol. Vectors are columns.
 */
record Instance(SortedMap<String, Integer> dimensions, int classIndex, int classCount,
        Map<String, RealMatrix> values) {

    Instance {
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
        values = Map.copyOf(values);
    }

    /** The bound indices every expression may use: the dimensions and y. */
    Map<String, Integer> boundIndices() {
        TreeMap<String, Integer> bound = new TreeMap<>(dimensions);
        bound.put(SymbolTable.CLASS_INDEX, classIndex);
        return bound;
    }

    /** "m=4, n=3, y=2": how a student is told where an answer differs. */
    String describe() {
        String dims = dimensions.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
        return (dims.isEmpty() ? "" : dims + ", ") + SymbolTable.CLASS_INDEX + "=" + classIndex;
    }
}
