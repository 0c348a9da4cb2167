package org.hwgrade.ops.network;

/**
 * Layer norm over the last dimension d of a vector or sequence (over all of C·H·W for an image):
 * learnable γ (weights) and β (biases), d each, unless {@code affine} is off; {@code bias} off drops β
 * (PyTorch's {@code bias=False}).
 */
public record LayerNormLayer(boolean affine, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "layer_norm";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.rank() == 3 ? in.elements() : in.features();
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        long d = declaredInput(in);
        return new LayerFacts(in, affine ? d : 0, affine && bias && !o.mistakes().noBias() ? d : 0, 0, 0);
    }
}
