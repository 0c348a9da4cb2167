package org.hwgrade.ops.network;

import static org.hwgrade.ops.network.Layers.layer;
import static org.hwgrade.ops.network.Layers.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwgrade.model.Shape;

/**
 * Output shapes of conv and pooling layers equal a brute-force count of the window positions: slide
 * a window of D(F − 1) + 1 pixels over the padded input in steps of S and count where it fits (or,
 * with ceil_mode, count windows until the input is covered, as PyTorch does).
 */
class WindowCountProperties {

    /** Positions whose window lies inside the padded input. */
    private static int fitting(int in, int size, int stride, int padding, int dilation) {
        int span = dilation * (size - 1) + 1;
        int count = 0;
        for (int start = -padding; start + span <= in + padding; start += stride) {
            count++;
        }
        return count;
    }

    /**
     * PyTorch's ceil_mode: windows one stride apart until one reaches the end of the padded input,
     * each starting inside the input or its left padding (never in the right padding alone).
     */
    private static int covering(int in, int size, int stride, int padding) {
        int count = 1;
        for (int start = -padding + stride; start - stride + size < in + padding && start < in; start += stride) {
            count++;
        }
        return count;
    }

    @Property(tries = 300)
    void convShapeIsTheCountOfFittingWindows(@ForAll @IntRange(min = 1, max = 30) int h, @ForAll @IntRange(min = 1, max = 30) int w,
            @ForAll @IntRange(min = 1, max = 5) int fh, @ForAll @IntRange(min = 1, max = 5) int fw,
            @ForAll @IntRange(min = 1, max = 4) int sh, @ForAll @IntRange(min = 1, max = 4) int sw,
            @ForAll @IntRange(min = 0, max = 3) int ph, @ForAll @IntRange(min = 0, max = 3) int pw,
            @ForAll @IntRange(min = 1, max = 3) int d, @ForAll @IntRange(min = 1, max = 9) int filters) {
        Assume.that(fitting(h, fh, sh, ph, d) > 0 && fitting(w, fw, sw, pw, d) > 0);
        Network net = network(Shape.of(2, h, w), layer("kind", "conv", "filters", filters, "size", new int[] {fh, fw},
                "stride", new int[] {sh, sw}, "padding", new int[] {ph, pw}, "dilation", d));
        assertEquals(Shape.of(filters, fitting(h, fh, sh, ph, d), fitting(w, fw, sw, pw, d)), net.shape());
    }

    @Property(tries = 300)
    void poolShapeIsTheCountOfWindows(@ForAll @IntRange(min = 1, max = 30) int h, @ForAll @IntRange(min = 1, max = 30) int w,
            @ForAll @IntRange(min = 1, max = 5) int fh, @ForAll @IntRange(min = 1, max = 5) int fw,
            @ForAll @IntRange(min = 1, max = 4) int s, @ForAll @IntRange(min = 0, max = 2) int p, @ForAll boolean ceil) {
        Assume.that(h + 2 * p >= fh && w + 2 * p >= fw);
        // PyTorch pads a pooling window by at most half its size; past that its ceil_mode rule is not a count
        Assume.that(!ceil || 2 * p <= Math.min(fh, fw));
        Network net = network(Shape.of(3, h, w), layer("kind", "avg_pool", "size", new int[] {fh, fw}, "stride", s,
                "padding", p, "ceil_mode", ceil));
        Shape expected = ceil ? Shape.of(3, covering(h, fh, s, p), covering(w, fw, s, p))
                : Shape.of(3, fitting(h, fh, s, p, 1), fitting(w, fw, s, p, 1));
        assertEquals(expected, net.shape());
    }

    @Property(tries = 200)
    void samePaddingKeepsTheSizeAtStrideOne(@ForAll @IntRange(min = 1, max = 30) int h, @ForAll @IntRange(min = 1, max = 4) int f,
            @ForAll @IntRange(min = 1, max = 3) int d) {
        int side = d * (2 * f - 1 - 1) / 2;
        Network net = network(Shape.of(1, h, h), layer("kind", "conv", "filters", 1, "size", 2 * f - 1, "dilation", d,
                "padding", "same"));
        assertEquals(Shape.of(1, h, h), net.shape());
        assertEquals(side, Padding.sameAmount(2 * f - 1, d));
        assertEquals(h, fitting(h, 2 * f - 1, 1, side, d));
    }

    @Property(tries = 200)
    void samePaddingAtStrideSIsTheCeilingOfInOverS(@ForAll @IntRange(min = 1, max = 40) int h,
            @ForAll @IntRange(min = 1, max = 5) int f, @ForAll @IntRange(min = 1, max = 4) int s) {
        Network net = network(Shape.of(1, h, h), layer("kind", "max_pool", "size", f, "stride", s, "padding", "same"));
        int total = Math.max((net.shape().dims().get(1) - 1) * s + f - h, 0);
        assertEquals((h + s - 1) / s, net.shape().dims().get(1));
        // the padding TensorFlow adds for "same" (total zeros, split) fits exactly that many windows
        assertEquals((h + s - 1) / s, (h + total - f) / s + 1);
    }
}
