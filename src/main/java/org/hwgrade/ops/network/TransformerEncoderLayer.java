package org.hwgrade.ops.network;

import java.util.List;

/**
 * A transformer encoder layer (PyTorch's TransformerEncoderLayer): multi-head self-attention, a
 * feed-forward block d → d_ff → d (two dense layers) and two layer norms over d.
 */
public record TransformerEncoderLayer(long heads, long feedForward, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "transformer_encoder";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        LayerFacts total = LayerFacts.free(in);
        for (NetLayer part : List.of(new AttentionLayer(heads, bias), new LayerNormLayer(true, true),
                new DenseLayer(feedForward, bias), new DenseLayer(in.features(), bias), new LayerNormLayer(true, true))) {
            LayerFacts f = part.apply(total.out(), o);
            total = new LayerFacts(f.out(), Counts.sum(total.weights(), f.weights()), Counts.sum(total.biases(), f.biases()),
                    0, Counts.sum(total.macs(), f.macs()));
        }
        return total;
    }
}
