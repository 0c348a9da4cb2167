package org.hwgrade.ops.network;

/**
 * Batch norm over the C channels of an image (the last dimension of a vector or sequence): learnable
 * γ (counted as weights) and β (biases), C each, unless {@code affine} is off; the running mean and
 * variance, C each, are buffers: stored, not learned ({@code runningStats} off: none). PyTorch's
 * {@code parameters()} and Keras's "trainable params" count γ and β only; Keras's "total params"
 * adds the buffers.
 */
public record BatchNormLayer(boolean affine, boolean runningStats) implements NetLayer {

    @Override
    public String kind() {
        return "batch_norm";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.rank() == 3 ? in.dim(0) : in.features();
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        long c = declaredInput(in);
        return new LayerFacts(in, affine ? c : 0, affine && !o.mistakes().noBias() ? c : 0,
                runningStats ? Counts.product(2, c) : 0, 0);
    }
}
