package org.hwgrade.solver;

import java.util.List;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Shape;
import org.hwgrade.ops.network.ConvLayer;
import org.hwgrade.ops.network.DenseLayer;
import org.hwgrade.ops.network.FeatureMap;
import org.hwgrade.ops.network.Mistakes;
import org.hwgrade.ops.network.NamedLayer;
import org.hwgrade.ops.network.NetLayer;
import org.hwgrade.ops.network.Network;
import org.hwgrade.ops.network.NetworkOptions;
import org.hwgrade.ops.network.PoolLayer;
import org.hwgrade.ops.network.Window;

/**
 * The layers of the cnn-shapes and param-count families as layers of the op library's
 * {@link Network}, which computes their shapes and counts. Goes when those families retire.
 */
final class ModelLayers {

    private ModelLayers() {
    }

    static NetLayer of(Layer layer) {
        return switch (layer.kind()) {
            case CONV -> new ConvLayer(layer.filters(), window(layer), 1, layer.bias());
            case MAX_POOL -> new PoolLayer(true, window(layer), false);
            case AVG_POOL -> new PoolLayer(false, window(layer), false);
            case DENSE -> new DenseLayer(layer.filters(), layer.bias());
        };
    }

    /** The shape after one layer, from {@code in} (a given, or a student's shape of the layer before). */
    static Shape output(Shape in, Layer layer, Mistakes mistakes) {
        return of(layer).apply(FeatureMap.input(in), NetworkOptions.DEFAULT.with(mistakes)).out().shape();
    }

    static long params(Shape in, List<Layer> layers, Mistakes mistakes) {
        return Network.build(in, layers.stream().map(l -> new NamedLayer(l.name(), of(l))).toList(),
                NetworkOptions.DEFAULT.with(mistakes)).params();
    }

    private static Window window(Layer layer) {
        return Window.square(layer.size(), layer.stride(), layer.padding(), 1);
    }
}
