package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Value;

/**
 * Vector functions applied along one axis of a tensor (a softmax over each row): every line of
 * entries along the axis, a <em>lane</em>, is mapped to a lane of the same length.
 */
final class Lanes {

    private Lanes() {
    }

    /**
     * @param axis 0-based, or negative from the end (−1: the last axis, each row of a matrix)
     * @param f    maps a lane of {@code x} and the lane of {@code y} at the same place to a new lane
     */
    static Value map(Value x, Value y, int axis, BiFunction<List<Num>, List<Num>, List<Num>> f) {
        List<Integer> dims = Elementwise.dims(x);
        if (dims.isEmpty()) {
            throw new OpException("needs a vector or a tensor, got a number", "give the scores as a list");
        }
        int a = axis < 0 ? dims.size() + axis : axis;
        if (a < 0 || a >= dims.size()) {
            throw new OpException("axis " + axis + " does not exist in " + Elementwise.describe(dims),
                    "use an axis from " + -dims.size() + " to " + (dims.size() - 1));
        }
        int n = dims.get(a);
        int inner = 1;
        for (int k = a + 1; k < dims.size(); k++) {
            inner *= dims.get(k);
        }
        List<Num> xs = Elementwise.entries(x);
        List<Num> ys = Elementwise.entries(y);
        Num[] out = new Num[xs.size()];
        for (int outer = 0; outer < xs.size() / (n * inner); outer++) {
            for (int r = 0; r < inner; r++) {
                List<Num> laneX = new ArrayList<>(n);
                List<Num> laneY = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int at = (outer * n + i) * inner + r;
                    laneX.add(xs.get(at));
                    laneY.add(ys.get(at));
                }
                List<Num> mapped = f.apply(laneX, laneY);
                for (int i = 0; i < n; i++) {
                    out[(outer * n + i) * inner + r] = mapped.get(i);
                }
            }
        }
        return Elementwise.build(dims, Arrays.asList(out));
    }
}
