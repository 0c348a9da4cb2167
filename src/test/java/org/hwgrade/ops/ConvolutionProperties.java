package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * The laws of convolution. The gradients equal exact finite differences of the linear loss
 * L = Σ G ⊙ conv2d(x, W) + b: L is affine in W, in x and in b, so L(θ + e_i) − L(θ) is exactly
 * ∂L/∂θ_i with step 1 in exact rationals. The transposed convolution is the adjoint of the
 * convolution; groups split the channels into independent convolutions.
 */
class ConvolutionProperties {

    /** One random problem: input, weights, bias, upstream gradient G (shaped like k) and geometry. */
    record Case(Tensor x, Tensor w, Value bias, Tensor g, Convolution.Geometry geometry) {
        Tensor conv(Tensor x, Tensor w, Value bias) {
            return Convolution.conv2d(x, w, Optional.of(bias), geometry);
        }

        Num loss(Tensor x, Tensor w, Value bias) {
            return Tensors.dot(g, conv(x, w, bias));
        }
    }

    @Property(tries = 60)
    void weightGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Tensor grad = Convolution.weightGradient(c.x(), c.g(), c.w().dims(), c.geometry());
        assertFiniteDifferences(grad, c.w(), w -> c.loss(c.x(), w, c.bias()));
    }

    @Property(tries = 60)
    void inputGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Tensor grad = Convolution.inputGradient(c.w(), c.g(), c.x().dims(), c.geometry());
        assertFiniteDifferences(grad, c.x(), x -> c.loss(x, c.w(), c.bias()));
    }

    @Property(tries = 60)
    void biasGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Value grad = Convolution.biasGradient(c.g(), c.bias());
        if (c.bias() instanceof Scalar s) {
            Num base = c.loss(c.x(), c.w(), s);
            Value bumped = new Scalar(NumArithmetic.add(s.num(), Rational.ONE));
            assertEquals(new Scalar(NumArithmetic.subtract(c.loss(c.x(), c.w(), bumped), base)), grad);
        } else {
            assertFiniteDifferences((Tensor) grad, (Tensor) c.bias(), b -> c.loss(c.x(), c.w(), b));
        }
    }

    /**
     * ⟨conv2d(x, W), y⟩ = ⟨x, conv_transpose2d(y, W)⟩, exactly, whatever the geometry. A stride maps
     * several input sizes to one output size; output_padding picks x's.
     */
    @Property(tries = 60)
    void transposedConvolutionIsTheAdjoint(@ForAll("cases") Case c) {
        Tensor k = Convolution.conv2d(c.x(), c.w(), Optional.empty(), c.geometry());
        Tensor transposed = Convolution.convTranspose2d(c.g(), c.w(), Optional.empty(), c.geometry(),
                outputPadding(c, 2), outputPadding(c, 1));
        assertEquals(c.x().dims(), transposed.dims());
        assertEquals(Tensors.dot(k, c.g()), Tensors.dot(c.x(), transposed));
    }

    /** in − ((out − 1)·S − 2P + D·(k − 1) + 1) on the axis {@code fromEnd} places from the last. */
    private static int outputPadding(Case c, int fromEnd) {
        Convolution.Geometry g = c.geometry();
        int in = c.x().dims().get(c.x().rank() - fromEnd);
        int out = c.g().dims().get(c.g().rank() - fromEnd);
        int kernel = c.w().dims().get(c.w().rank() - fromEnd);
        return in - ((out - 1) * g.stride() - 2 * g.padding() + g.dilation() * (kernel - 1) + 1);
    }

    /** Groups and dilation change which taps exist, not the laws: the gradients and the adjoint still hold. */
    @Property(tries = 60)
    void groupedGradientsAreTheFiniteDifferencesAndTheTransposeIsTheAdjoint(@ForAll("grouped") Case c) {
        assertFiniteDifferences(Convolution.weightGradient(c.x(), c.g(), c.w().dims(), c.geometry()), c.w(),
                w -> c.loss(c.x(), w, c.bias()));
        assertFiniteDifferences(Convolution.inputGradient(c.w(), c.g(), c.x().dims(), c.geometry()), c.x(),
                x -> c.loss(x, c.w(), c.bias()));
        transposedConvolutionIsTheAdjoint(c);
    }

    /** With one group the grouped convolution is the plain sum over all channels, written out here. */
    @Property(tries = 60)
    void oneGroupIsTheOrdinaryConvolution(@ForAll("cases") Case c) {
        Convolution.Geometry g = c.geometry();
        assertEquals(bruteForce(c.x(), c.w(), g), Convolution.conv2d(c.x(), c.w(), Optional.empty(), g));
    }

    /** Each group of filters convolves its own slice of the channels: conv2d over each slice, stacked. */
    @Property(tries = 60)
    void groupsAreIndependentConvolutionsOfChannelSlices(@ForAll("grouped") Case c) {
        Convolution.Geometry g = c.geometry();
        int groups = g.groups();
        int channels = c.x().dims().get(0);
        int filters = c.w().dims().get(0);
        Convolution.Geometry single = new Convolution.Geometry(g.stride(), g.padding(), g.dilation(), 1);
        List<Num> stacked = new ArrayList<>();
        for (int group = 0; group < groups; group++) {
            Tensor xs = slice(c.x(), group * channels / groups, channels / groups);
            Tensor ws = slice(c.w(), group * filters / groups, filters / groups);
            stacked.addAll(Convolution.conv2d(xs, ws, Optional.empty(), single).entries());
        }
        Tensor grouped = Convolution.conv2d(c.x(), c.w(), Optional.empty(), g);
        assertEquals(stacked, grouped.entries());
    }

    /** groups = C with one filter per channel: channel c is convolved with filter c alone (depthwise). */
    @Property(tries = 60)
    void depthwiseIsOneMatrixConvolutionPerChannel(@ForAll("cases") Case c) {
        Tensor x = c.x().rank() == 3 ? c.x() : new Tensor(List.<Integer>of(1, c.x().dims().get(0), c.x().dims().get(1)),
                c.x().entries());
        int channels = x.dims().get(0);
        int h = c.w().dims().get(c.w().rank() - 2);
        int w = c.w().dims().get(c.w().rank() - 1);
        // Channel c's kernel is the case's first kernel plus c, so that no two channels share one.
        List<Tensor> kernels = new ArrayList<>();
        List<Num> bank = new ArrayList<>();
        for (int ch = 0; ch < channels; ch++) {
            Rational shift = Rational.of(ch);
            Tensor kernel = (Tensor) Elementwise.map(new Tensor(List.of(h, w), c.w().entries().subList(0, h * w)),
                    v -> NumArithmetic.add(v, shift));
            kernels.add(kernel);
            bank.addAll(kernel.entries());
        }
        Tensor depthwise = new Tensor(List.of(channels, 1, h, w), bank);
        Convolution.Geometry g = c.geometry();
        Convolution.Geometry grouped = new Convolution.Geometry(g.stride(), g.padding(), g.dilation(), channels);
        Convolution.Geometry plain = new Convolution.Geometry(g.stride(), g.padding(), g.dilation(), 1);
        List<Num> expected = new ArrayList<>();
        for (int ch = 0; ch < channels; ch++) {
            Tensor plane = slice(x, ch, 1);
            Tensor matrix = new Tensor(plane.dims().subList(1, 3), plane.entries());
            expected.addAll(Convolution.conv2d(matrix, kernels.get(ch), Optional.empty(), plain).entries());
        }
        assertEquals(expected, Convolution.conv2d(x, depthwise, Optional.empty(), grouped).entries());
    }

    /** Output rows and columns are the number of window positions, counted one by one. */
    @Property(tries = 60)
    void outputShapeIsTheWindowCount(@ForAll("cases") Case c) {
        Convolution.Geometry g = c.geometry();
        int r = c.x().rank();
        int h = c.w().dims().get(c.w().rank() - 2);
        int w = c.w().dims().get(c.w().rank() - 1);
        Tensor k = Convolution.conv2d(c.x(), c.w(), Optional.empty(), g);
        assertEquals(Tensors.windowCount(c.x().dims().get(r - 2), g.dilation() * (h - 1) + 1, g.stride(), g.padding()),
                k.dims().get(k.rank() - 2));
        assertEquals(Tensors.windowCount(c.x().dims().get(r - 1), g.dilation() * (w - 1) + 1, g.stride(), g.padding()),
                k.dims().get(k.rank() - 1));
    }

    /** Turning every kernel by 180° twice gives the kernels back. */
    @Property(tries = 60)
    void rot180TwiceIsTheIdentity(@ForAll("cases") Case c) {
        assertEquals(c.w(), Convolution.rot180(Convolution.rot180(c.w())));
    }

    private static void assertFiniteDifferences(Tensor grad, Tensor at, Function<Tensor, Num> loss) {
        Num base = loss.apply(at);
        assertEquals(at.dims(), grad.dims());
        for (int i = 0; i < at.size(); i++) {
            assertEquals(NumArithmetic.subtract(loss.apply(Tensors.bump(at, i, Rational.ONE)), base), grad.entries().get(i),
                    "entry " + i);
        }
    }

    /** The definition, summed tap by tap, independently of the op's loops. */
    private static Tensor bruteForce(Tensor x, Tensor w, Convolution.Geometry g) {
        int xr = x.rank();
        int channels = xr == 3 ? x.dims().get(0) : 1;
        int rows = x.dims().get(xr - 2);
        int cols = x.dims().get(xr - 1);
        int filters = w.rank() == 4 ? w.dims().get(0) : 1;
        int kh = w.dims().get(w.rank() - 2);
        int kw = w.dims().get(w.rank() - 1);
        int ho = Tensors.windowCount(rows, g.dilation() * (kh - 1) + 1, g.stride(), g.padding());
        int wo = Tensors.windowCount(cols, g.dilation() * (kw - 1) + 1, g.stride(), g.padding());
        List<Num> out = new ArrayList<>();
        for (int f = 0; f < filters; f++) {
            for (int o = 0; o < ho; o++) {
                for (int p = 0; p < wo; p++) {
                    Num acc = Rational.ZERO;
                    for (int ch = 0; ch < channels; ch++) {
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int a = o * g.stride() + i * g.dilation() - g.padding();
                                int b = p * g.stride() + j * g.dilation() - g.padding();
                                if (a >= 0 && a < rows && b >= 0 && b < cols) {
                                    Num wv = w.entries().get(((f * channels + ch) * kh + i) * kw + j);
                                    Num xv = x.entries().get((ch * rows + a) * cols + b);
                                    acc = NumArithmetic.add(acc, NumArithmetic.multiply(wv, xv));
                                }
                            }
                        }
                    }
                    out.add(acc);
                }
            }
        }
        return new Tensor(w.rank() == 4 ? List.of(filters, ho, wo) : List.of(ho, wo), out);
    }

    /** {@code count} slices of the first axis from {@code from}. */
    private static Tensor slice(Tensor t, int from, int count) {
        int block = t.size() / t.dims().get(0);
        List<Integer> dims = new ArrayList<>(t.dims());
        dims.set(0, count);
        return new Tensor(dims, t.entries().subList(from * block, (from + count) * block));
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(Arbitraries.just(1));
    }

    @Provide
    Arbitrary<Case> grouped() {
        return cases(Arbitraries.integers().between(2, 3));
    }

    private static Arbitrary<Case> cases(Arbitrary<Integer> groupCounts) {
        Arbitrary<Integer> perGroup = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> padding = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> stride = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> dilation = Arbitraries.integers().between(1, 2);
        Arbitrary<Boolean> bank = Arbitraries.of(true, false);
        return Combinators.combine(groupCounts, perGroup, perGroup, side, side, padding, stride, dilation)
                .flatAs((groups, cg, fg, h, w, p, s, d) -> Combinators.combine(bank,
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3))
                        .filter((many, kh, kw) -> d * (kh - 1) + 1 <= h + 2 * p && d * (kw - 1) + 1 <= w + 2 * p)
                        .flatAs((single, kh, kw) -> {
                            boolean many = single || groups > 1;
                            int channels = cg * groups;
                            int count = many ? fg * groups : 1;
                            List<Integer> xDims = channels == 1 && !many ? List.of(h, w) : List.of(channels, h, w);
                            List<Integer> wDims = many ? List.of(count, cg, kh, kw)
                                    : channels == 1 ? List.of(kh, kw) : List.of(channels, kh, kw);
                            int ho = Tensors.windowCount(h, d * (kh - 1) + 1, s, p);
                            int wo = Tensors.windowCount(w, d * (kw - 1) + 1, s, p);
                            List<Integer> kDims = many ? List.of(count, ho, wo) : List.of(ho, wo);
                            Arbitrary<Value> bias = many ? Tensors.integers(List.of(count), 3).map(t -> t)
                                    : Tensors.integers(List.of(1), 3).map(t -> new Scalar(t.entries().get(0)));
                            return Combinators.combine(Tensors.integers(xDims, 3), Tensors.integers(wDims, 3), bias,
                                    Tensors.integers(kDims, 3)).as((x, wt, b, g) ->
                                    new Case(x, wt, b, g, new Convolution.Geometry(s, p, d, groups)));
                        }));
    }
}
