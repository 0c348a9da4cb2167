package org.hwgrade.ops;

import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * 2-D convolution as deep learning means it (cross-correlation: the kernel slides unrotated), with
 * stride, zero padding, several input channels and several filters, and its gradients.
 *
 * <p>Layouts: the input x is C×H×W, or H×W for one channel; the weights are F×C×h×w, C×h×w for
 * one filter, or h×w for one filter of one channel. The output is F×H'×W' for a 4-D weight tensor
 * and a plain H'×W' matrix for one filter, so that a single-channel single-filter problem gives the
 * matrices students write. The upstream gradient dL/dk always has the output's shape.
 *
 * <p>{@link Settings#flipped()} models the "true convolution" mistake: the kernel of each step is
 * rotated 180°. In {@link #forward} and {@link #inputGradient} that kernel is W; in
 * {@link #weightGradient} it is dL/dk, because dL/dW is itself CONV(filter = dL/dk, input = x).
 */
public final class Convolution {

    /** Stride and zero padding of every axis, and whether kernels are rotated (the mistake). */
    public record Settings(int stride, int padding, boolean flipped) {
        public static final Settings DEFAULT = new Settings(1, 0, false);

        public Settings {
            SlidingWindow.requireParameters(1, stride, padding);
        }
    }

    private Convolution() {
    }

    /**
     * k[f,o,p] = b[f] + Σ_{c,i,j} W[f,c,i,j] · x[c, o·S+i−P, p·S+j−P] (zero outside x).
     *
     * @param bias empty, a scalar (one filter only) or a vector with one entry per filter
     */
    public static Tensor forward(Tensor x, Tensor w, Optional<Value> bias, Settings s) {
        Input in = Input.of(x);
        Filters k = Filters.of(w);
        k.requireChannels(in.channels);
        Num[] b = biasPerFilter(bias, k.count);
        int ho = outSize(in.rows, k.rows, s);
        int wo = outSize(in.cols, k.cols, s);
        Grid out = Grid.zeros(k.count, ho, wo);
        for (int f = 0; f < k.count; f++) {
            for (int o = 0; o < ho; o++) {
                for (int p = 0; p < wo; p++) {
                    Num acc = b[f];
                    for (int c = 0; c < in.channels; c++) {
                        for (int i = 0; i < k.rows; i++) {
                            for (int j = 0; j < k.cols; j++) {
                                Num xv = in.padded(c, o * s.stride() + i - s.padding(), p * s.stride() + j - s.padding());
                                if (xv != null) {
                                    acc = NumArithmetic.add(acc, NumArithmetic.multiply(k.at(f, c, i, j, s.flipped()), xv));
                                }
                            }
                        }
                    }
                    out.set(acc, f, o, p);
                }
            }
        }
        return out.toTensor(k.outputDims(ho, wo));
    }

    /**
     * dL/dW[f,c,i,j] = Σ_{o,p} dL/dk[f,o,p] · x[c, o·S+i−P, p·S+j−P].
     *
     * @param weightDims the dims of W (the filter size cannot be recovered from x and dL/dk when S &gt; 1)
     */
    public static Tensor weightGradient(Tensor x, Tensor dk, List<Integer> weightDims, Settings s) {
        Input in = Input.of(x);
        Filters k = Filters.ofDims(weightDims);
        k.requireChannels(in.channels);
        int ho = outSize(in.rows, k.rows, s);
        int wo = outSize(in.cols, k.cols, s);
        Grid g = upstream(dk, k, ho, wo);
        Grid out = Grid.zeros(k.count, in.channels, k.rows, k.cols);
        for (int f = 0; f < k.count; f++) {
            for (int c = 0; c < in.channels; c++) {
                for (int i = 0; i < k.rows; i++) {
                    for (int j = 0; j < k.cols; j++) {
                        Num acc = Rational.ZERO;
                        for (int o = 0; o < ho; o++) {
                            for (int p = 0; p < wo; p++) {
                                Num xv = in.padded(c, o * s.stride() + i - s.padding(), p * s.stride() + j - s.padding());
                                if (xv != null) {
                                    Num gv = s.flipped() ? g.get(f, ho - 1 - o, wo - 1 - p) : g.get(f, o, p);
                                    acc = NumArithmetic.add(acc, NumArithmetic.multiply(gv, xv));
                                }
                            }
                        }
                        out.set(acc, f, c, i, j);
                    }
                }
            }
        }
        return out.toTensor(weightDims);
    }

    /**
     * dL/dx[c,a,b] = Σ dL/dk[f,o,p] · W[f,c,i,j] over o·S+i−P = a, p·S+j−P = b: each output
     * entry sends its gradient back through the weights that produced it.
     *
     * @param inputDims the dims of x
     */
    public static Tensor inputGradient(Tensor w, Tensor dk, List<Integer> inputDims, Settings s) {
        Input in = Input.ofDims(inputDims);
        Filters k = Filters.of(w);
        k.requireChannels(in.channels);
        int ho = outSize(in.rows, k.rows, s);
        int wo = outSize(in.cols, k.cols, s);
        Grid g = upstream(dk, k, ho, wo);
        Grid out = Grid.zeros(in.channels, in.rows, in.cols);
        for (int f = 0; f < k.count; f++) {
            for (int o = 0; o < ho; o++) {
                for (int p = 0; p < wo; p++) {
                    Num gv = g.get(f, o, p);
                    for (int c = 0; c < in.channels; c++) {
                        for (int i = 0; i < k.rows; i++) {
                            for (int j = 0; j < k.cols; j++) {
                                int a = o * s.stride() + i - s.padding();
                                int b = p * s.stride() + j - s.padding();
                                if (a >= 0 && a < in.rows && b >= 0 && b < in.cols) {
                                    out.add(NumArithmetic.multiply(gv, k.at(f, c, i, j, s.flipped())), c, a, b);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out.toTensor(inputDims);
    }

    /**
     * dL/db[f] = Σ_{o,p} dL/dk[f,o,p], in the form of the bias: a scalar for a scalar bias, a vector
     * otherwise.
     */
    public static Value biasGradient(Tensor dk, Value bias) {
        int filters = dk.rank() == 2 ? 1 : dk.rank() == 3 ? dk.dims().get(0) : -1;
        if (filters < 0) {
            throw new OpException("the upstream gradient must be a matrix or an F×H×W tensor, got " + dk.describe());
        }
        biasPerFilter(Optional.of(bias), filters);
        Grid g = Grid.view(dk, filters, dk.size() / Math.max(1, filters));
        Num[] sums = new Num[filters];
        for (int f = 0; f < filters; f++) {
            Num acc = Rational.ZERO;
            for (int q = 0; q < g.dims[1]; q++) {
                acc = NumArithmetic.add(acc, g.get(f, q));
            }
            sums[f] = acc;
        }
        return bias instanceof Scalar ? new Scalar(sums[0]) : new Tensor(List.of(filters), List.of(sums));
    }

    private static int outSize(int in, int window, Settings s) {
        return SlidingWindow.outputSize(in, window, s.stride(), s.padding(), SlidingWindow.Rounding.FLOOR);
    }

    private static Grid upstream(Tensor dk, Filters k, int ho, int wo) {
        List<Integer> expected = k.outputDims(ho, wo);
        if (!dk.dims().equals(expected)) {
            throw new OpException("the upstream gradient must have the output's shape " + Dims.text(expected)
                    + ", got " + dk.describe());
        }
        return Grid.view(dk, k.count, ho, wo);
    }

    private static Num[] biasPerFilter(Optional<Value> bias, int filters) {
        Num[] b = new Num[filters];
        if (bias.isEmpty()) {
            java.util.Arrays.fill(b, Rational.ZERO);
            return b;
        }
        Value v = bias.get();
        if (v instanceof Scalar sc && filters == 1) {
            b[0] = sc.num();
            return b;
        }
        if (v instanceof Tensor t && t.rank() == 1 && t.size() == filters) {
            return t.entries().toArray(b);
        }
        throw new OpException("the bias must have one entry per filter (" + filters + "), got " + v.describe(),
                filters == 1 ? "give b as one number" : "give b as a list of " + filters + " numbers");
    }

    /** The input seen as C×H×W; only the dims are needed for the input gradient. */
    private record Input(int channels, int rows, int cols, Grid grid) {
        static Input of(Tensor x) {
            Input shape = ofDims(x.dims());
            return new Input(shape.channels, shape.rows, shape.cols, Grid.view(x, shape.channels, shape.rows, shape.cols));
        }

        static Input ofDims(List<Integer> dims) {
            return switch (dims.size()) {
                case 2 -> new Input(1, dims.get(0), dims.get(1), null);
                case 3 -> new Input(dims.get(0), dims.get(1), dims.get(2), null);
                default -> throw new OpException("the input must be a matrix or a C×H×W tensor, got shape " + Dims.text(dims));
            };
        }

        /** x[c,i,j], or null in the zero padding, which adds nothing to a sum. */
        Num padded(int c, int i, int j) {
            return i >= 0 && i < rows && j >= 0 && j < cols ? grid.get(c, i, j) : null;
        }
    }

    /** The weights seen as F×C×h×w, and the output layout they imply. */
    private record Filters(int count, int channels, int rows, int cols, boolean many, Grid grid) {
        static Filters of(Tensor w) {
            Filters shape = ofDims(w.dims());
            return new Filters(shape.count, shape.channels, shape.rows, shape.cols, shape.many,
                    Grid.view(w, shape.count, shape.channels, shape.rows, shape.cols));
        }

        static Filters ofDims(List<Integer> d) {
            return switch (d.size()) {
                case 2 -> new Filters(1, 1, d.get(0), d.get(1), false, null);
                case 3 -> new Filters(1, d.get(0), d.get(1), d.get(2), false, null);
                case 4 -> new Filters(d.get(0), d.get(1), d.get(2), d.get(3), true, null);
                default -> throw new OpException(
                        "the weights must be h×w, C×h×w or F×C×h×w, got shape " + Dims.text(d));
            };
        }

        void requireChannels(int inputChannels) {
            if (channels != inputChannels) {
                throw new OpException("the filters have " + channels + " channel(s) but the input has " + inputChannels,
                        "give W one channel per input channel (F×C×h×w)");
            }
        }

        Num at(int f, int c, int i, int j, boolean flipped) {
            return flipped ? grid.get(f, c, rows - 1 - i, cols - 1 - j) : grid.get(f, c, i, j);
        }

        List<Integer> outputDims(int ho, int wo) {
            return many ? List.of(count, ho, wo) : List.of(ho, wo);
        }
    }
}
