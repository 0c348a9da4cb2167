package org.hwgrade.ops.network;

/**
 * A depthwise conv: one F×F filter per input channel (times a depth multiplier M), that is a
 * {@link ConvLayer} with C·M filters in C groups.
 */
public record DepthwiseConvLayer(long multiplier, Window window, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "depthwise_conv";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.dim(0);
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        in.requireImage(aKind(), "put conv and pooling layers before any dense layer");
        long channels = in.dim(0);
        return new ConvLayer(Counts.product(channels, multiplier), window, channels, bias).apply(in, o);
    }
}
