package org.hwgrade.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * 2-D convolution as deep learning means it (cross-correlation: the kernel slides unrotated, as in
 * PyTorch's {@code conv2d}), with stride, zero padding, dilation, groups, several input channels
 * and several filters; its three gradients; and the transposed convolution, which is its input
 * gradient read as an op of its own.
 *
 * <p>Layouts: the input x is C×H×W, or H×W for one channel; the weights are F×(C/groups)×h×w, C×h×w
 * for one filter, or h×w for one filter of one channel. The output is F×H'×W' for a 4-D weight
 * tensor and a plain H'×W' matrix for one filter, so that a single-channel single-filter problem
 * gives the matrices students write. Filter f of group g = f / (F/groups) sees input channels
 * g·C/groups … (g+1)·C/groups − 1; groups = C with one filter per channel is a depthwise convolution.
 *
 * <p>Every pass visits the same taps (filter, output position, channel, kernel offset, input
 * position), so all of them share {@link Layout#forEachTap}: they cannot disagree on where a window
 * sits.
 */
public final class Convolution {

    /** Stride, zero padding and dilation of both axes, and the number of groups. */
    public record Geometry(int stride, int padding, int dilation, int groups) {
        public static final Geometry DEFAULT = new Geometry(1, 0, 1, 1);

        public Geometry {
            SlidingWindow.requireParameters(1, stride, padding);
            if (dilation < 1) {
                throw new OpException("dilation " + dilation + " is less than 1", "give a dilation of 1 or more (1: no gaps)");
            }
            if (groups < 1) {
                throw new OpException("groups " + groups + " is less than 1", "give groups = 1 for an ordinary convolution");
            }
        }

        public static Geometry of(int stride, int padding) {
            return new Geometry(stride, padding, 1, 1);
        }
    }

    private Convolution() {
    }

    /**
     * k[f,o,p] = b[f] + Σ_{c,i,j} W[f,c,i,j] · x[g·C/G + c, o·S + i·D − P, p·S + j·D − P] (zero outside x).
     *
     * @param bias empty, a scalar (one filter only) or a vector with one entry per filter
     */
    public static Tensor conv2d(Tensor x, Tensor w, Optional<Value> bias, Geometry geometry) {
        Layout l = Layout.of(x.dims(), w.dims(), geometry);
        Grid in = l.inputGrid(x);
        Grid k = l.filterGrid(w);
        Grid out = Grid.zeros(l.filters, l.outRows, l.outCols);
        l.forEachTap((f, o, p, c, cw, i, j, a, b) ->
                out.add(NumArithmetic.multiply(k.get(f, cw, i, j), in.get(c, a, b)), f, o, p));
        addBias(out, perChannel(bias, l.filters, "filter"));
        return out.toTensor(l.outputDims());
    }

    /**
     * dL/dW[f,c,i,j] = Σ_{o,p} dL/dk[f,o,p] · x[g·C/G + c, o·S + i·D − P, p·S + j·D − P].
     *
     * @param weightDims the dims of W (the filter size cannot be recovered from x and dL/dk when S &gt; 1)
     */
    public static Tensor weightGradient(Tensor x, Tensor dk, List<Integer> weightDims, Geometry geometry) {
        Layout l = Layout.of(x.dims(), weightDims, geometry);
        Grid in = l.inputGrid(x);
        Grid g = l.upstream(dk);
        Grid out = Grid.zeros(l.filters, l.groupChannels, l.kernelRows, l.kernelCols);
        l.forEachTap((f, o, p, c, cw, i, j, a, b) ->
                out.add(NumArithmetic.multiply(g.get(f, o, p), in.get(c, a, b)), f, cw, i, j));
        return out.toTensor(weightDims);
    }

    /**
     * dL/dx[c,a,b] = Σ dL/dk[f,o,p] · W[f,c,i,j] over the taps that read x[c,a,b]: each output entry
     * sends its gradient back through the weights that produced it.
     *
     * @param inputDims the dims of x
     */
    public static Tensor inputGradient(Tensor w, Tensor dk, List<Integer> inputDims, Geometry geometry) {
        Layout l = Layout.of(inputDims, w.dims(), geometry);
        Grid k = l.filterGrid(w);
        Grid g = l.upstream(dk);
        Grid out = Grid.zeros(l.channels, l.rows, l.cols);
        l.forEachTap((f, o, p, c, cw, i, j, a, b) ->
                out.add(NumArithmetic.multiply(g.get(f, o, p), k.get(f, cw, i, j)), c, a, b));
        return out.toTensor(inputDims);
    }

    /**
     * dL/db[f] = Σ_{o,p} dL/dk[f,o,p], in the form of the bias: a scalar for a scalar bias, a vector
     * otherwise.
     */
    public static Value biasGradient(Tensor dk, Value bias) {
        Num[] sums = filterSums(dk);
        perChannel(Optional.of(bias), sums.length, "filter");
        return bias instanceof Scalar ? new Scalar(sums[0]) : new Tensor(List.of(sums.length), List.of(sums));
    }

    /** dL/db for the bias conv2d takes by default: a number for a matrix output, a vector for F×H'×W'. */
    public static Value biasGradient(Tensor dk) {
        Num[] sums = filterSums(dk);
        return dk.rank() == 2 ? new Scalar(sums[0]) : new Tensor(List.of(sums.length), List.of(sums));
    }

    private static Num[] filterSums(Tensor dk) {
        int filters = dk.rank() == 2 ? 1 : dk.rank() == 3 ? dk.dims().get(0) : -1;
        if (filters < 0) {
            throw new OpException("the upstream gradient must be a matrix or an F×H×W tensor, got " + dk.describe());
        }
        Grid g = Grid.view(dk, filters, dk.size() / Math.max(1, filters));
        Num[] sums = new Num[filters];
        for (int f = 0; f < filters; f++) {
            Num acc = Rational.ZERO;
            for (int q = 0; q < g.dims[1]; q++) {
                acc = NumArithmetic.add(acc, g.get(f, q));
            }
            sums[f] = acc;
        }
        return sums;
    }

    /**
     * The transposed convolution as PyTorch's {@code conv_transpose2d} defines it: each input entry
     * y[f,o,p] adds y[f,o,p]·W[f,c,·,·] into the output at rows o·S − P + i·D, so that the output is
     * H = (H_y − 1)·S − 2P + D·(h − 1) + output_padding + 1 high. W is laid out F×(C/groups)×h×w with
     * F the channels of y (PyTorch's in_channels × out_channels/groups × h × w). It is exactly
     * {@link #inputGradient} for that output size: conv_transpose2d is the adjoint of conv2d.
     *
     * @param bias          empty, or one entry per output channel (a scalar for a matrix output)
     * @param outputPadding rows, then columns, added at the bottom and at the right; each less than the
     *                      stride (they pick one of the input sizes that a strided conv2d maps to y's size)
     */
    public static Tensor convTranspose2d(Tensor y, Tensor w, Optional<Value> bias, Geometry geometry, int... outputPadding) {
        if (outputPadding.length != 2) {
            throw new IllegalArgumentException("output padding for rows and columns, got " + outputPadding.length);
        }
        for (int extra : outputPadding) {
            if (extra < 0 || extra >= geometry.stride()) {
                throw new OpException("output_padding " + extra + " must be at least 0 and less than the stride "
                        + geometry.stride(), "leave output_padding at 0, or below the stride");
            }
        }
        int[] k = Layout.kernelDims(w.dims());
        boolean bank = w.rank() == 4;
        if (bank ? y.rank() != 3 || y.dims().get(0) != k[0] : y.rank() != 2) {
            throw new OpException("the transposed convolution's input must be " + (bank ? "a " + k[0] + "×H×W tensor, one "
                    + "channel per filter of W," : "a matrix for weights of shape " + Dims.text(w.dims())) + " got "
                    + y.describe(), bank ? "give W as in_channels × out_channels/groups × h × w" : "give W four axes for a "
                    + "multi-channel input");
        }
        int[] size = new int[2];
        for (int axis = 0; axis < 2; axis++) {
            int in = y.dims().get(y.rank() - 2 + axis);
            long out = (long) (in - 1) * geometry.stride() - 2L * geometry.padding()
                    + (long) geometry.dilation() * (k[2 + axis] - 1) + outputPadding[axis] + 1;
            if (out < 1 || out > Integer.MAX_VALUE) {
                throw new OpException("the transposed convolution's output would be " + out + " wide on axis " + axis,
                        "use less padding or a larger input");
            }
            size[axis] = (int) out;
        }
        int channels = k[1] * geometry.groups();
        // A huge stride makes the output, not the taps, the cost: it is allocated before a tap is visited.
        Work.require("the transposed convolution", channels, size[0], size[1]);
        List<Integer> outDims = w.rank() == 2 ? List.of(size[0], size[1]) : List.of(channels, size[0], size[1]);
        Tensor out = inputGradient(w, y, outDims, geometry);
        Grid grid = Grid.view(out, channels, size[0], size[1]);
        addBias(grid, perChannel(bias, channels, "output channel"));
        return grid.toTensor(outDims);
    }

    /**
     * Each kernel turned by 180° (its last two axes reversed; a vector is reversed):
     * CONV(x, rot180(W)) is true convolution.
     */
    public static Tensor rot180(Tensor w) {
        int block = w.rank() == 1 ? w.size() : w.dims().get(w.rank() - 2) * w.dims().get(w.rank() - 1);
        Num[] out = new Num[w.size()];
        for (int start = 0; start < w.size(); start += block) {
            for (int i = 0; i < block; i++) {
                out[start + i] = w.entries().get(start + block - 1 - i);
            }
        }
        return new Tensor(w.dims(), Arrays.asList(out));
    }

    private static void addBias(Grid out, Num[] bias) {
        int plane = out.size() / bias.length;
        for (int c = 0; c < bias.length; c++) {
            for (int q = 0; q < plane; q++) {
                out.data[c * plane + q] = NumArithmetic.add(out.data[c * plane + q], bias[c]);
            }
        }
    }

    private static Num[] perChannel(Optional<Value> bias, int channels, String what) {
        Num[] b = new Num[channels];
        if (bias.isEmpty()) {
            Arrays.fill(b, Rational.ZERO);
            return b;
        }
        Value v = bias.get();
        if (v instanceof Scalar sc && channels == 1) {
            b[0] = sc.num();
            return b;
        }
        if (v instanceof Tensor t && t.rank() == 1 && t.size() == channels) {
            return t.entries().toArray(b);
        }
        throw new OpException("the bias must have one entry per " + what + " (" + channels + "), got " + v.describe(),
                channels == 1 ? "give b as one number" : "give b as a list of " + channels + " numbers");
    }

    /** One tap: filter f at output (o, p) multiplies W[f, cw, i, j] with x[c, a, b]. */
    @FunctionalInterface
    private interface Tap {
        void at(int f, int o, int p, int c, int cw, int i, int j, int a, int b);
    }

    /** The shapes of one convolution: input C×H×W, weights F×(C/G)×h×w, output F×H'×W'. */
    private record Layout(int channels, int rows, int cols, int filters, int groupChannels,
            int kernelRows, int kernelCols, boolean filterBank, Geometry geometry, int outRows, int outCols) {

        static Layout of(List<Integer> inputDims, List<Integer> weightDims, Geometry geometry) {
            int[] in = switch (inputDims.size()) {
                case 2 -> new int[] {1, inputDims.get(0), inputDims.get(1)};
                case 3 -> new int[] {inputDims.get(0), inputDims.get(1), inputDims.get(2)};
                default -> throw new OpException("the input must be a matrix or a C×H×W tensor, got shape "
                        + Dims.text(inputDims));
            };
            int[] k = kernelDims(weightDims);
            requireGroups(in[0], k, weightDims.size() == 4, geometry.groups());
            int ho = outSize(in[1], k[2], geometry);
            int wo = outSize(in[2], k[3], geometry);
            // Every convolution and gradient visits each tap once: its work is known before it starts.
            Work.require("the convolution", k[0], ho, wo, k[1], k[2], k[3]);
            return new Layout(in[0], in[1], in[2], k[0], k[1], k[2], k[3],
                    weightDims.size() == 4, geometry, ho, wo);
        }

        /** The weights' dims as F, C/groups, h, w. */
        static int[] kernelDims(List<Integer> weightDims) {
            return switch (weightDims.size()) {
                case 2 -> new int[] {1, 1, weightDims.get(0), weightDims.get(1)};
                case 3 -> new int[] {1, weightDims.get(0), weightDims.get(1), weightDims.get(2)};
                case 4 -> new int[] {weightDims.get(0), weightDims.get(1), weightDims.get(2), weightDims.get(3)};
                default -> throw new OpException("the weights must be h×w, C×h×w or F×C×h×w, got shape "
                        + Dims.text(weightDims));
            };
        }

        private static void requireGroups(int channels, int[] k, boolean bank, int groups) {
            if (groups > 1 && !bank) {
                throw new OpException("groups = " + groups + " needs the weights as F×(C/groups)×h×w",
                        "give W four axes: filters, channels per group, rows, columns");
            }
            if (k[0] % groups != 0) {
                throw new OpException("the " + k[0] + " filters do not split into " + groups + " groups",
                        "give a number of filters that groups divides");
            }
            if ((long) k[1] * groups != channels) {
                throw new OpException(groups == 1
                        ? "the filters have " + k[1] + " channel(s) but the input has " + channels
                        : "the filters have " + k[1] + " channel(s) per group, times " + groups + " groups is not the "
                                + channels + " channels of the input",
                        groups == 1 ? "give W one channel per input channel (F×C×h×w)"
                                : "give W C/groups = " + (channels % groups == 0 ? channels / groups : "a whole number of")
                                        + " channels per filter");
            }
        }

        private static int outSize(int in, int window, Geometry g) {
            long span = (long) g.dilation() * (window - 1) + 1;
            return SlidingWindow.outputSize(in, span, g.stride(), g.padding(), SlidingWindow.Rounding.FLOOR);
        }

        Grid inputGrid(Tensor x) {
            return Grid.view(x, channels, rows, cols);
        }

        Grid filterGrid(Tensor w) {
            return Grid.view(w, filters, groupChannels, kernelRows, kernelCols);
        }

        List<Integer> outputDims() {
            return filterBank ? List.of(filters, outRows, outCols) : List.of(outRows, outCols);
        }

        Grid upstream(Tensor dk) {
            return Grid.upstream(dk, outputDims(), "output's shape", filters, outRows, outCols);
        }

        void forEachTap(Tap tap) {
            int perGroup = filters / geometry.groups();
            int s = geometry.stride();
            int d = geometry.dilation();
            int pad = geometry.padding();
            for (int f = 0; f < filters; f++) {
                int firstChannel = (f / perGroup) * groupChannels;
                for (int o = 0; o < outRows; o++) {
                    for (int p = 0; p < outCols; p++) {
                        for (int cw = 0; cw < groupChannels; cw++) {
                            for (int i = 0; i < kernelRows; i++) {
                                int a = o * s + i * d - pad;
                                if (a < 0 || a >= rows) {
                                    continue;
                                }
                                for (int j = 0; j < kernelCols; j++) {
                                    int b = p * s + j * d - pad;
                                    if (b >= 0 && b < cols) {
                                        tap.at(f, o, p, firstChannel + cw, cw, i, j, a, b);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
