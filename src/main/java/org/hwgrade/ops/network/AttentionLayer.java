package org.hwgrade.ops.network;

import org.hwgrade.formula.OpException;

/**
 * Multi-head self-attention over a sequence (T, d) with d = d_model: the Q, K, V and output
 * projections, d×d weights and d biases each (4d² + 4d); the heads split d and add nothing. The
 * output has the input's shape. Multiply-accumulates: 4·T·d² for the projections plus T²·d for the
 * scores QKᵀ and T²·d for weighting V.
 */
public record AttentionLayer(long heads, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "attention";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        in.requireSequence(aKind());
        long d = in.features();
        if (heads < 1 || d % heads != 0) {
            throw new OpException("heads " + heads + " must divide d_model " + d, "give a number of heads that divides d_model");
        }
        long t = in.positions();
        long macs = Counts.sum(Counts.product(4, t, d, d), Counts.product(2, t, t, d));
        return new LayerFacts(in.withoutField(in.dims()), Counts.product(4, d, d), bias && !o.mistakes().noBias() ? 4 * d : 0,
                0, macs);
    }
}
