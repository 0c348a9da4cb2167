package org.hwgrade.ops.network;

import static org.hwgrade.ops.network.Layers.layer;
import static org.hwgrade.ops.network.Layers.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwgrade.model.Shape;
import org.hwgrade.model.ShapeLayout;

/**
 * Parameter counts equal the sum of the sizes of the tensors a framework allocates for the layer,
 * written out here per kind as PyTorch (or Keras) names them: Conv2d.weight K×(C/G)×F_h×F_w,
 * LSTM.weight_ih_l0 4h×n, MultiheadAttention.in_proj_weight 3d×d, and so on.
 */
class ParameterTensorProperties {

    private static long size(List<List<Integer>> tensors) {
        return tensors.stream().mapToLong(t -> t.stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b)).sum();
    }

    private static long params(Shape in, Map<String, Setting> layer) {
        return network(in, layer).params();
    }

    @Property(tries = 150)
    void conv(@ForAll @IntRange(min = 1, max = 4) int groups, @ForAll @IntRange(min = 1, max = 4) int perGroupIn,
            @ForAll @IntRange(min = 1, max = 4) int perGroupOut, @ForAll @IntRange(min = 1, max = 4) int fh,
            @ForAll @IntRange(min = 1, max = 4) int fw, @ForAll boolean bias) {
        int c = groups * perGroupIn;
        int k = groups * perGroupOut;
        List<List<Integer>> tensors = bias ? List.of(List.of(k, perGroupIn, fh, fw), List.of(k)) : List.of(List.of(k, perGroupIn, fh, fw));
        assertEquals(size(tensors), params(Shape.of(c, 9, 9),
                layer("kind", "conv", "filters", k, "size", new int[] {fh, fw}, "groups", groups, "bias", bias)));
    }

    /** The mistakes count the tensors of the mistaken model: no bias vectors; K×1×F×F filters. */
    @Property(tries = 100)
    void mistakesCountTheTensorsOfTheMistakenModel(@ForAll @IntRange(min = 1, max = 8) int c, @ForAll @IntRange(min = 1, max = 8) int k,
            @ForAll @IntRange(min = 1, max = 4) int f, @ForAll @IntRange(min = 1, max = 9) int units) {
        Shape in = Shape.of(c, 6, 6);
        Map<String, Setting> conv = layer("kind", "conv", "filters", k, "size", f, "padding", f);
        Map<String, Setting> dense = layer("kind", "dense", "units", units);
        int flat = k * (6 + f + 1) * (6 + f + 1);
        NetworkOptions noBias = NetworkOptions.DEFAULT.with(Mistakes.named(java.util.Set.of("no_bias")));
        NetworkOptions oneChannel = NetworkOptions.DEFAULT.with(Mistakes.named(java.util.Set.of("ignore_input_channels")));
        assertEquals(size(List.of(List.of(k, c, f, f), List.of(units, flat))), network(in, noBias, conv, dense).params());
        assertEquals(size(List.of(List.of(k, 1, f, f), List.of(k), List.of(units, flat), List.of(units))),
                network(in, oneChannel, conv, dense).params());
    }

    @Property(tries = 100)
    void depthwiseAndTransposedConv(@ForAll @IntRange(min = 1, max = 6) int c, @ForAll @IntRange(min = 1, max = 3) int m,
            @ForAll @IntRange(min = 1, max = 6) int k, @ForAll @IntRange(min = 1, max = 4) int f) {
        assertEquals(size(List.of(List.of(c * m, 1, f, f), List.of(c * m))),
                params(Shape.of(c, 8, 8), layer("kind", "depthwise_conv", "multiplier", m, "size", f)));
        assertEquals(size(List.of(List.of(c, k, f, f), List.of(k))),
                params(Shape.of(c, 8, 8), layer("kind", "conv_transpose", "filters", k, "size", f, "stride", 2)));
    }

    @Property(tries = 100)
    void denseOnAnImageFlattensIt(@ForAll @IntRange(min = 1, max = 5) int c, @ForAll @IntRange(min = 1, max = 5) int h,
            @ForAll @IntRange(min = 1, max = 20) int units, @ForAll boolean bias) {
        List<List<Integer>> tensors = bias ? List.of(List.of(units, c * h * h), List.of(units)) : List.of(List.of(units, c * h * h));
        assertEquals(size(tensors), params(Shape.of(c, h, h), layer("kind", "dense", "units", units, "bias", bias)));
    }

    @Property(tries = 100)
    void norms(@ForAll @IntRange(min = 1, max = 64) int c) {
        Network bn = network(Shape.of(c, 4, 4), layer("kind", "batch_norm"));
        assertEquals(size(List.of(List.of(c), List.of(c))), bn.params());
        assertEquals(size(List.of(List.of(c), List.of(c))), bn.buffers());
        assertEquals(size(List.of(List.of(c), List.of(c))), params(Shape.of(7, c), layer("kind", "layer_norm")));
        assertEquals(size(List.of(List.of(c, 4, 4), List.of(c, 4, 4))), params(Shape.of(c, 4, 4), layer("kind", "layer_norm")));
    }

    @Property(tries = 150)
    void recurrentLayersInBothConventions(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 40) int h,
            @ForAll @IntRange(min = 0, max = 2) int cell, @ForAll boolean bidirectional) {
        String kind = List.of("rnn", "lstm", "gru").get(cell);
        int g = List.of(1, 4, 3).get(cell);
        int dirs = bidirectional ? 2 : 1;
        // PyTorch: weight_ih (g·h × n), weight_hh (g·h × h), bias_ih (g·h), bias_hh (g·h), per direction
        List<List<Integer>> torch = List.of(List.of(g * h, n), List.of(g * h, h), List.of(g * h), List.of(g * h));
        // Keras: kernel (n × g·h), recurrent_kernel (h × g·h), bias (g·h); a GRU with reset_after: bias (2 × g·h)
        List<List<Integer>> keras = List.of(List.of(n, g * h), List.of(h, g * h), kind.equals("gru") ? List.of(2, g * h) : List.of(g * h));
        Shape in = Shape.of(5, n);
        assertEquals(dirs * size(torch), params(in, layer("kind", kind, "hidden", h, "convention", "pytorch", "bidirectional", bidirectional)));
        assertEquals(dirs * size(keras), params(in, layer("kind", kind, "hidden", h, "convention", "keras", "bidirectional", bidirectional)));
        Network keras1 = network(in, new NetworkOptions(ShapeLayout.CHW, Optional.of(Convention.KERAS), Mistakes.NONE),
                layer("kind", kind, "hidden", h, "reset_after", false));
        assertEquals(size(List.of(List.of(n, g * h), List.of(h, g * h), List.of(g * h))), keras1.params());
    }

    @Property(tries = 100)
    void attentionAndTransformer(@ForAll @IntRange(min = 1, max = 8) int heads, @ForAll @IntRange(min = 1, max = 8) int perHead,
            @ForAll @IntRange(min = 1, max = 64) int ff, @ForAll @IntRange(min = 1, max = 6) int t) {
        int d = heads * perHead;
        // nn.MultiheadAttention: in_proj_weight (3d × d), in_proj_bias (3d), out_proj.weight (d × d), out_proj.bias (d)
        List<List<Integer>> mha = List.of(List.of(3 * d, d), List.of(3 * d), List.of(d, d), List.of(d));
        // nn.TransformerEncoderLayer adds linear1 (ff × d, ff), linear2 (d × ff, d), norm1 and norm2 (d, d each)
        List<List<Integer>> rest = List.of(List.of(ff, d), List.of(ff), List.of(d, ff), List.of(d), List.of(d), List.of(d),
                List.of(d), List.of(d));
        Shape in = Shape.of(t, d);
        assertEquals(size(mha), params(in, layer("kind", "attention", "heads", heads)));
        assertEquals(size(mha) + size(rest), params(in, layer("kind", "transformer_encoder", "heads", heads, "d_ff", ff)));
    }

    @Property(tries = 50)
    void embedding(@ForAll @IntRange(min = 1, max = 5000) int vocab, @ForAll @IntRange(min = 1, max = 300) int dim) {
        assertEquals(size(List.of(List.of(vocab, dim))), params(Shape.of(3), layer("kind", "embedding", "vocab", vocab, "dim", dim)));
    }
}
