package org.hwgrade.ops.network;

import java.util.List;

/** Global max or average pooling: (C, H, W) to (C). */
public record GlobalPoolLayer(boolean max) implements NetLayer {

    @Override
    public String kind() {
        return max ? "global_max_pool" : "global_avg_pool";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        in.requireImage(aKind(), "put it after the last conv or pooling layer");
        return LayerFacts.free(in.withoutField(List.of(in.dim(0))));
    }
}
