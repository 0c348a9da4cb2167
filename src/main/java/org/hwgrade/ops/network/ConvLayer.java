package org.hwgrade.ops.network;

import java.util.List;
import org.hwgrade.formula.OpException;

/**
 * A 2-D convolution with K filters over (C, H, W): output (K, H′, W′) with
 * H′ = floor((H + 2P − D(F − 1) − 1)/S) + 1; with G groups each filter spans C/G channels, so
 * K·(C/G)·F_h·F_w weights and K biases; H′·W′·K·(C/G)·F_h·F_w multiply-accumulates.
 */
public record ConvLayer(long filters, Window window, long groups, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "conv";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.dim(0);
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        Mistakes m = o.mistakes();
        long channels = inputChannels(this, in, filters, groups);
        long perGroup = m.ignoreInputChannels() ? 1 : channels / groups;
        long h = window.outputHeight(in.dim(1), m, false);
        long w = window.outputWidth(in.dim(2), m, false);
        FeatureMap out = new FeatureMap(List.of(m.channelsNotUpdated() ? channels : filters, h, w),
                in.field().map(f -> f.through(window, m)));
        long weights = Counts.product(filters, perGroup, window.height(), window.width());
        return new LayerFacts(out, weights, bias && !m.noBias() ? filters : 0, 0, Counts.product(h, w, weights));
    }

    /**
     * The channels of a (C, H, W) input to a conv or transposed conv with K filters in G groups.
     *
     * @throws OpException unless the input is an image, K >= 1, and G divides both C and K
     */
    static long inputChannels(NetLayer layer, FeatureMap in, long filters, long groups) {
        in.requireImage(layer.aKind(), "put conv and pooling layers before any dense layer");
        if (filters < 1) {
            throw new OpException(layer.aKind() + " layer needs at least 1 filter, got " + filters,
                    "give the layer filters: K with K >= 1");
        }
        long channels = in.dim(0);
        if (groups < 1 || channels % groups != 0 || filters % groups != 0) {
            throw new OpException("groups " + groups + " must divide both the input channels (" + channels
                    + ") and the filters (" + filters + ")", "give a number of groups that divides both");
        }
        return channels;
    }
}
