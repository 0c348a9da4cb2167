package org.hwgrade.ops.network;

/** An element-wise layer (relu, sigmoid, tanh, softmax, gelu, dropout): the shape and field stay, nothing to learn. */
public record ActivationLayer(String kind) implements NetLayer {

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        return LayerFacts.free(in);
    }
}
