package org.hwgrade.solver;

import java.util.List;
import java.util.Set;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Shape;
import org.hwgrade.ops.network.Mistakes;

/**
 * {@code cnn-shapes}: the (C, H, W) after each layer of a network. Givens: {@code input} (a shape)
 * and {@code layers}. Quantity {@code shape.<layer>} is computed from the previous layer's shape
 * quantity, so a student's own wrong shape for one layer carries forward into the next.
 */
public final class CnnShapesFamily implements ProblemFamily {

    public static final String NAME = "cnn-shapes";

    public static final String CEIL_INSTEAD_OF_FLOOR = "ceil_instead_of_floor";
    public static final String NO_PADDING = "no_padding";
    /** A conv layer's output keeps the input's channel count instead of K. */
    public static final String CHANNELS_NOT_UPDATED = "channels_not_updated";

    /** The quantity holding the shape after {@code layer}. */
    public static String quantityOf(String layer) {
        return "shape." + layer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> flags() {
        return Set.of(CEIL_INSTEAD_OF_FLOOR, NO_PADDING, CHANNELS_NOT_UPDATED);
    }

    @Override
    public QuantityGraph build(Problem problem) {
        ProblemGivens g = new ProblemGivens(problem, NAME);
        g.requireOnly(List.of("input", "layers"));
        Shape input = g.shape("input");
        List<Layer> layers = g.layers("layers");
        Shape current = input;
        for (Layer layer : layers) {
            try {
                current = ModelLayers.output(current, layer, Mistakes.NONE);
            } catch (OpException e) {
                throw g.error("layers", layer.name(), "layer " + layer.name(), e);
            }
        }

        QuantityGraph.Builder graph = QuantityGraph.builder().given("input", input);
        String previous = "input";
        for (Layer layer : layers) {
            String from = previous;
            graph.quantity(quantityOf(layer.name()), List.of(from),
                    (in, flags) -> ModelLayers.output(Inputs.shape(in, from), layer, mistakes(flags)));
            previous = quantityOf(layer.name());
        }
        return graph.build();
    }

    private static Mistakes mistakes(Set<String> flags) {
        return new Mistakes(flags.contains(CEIL_INSTEAD_OF_FLOOR), flags.contains(NO_PADDING), false,
                flags.contains(CHANNELS_NOT_UPDATED), false, false, false);
    }
}
