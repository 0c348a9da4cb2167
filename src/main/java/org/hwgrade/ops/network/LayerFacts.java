package org.hwgrade.ops.network;

/**
 * What one layer does to its input: the output, and its learnable weights and biases (the sizes of
 * its weight and bias tensors), its buffers (batch norm's running mean and variance: stored, not
 * learned) and its multiply-accumulates for one example.
 */
public record LayerFacts(FeatureMap out, long weights, long biases, long buffers, long macs) {

    /** A layer without parameters or products (pooling, flatten, an activation). */
    static LayerFacts free(FeatureMap out) {
        return new LayerFacts(out, 0, 0, 0, 0);
    }

    /** Learnable parameters: weights and biases. */
    public long params() {
        return Counts.sum(weights, biases);
    }
}
