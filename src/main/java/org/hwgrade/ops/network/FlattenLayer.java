package org.hwgrade.ops.network;

import java.util.List;

/** Flatten: any shape to a vector of all its entries, (C·H·W). */
public record FlattenLayer() implements NetLayer {

    @Override
    public String kind() {
        return "flatten";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        return LayerFacts.free(in.withoutField(List.of(in.elements())));
    }
}
