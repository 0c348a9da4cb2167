package org.hwgrade.ops.network;

import java.util.List;

/**
 * Max or average pooling: the window slides as a conv's does (a max pool may be dilated) and the
 * channels stay; {@code ceilMode} rounds the window count up (PyTorch's ceil_mode). No parameters;
 * the comparisons or additions are not multiply-accumulates.
 */
public record PoolLayer(boolean max, Window window, boolean ceilMode) implements NetLayer {

    @Override
    public String kind() {
        return max ? "max_pool" : "avg_pool";
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        Mistakes m = o.mistakes();
        in.requireImage(aKind(), "put conv and pooling layers before any dense layer");
        long h = window.outputHeight(in.dim(1), m, ceilMode);
        long w = window.outputWidth(in.dim(2), m, ceilMode);
        return LayerFacts.free(new FeatureMap(List.of(in.dim(0), h, w), in.field().map(f -> f.through(window, m))));
    }
}
