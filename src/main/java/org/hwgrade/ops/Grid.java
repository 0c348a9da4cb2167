package org.hwgrade.ops;

import java.util.Arrays;
import java.util.List;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/**
 * A mutable row-major working array for the inside of one operation; it never escapes. Lets the
 * loops of convolution and pooling index (c, i, j) without re-deriving strides each time.
 */
final class Grid {

    final int[] dims;
    final Num[] data;
    private final int[] strides;

    private Grid(int[] dims, Num[] data) {
        this.dims = dims.clone();
        this.data = data;
        this.strides = new int[dims.length];
        int s = 1;
        for (int a = dims.length - 1; a >= 0; a--) {
            strides[a] = s;
            s *= dims[a];
        }
    }

    /** A grid of zeros. */
    static Grid zeros(int... dims) {
        long size = 1;
        for (int d : dims) {
            size = Math.multiplyExact(size, d);
        }
        Num[] data = new Num[Math.toIntExact(size)];
        Arrays.fill(data, Rational.ZERO);
        return new Grid(dims, data);
    }

    /** The tensor's entries seen with {@code dims} (same size: a reshape, e.g. H×W as 1×H×W). */
    static Grid view(Tensor t, int... dims) {
        Grid g = new Grid(dims, t.entries().toArray(new Num[0]));
        if (g.size() != t.size()) {
            throw new IllegalStateException("view " + Arrays.toString(dims) + " does not fit " + t.dims());
        }
        return g;
    }

    /**
     * An upstream gradient seen with {@code dims}, after checking that it has the shape of the
     * forward pass's output ({@code shape}: "output's shape", "pooled shape").
     */
    static Grid upstream(Tensor gradient, List<Integer> expected, String shape, int... dims) {
        if (!gradient.dims().equals(expected)) {
            throw new OpException("the upstream gradient must have the " + shape + " " + Dims.text(expected)
                    + ", got " + gradient.describe());
        }
        return view(gradient, dims);
    }

    int size() {
        return data.length;
    }

    int index(int... idx) {
        int k = 0;
        for (int a = 0; a < idx.length; a++) {
            k += idx[a] * strides[a];
        }
        return k;
    }

    Num get(int... idx) {
        return data[index(idx)];
    }

    void set(Num v, int... idx) {
        data[index(idx)] = v;
    }

    void add(Num v, int... idx) {
        int k = index(idx);
        data[k] = NumArithmetic.add(data[k], v);
    }

    Tensor toTensor(List<Integer> shape) {
        return new Tensor(shape, Arrays.asList(data));
    }
}
