package org.hwgrade.symbolic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One concrete instance of the problem: sizes (m, n), the value of every declared index (such as
 * the true class y) and a value for every declared symbol. Vectors are columns.
 */
record Instance(SortedMap<String, Integer> dimensions, SortedMap<String, Integer> indices,
        Map<String, RealMatrix> values) {

    Instance {
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
        indices = Collections.unmodifiableSortedMap(new TreeMap<>(indices));
        values = Map.copyOf(values);
    }

    /** The bound indices every expression may use: the dimensions and the declared indices. */
    Map<String, Integer> boundIndices() {
        TreeMap<String, Integer> bound = new TreeMap<>(dimensions);
        bound.putAll(indices);
        return bound;
    }

    /**
     * "m=4, n=3, y=2": how a student is told where an answer differs. A problem without sizes or
     * indices (scalars only) is described by the values of its scalars, "z=0.1234".
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        dimensions.forEach((name, size) -> parts.add(name + "=" + size));
        indices.forEach((name, value) -> parts.add(name + "=" + value));
        if (parts.isEmpty()) {
            new TreeMap<>(values).forEach((name, value) -> {
                if (MatrixOps.isScalar(value)) {
                    parts.add(name + "=" + Trials.format(value.getEntry(0, 0)));
                }
            });
        }
        return parts.isEmpty() ? "one instance" : String.join(", ", parts);
    }
}
