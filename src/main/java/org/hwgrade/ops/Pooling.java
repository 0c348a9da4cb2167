package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/**
 * Max and average pooling over each channel (x is C×H×W, or H×W for one channel) with an h×w window
 * (not necessarily square), a stride and zero padding per axis, as PyTorch's {@code max_pool2d} and
 * {@code avg_pool2d} define them, and their backward passes.
 *
 * <p>Max pooling: padded cells never win, they are outside the input. Tie rule: when several cells
 * of a window hold the maximum, the first in row-major order (top row first, then leftmost) is the
 * arg-max, in the forward pass and in the backward pass alike.
 *
 * <p>Average pooling divides by the whole window h·w, padded cells counting as zeros (PyTorch's
 * default {@code count_include_pad=True}).
 */
public final class Pooling {

    /**
     * Window rows and columns, stride and padding per axis. A window must keep at least one real
     * cell: padding at most half the window on each axis, as PyTorch requires.
     */
    public record Window(int rows, int cols, int strideRows, int strideCols, int padRows, int padCols) {
        public Window {
            SlidingWindow.requireParameters(rows, strideRows, padRows);
            SlidingWindow.requireParameters(cols, strideCols, padCols);
            requireHalf(padRows, rows);
            requireHalf(padCols, cols);
        }

        /** A square window whose stride is its size, without padding: the common 2×2, stride 2. */
        public static Window square(int size, int stride, int padding) {
            return new Window(size, size, stride, stride, padding, padding);
        }

        private static void requireHalf(int padding, int size) {
            if (2L * padding > size) {
                throw new OpException("padding " + padding + " is more than half the pool size " + size,
                        "use a padding of at most size/2, so that every window covers the input");
            }
        }
    }

    private Pooling() {
    }

    public static Tensor maxPool2d(Tensor x, Window w) {
        Layout l = Layout.of(x, w);
        Grid out = Grid.zeros(l.channels, l.outRows, l.outCols);
        l.forEachWindow((c, o, p) -> out.set(l.grid.data[l.argMax(c, o, p)], c, o, p));
        return out.toTensor(l.outputDims());
    }

    /** Routes each entry of dL/dy to the arg-max of its window (summing where windows overlap). */
    public static Tensor maxPool2dBackward(Tensor x, Tensor upstream, Window w) {
        Layout l = Layout.of(x, w);
        Grid g = l.upstream(upstream);
        Grid out = Grid.zeros(l.channels, l.rows, l.cols);
        l.forEachWindow((c, o, p) -> {
            int at = l.argMax(c, o, p);
            out.data[at] = NumArithmetic.add(out.data[at], g.get(c, o, p));
        });
        return out.toTensor(x.dims());
    }

    /** y[c,o,p] = (1/(h·w)) Σ of the window's cells inside x. */
    public static Tensor avgPool2d(Tensor x, Window w) {
        Layout l = Layout.of(x, w);
        Rational area = Rational.of(1, (long) w.rows() * w.cols());
        Grid out = Grid.zeros(l.channels, l.outRows, l.outCols);
        l.forEachWindow((c, o, p) -> l.forEachCell(c, o, p, at -> out.add(l.grid.data[at], c, o, p)));
        for (int i = 0; i < out.size(); i++) {
            out.data[i] = NumArithmetic.multiply(out.data[i], area);
        }
        return out.toTensor(l.outputDims());
    }

    /** Sends dL/dy[c,o,p]/(h·w) to every cell of the window inside x. */
    public static Tensor avgPool2dBackward(Tensor x, Tensor upstream, Window w) {
        Layout l = Layout.of(x, w);
        Grid g = l.upstream(upstream);
        Rational area = Rational.of(1, (long) w.rows() * w.cols());
        Grid out = Grid.zeros(l.channels, l.rows, l.cols);
        l.forEachWindow((c, o, p) -> {
            Num share = NumArithmetic.multiply(g.get(c, o, p), area);
            l.forEachCell(c, o, p, at -> out.data[at] = NumArithmetic.add(out.data[at], share));
        });
        return out.toTensor(x.dims());
    }

    @FunctionalInterface
    private interface WindowVisit {
        void at(int c, int o, int p);
    }

    @FunctionalInterface
    private interface CellVisit {
        void at(int flatIndex);
    }

    private record Layout(int channels, int rows, int cols, boolean matrix, int outRows, int outCols, Window w, Grid grid) {
        static Layout of(Tensor x, Window w) {
            List<Integer> d = x.dims();
            int[] chw = switch (d.size()) {
                case 2 -> new int[] {1, d.get(0), d.get(1)};
                case 3 -> new int[] {d.get(0), d.get(1), d.get(2)};
                default -> throw new OpException("pooling needs a matrix or a C×H×W tensor, got " + x.describe());
            };
            int ho = SlidingWindow.outputSize(chw[1], w.rows(), w.strideRows(), w.padRows(), SlidingWindow.Rounding.FLOOR);
            int wo = SlidingWindow.outputSize(chw[2], w.cols(), w.strideCols(), w.padCols(), SlidingWindow.Rounding.FLOOR);
            // Each output visits its whole window: padding and strides, not x, decide the work.
            Work.require("the pooling", chw[0], ho, wo, w.rows(), w.cols());
            return new Layout(chw[0], chw[1], chw[2], d.size() == 2, ho, wo, w, Grid.view(x, chw));
        }

        void forEachWindow(WindowVisit visit) {
            for (int c = 0; c < channels; c++) {
                for (int o = 0; o < outRows; o++) {
                    for (int p = 0; p < outCols; p++) {
                        visit.at(c, o, p);
                    }
                }
            }
        }

        /** The window's cells inside x, in row-major order. */
        void forEachCell(int c, int o, int p, CellVisit visit) {
            for (int i = 0; i < w.rows(); i++) {
                int r = o * w.strideRows() + i - w.padRows();
                for (int j = 0; j < w.cols(); j++) {
                    int q = p * w.strideCols() + j - w.padCols();
                    if (r >= 0 && r < rows && q >= 0 && q < cols) {
                        visit.at(grid.index(c, r, q));
                    }
                }
            }
        }

        /** Flat index in x of the window's first maximum in row-major order. */
        int argMax(int c, int o, int p) {
            int[] best = {-1};
            forEachCell(c, o, p, at -> {
                // Strictly greater: an equal later cell never replaces the first maximum.
                if (best[0] < 0 || NumArithmetic.compare(grid.data[at], grid.data[best[0]]) > 0) {
                    best[0] = at;
                }
            });
            return best[0];
        }

        List<Integer> outputDims() {
            return matrix ? List.of(outRows, outCols) : List.of(channels, outRows, outCols);
        }

        Grid upstream(Tensor upstream) {
            return Grid.upstream(upstream, outputDims(), "pooled shape", channels, outRows, outCols);
        }
    }
}
