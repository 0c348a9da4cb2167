package org.hwgrade.ops.network;

import org.hwgrade.formula.OpException;

/**
 * One kind of layer in a {@link Network}: what it does to the shape, how many parameters it has and
 * how many multiply-accumulates it costs. Each kind is a record holding the layer's settings.
 */
public sealed interface NetLayer permits ConvLayer, DepthwiseConvLayer, ConvTransposeLayer, PoolLayer, GlobalPoolLayer,
        FlattenLayer, DenseLayer, BatchNormLayer, LayerNormLayer, EmbeddingLayer, RecurrentLayer, AttentionLayer,
        TransformerEncoderLayer, ActivationLayer {

    /** The kind, as a rubric writes it ("conv", "max_pool", "lstm"). */
    String kind();

    /** @throws OpException when the layer cannot apply to {@code in} (the message says why, the hint how to fix it) */
    LayerFacts apply(FeatureMap in, NetworkOptions options);

    /**
     * The size of its input this layer would declare in a framework (in_channels, in_features,
     * input_size, d_model), for a rubric that writes it down to have it checked.
     */
    default long declaredInput(FeatureMap in) {
        return in.features();
    }

    /** The kind as prose: "max pool". */
    default String words() {
        return kind().replace('_', ' ');
    }

    /** The kind as prose after its article: "a conv", "an lstm". */
    default String aKind() {
        String w = words();
        boolean an = "aeiou".indexOf(w.charAt(0)) >= 0 || w.equals("lstm") || w.equals("rnn");
        return (an ? "an " : "a ") + w;
    }
}
