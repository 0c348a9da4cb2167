package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.model.Num;
import org.hwgrade.model.Value;

/**
 * Folds the entries of a value, all of them or along one axis (numpy's {@code axis=}): the axis
 * disappears from the result, and a fold over everything gives a number.
 */
final class Reductions {

    private Reductions() {
    }

    /** @param fold takes the entries along the axis (never empty) in order */
    static Value along(Value v, Integer axis, Function<List<Num>, Num> fold) {
        List<Integer> dims = Elementwise.dims(v);
        List<Num> entries = Elementwise.entries(v);
        if (axis == null) {
            return Elementwise.build(List.of(), List.of(fold.apply(entries)));
        }
        int inner = 1;
        for (int k = axis + 1; k < dims.size(); k++) {
            inner *= dims.get(k);
        }
        int n = dims.get(axis);
        int outer = entries.size() / Math.max(1, n * inner);
        List<Num> out = new ArrayList<>(outer * inner);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                List<Num> line = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    line.add(entries.get((o * n + j) * inner + i));
                }
                out.add(fold.apply(line));
            }
        }
        List<Integer> rest = new ArrayList<>(dims);
        rest.remove((int) axis);
        return Elementwise.build(rest, out);
    }
}
