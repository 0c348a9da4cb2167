package org.hwgrade.ops.network;

import java.util.List;
import org.hwgrade.formula.OpException;

/** An embedding of a vocabulary of V tokens in d dimensions: a V×d table (weights); (T) token ids to (T, d). */
public record EmbeddingLayer(long vocabulary, long dimension) implements NetLayer {

    @Override
    public String kind() {
        return "embedding";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        if (in.rank() != 1) {
            throw new OpException("an embedding layer needs a sequence of T token ids, the shape (T), got " + in,
                    "give the input as (T), the number of tokens");
        }
        if (vocabulary < 1 || dimension < 1) {
            throw new OpException("an embedding needs a vocabulary and a dimension of at least 1", "e.g. vocab: 10000, dim: 300");
        }
        return new LayerFacts(in.withoutField(List.of(in.dim(0), dimension)), Counts.product(vocabulary, dimension), 0, 0, 0);
    }
}
