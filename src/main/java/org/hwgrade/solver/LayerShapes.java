package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Shape;
import org.hwgrade.ops.SlidingWindow;

/**
 * The output shape of one layer. Conv and pooling layers map (C, H, W) to (C', H', W') with
 * H' = floor((H − F + 2P)/S) + 1 (see {@link SlidingWindow}); a conv outputs one channel per filter,
 * pooling keeps the channels; a dense layer flattens its input and outputs (K).
 */
public final class LayerShapes {

    /** Mistakes to make on purpose: round up, forget the padding, leave the channel count alone. */
    public record Options(boolean ceilInsteadOfFloor, boolean noPadding, boolean channelsNotUpdated) {
        public static final Options NONE = new Options(false, false, false);
    }

    private LayerShapes() {
    }

    /** @throws org.hwgrade.formula.OpException when the layer cannot apply to {@code in} (the message says why) */
    public static Shape output(Shape in, Layer layer, Options o) {
        if (layer.kind() == Layer.LayerKind.DENSE) {
            requireFilters(layer);
            requirePositive(in);
            return Shape.of(layer.filters());
        }
        SlidingWindow.requireParameters(layer.size(), layer.stride(), layer.padding());
        if (layer.kind() == Layer.LayerKind.CONV) {
            requireFilters(layer);
        }
        if (in.dims().size() != 3) {
            throw new SolverException("a " + layer.kind().key() + " layer needs a (C, H, W) input, got " + in,
                    "put conv and pooling layers before any dense layer");
        }
        requirePositive(in);
        SlidingWindow.Rounding rounding = o.ceilInsteadOfFloor() ? SlidingWindow.Rounding.CEIL : SlidingWindow.Rounding.FLOOR;
        int padding = o.noPadding() ? 0 : layer.padding();
        int h = SlidingWindow.outputSize(in.dims().get(1), layer.size(), layer.stride(), padding, rounding);
        int w = SlidingWindow.outputSize(in.dims().get(2), layer.size(), layer.stride(), padding, rounding);
        boolean newChannels = layer.kind() == Layer.LayerKind.CONV && !o.channelsNotUpdated();
        return Shape.of(newChannels ? layer.filters() : in.dims().get(0), h, w);
    }

    /** The shape after each layer in turn. */
    public static List<Shape> through(Shape in, List<Layer> layers, Options o) {
        List<Shape> out = new ArrayList<>(layers.size());
        Shape current = in;
        for (Layer layer : layers) {
            current = output(current, layer, o);
            out.add(current);
        }
        return out;
    }

    private static void requireFilters(Layer layer) {
        if (layer.filters() < 1) {
            throw new SolverException("a " + layer.kind().key() + " layer needs at least 1 filter, got " + layer.filters(),
                    "give the layer filters: K with K >= 1");
        }
    }

    private static void requirePositive(Shape in) {
        if (in.dims().isEmpty() || in.dims().stream().anyMatch(d -> d == null || d < 1)) {
            throw new SolverException("the input shape " + in + " has a dimension below 1",
                    "every dimension of a shape must be at least 1");
        }
    }
}
