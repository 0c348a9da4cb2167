package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Tensor;

/**
 * Max pooling over each channel (x is C×H×W, or H×W for one channel) with a square window, stride
 * and padding. Padded cells never win: they are outside the input, not zeros.
 *
 * <p>Tie rule: when several cells of a window hold the maximum, the first in row-major order (top
 * row first, then leftmost) is the arg-max, in the forward pass and in the backward pass alike.
 */
public final class MaxPool {

    /** Window size, stride and padding; a window must keep at least one real cell (2P ≤ size). */
    public record Settings(int size, int stride, int padding) {
        public Settings {
            SlidingWindow.requireParameters(size, stride, padding);
            if (2L * padding > size) {
                throw new OpException("padding " + padding + " is more than half the pool size " + size,
                        "use a padding of at most size/2, so that every window covers the input");
            }
        }
    }

    private MaxPool() {
    }

    public static Tensor forward(Tensor x, Settings s) {
        Layout l = Layout.of(x, s);
        Grid out = Grid.zeros(l.channels, l.outRows, l.outCols);
        for (int c = 0; c < l.channels; c++) {
            for (int o = 0; o < l.outRows; o++) {
                for (int p = 0; p < l.outCols; p++) {
                    out.set(l.grid.data[l.argMax(c, o, p, s)], c, o, p);
                }
            }
        }
        return out.toTensor(l.outputDims(x));
    }

    /** Routes each entry of dL/dy to the arg-max of its window (summing where windows overlap). */
    public static Tensor backward(Tensor x, Tensor upstream, Settings s) {
        Layout l = Layout.of(x, s);
        List<Integer> expected = l.outputDims(x);
        if (!upstream.dims().equals(expected)) {
            throw new OpException("the upstream gradient must have the pooled shape " + Dims.text(expected)
                    + ", got " + upstream.describe());
        }
        Grid g = Grid.view(upstream, l.channels, l.outRows, l.outCols);
        Grid out = Grid.zeros(l.channels, l.rows, l.cols);
        for (int c = 0; c < l.channels; c++) {
            for (int o = 0; o < l.outRows; o++) {
                for (int p = 0; p < l.outCols; p++) {
                    int at = l.argMax(c, o, p, s);
                    out.data[at] = NumArithmetic.add(out.data[at], g.get(c, o, p));
                }
            }
        }
        return out.toTensor(x.dims());
    }

    private record Layout(int channels, int rows, int cols, int outRows, int outCols, Grid grid) {
        static Layout of(Tensor x, Settings s) {
            List<Integer> d = x.dims();
            int c;
            int h;
            int w;
            switch (d.size()) {
                case 2 -> { c = 1; h = d.get(0); w = d.get(1); }
                case 3 -> { c = d.get(0); h = d.get(1); w = d.get(2); }
                default -> throw new OpException("max pooling needs a matrix or a C×H×W tensor, got " + x.describe());
            }
            int ho = SlidingWindow.outputSize(h, s.size(), s.stride(), s.padding(), SlidingWindow.Rounding.FLOOR);
            int wo = SlidingWindow.outputSize(w, s.size(), s.stride(), s.padding(), SlidingWindow.Rounding.FLOOR);
            return new Layout(c, h, w, ho, wo, Grid.view(x, c, h, w));
        }

        /** Flat index in x of the window's first maximum in row-major order. */
        int argMax(int c, int o, int p, Settings s) {
            int best = -1;
            for (int i = 0; i < s.size(); i++) {
                int r = o * s.stride() + i - s.padding();
                for (int j = 0; j < s.size(); j++) {
                    int q = p * s.stride() + j - s.padding();
                    if (r < 0 || r >= rows || q < 0 || q >= cols) {
                        continue;
                    }
                    int at = grid.index(c, r, q);
                    // Strictly greater: an equal later cell never replaces the first maximum.
                    if (best < 0 || NumArithmetic.compare(grid.data[at], grid.data[best]) > 0) {
                        best = at;
                    }
                }
            }
            return best;
        }

        List<Integer> outputDims(Tensor x) {
            return x.rank() == 2 ? List.of(outRows, outCols) : List.of(channels, outRows, outCols);
        }
    }
}
