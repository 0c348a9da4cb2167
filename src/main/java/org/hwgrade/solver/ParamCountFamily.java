package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Num;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.ops.network.Mistakes;

/**
 * {@code param-count}: learnable parameters of one or more layer lists (the branches of an
 * Inception-style module) reading the same {@code input}. Quantities {@code params.<given>} per
 * list, then {@code params.total}, the sum of those quantities (so a student's own branch counts
 * carry forward into the total).
 */
public final class ParamCountFamily implements ProblemFamily {

    public static final String NAME = "param-count";

    public static final String NO_BIAS = "no_bias";
    /** A k×k conv counted as k·k·K weights, as if it saw one input channel. */
    public static final String IGNORE_INPUT_CHANNELS = "ignore_input_channels";

    public static final String TOTAL = "params.total";

    /** The quantity holding the count of the layer list given as {@code given}. */
    public static String quantityOf(String given) {
        return "params." + given;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> flags() {
        return Set.of(NO_BIAS, IGNORE_INPUT_CHANNELS);
    }

    @Override
    public QuantityGraph build(Problem problem) {
        ProblemGivens g = new ProblemGivens(problem, NAME);
        List<String> branches = g.layerLists();
        List<String> known = new ArrayList<>(branches);
        known.add(0, "input");
        g.requireOnly(known);
        Shape input = g.shape("input");
        if (branches.isEmpty()) {
            throw g.error(null, "givens", "no list of layers", "add at least one given that is a list of layers");
        }
        QuantityGraph.Builder graph = QuantityGraph.builder().given("input", input);
        for (String branch : branches) {
            if (quantityOf(branch).equals(TOTAL)) {
                throw g.error(branch, "given " + branch, "the name total is reserved for the sum", "rename the layer list");
            }
            List<Layer> layers = g.layers(branch);
            requireValid(g, branch, input, layers);
            graph.quantity(quantityOf(branch), List.of("input"), (in, flags) -> Scalar.of(
                    ModelLayers.params(Inputs.shape(in, "input"), layers, mistakes(flags))));
        }
        List<String> parts = branches.stream().map(ParamCountFamily::quantityOf).toList();
        graph.quantity(TOTAL, parts, (in, flags) -> {
            List<Num> terms = new ArrayList<>();
            for (String part : parts) {
                terms.add(Inputs.scalar(in, part).num());
            }
            return new Scalar(NumArithmetic.sum(terms));
        });
        return graph.build();
    }

    private static void requireValid(ProblemGivens g, String branch, Shape input, List<Layer> layers) {
        Shape current = input;
        for (Layer layer : layers) {
            try {
                current = ModelLayers.output(current, layer, Mistakes.NONE);
            } catch (OpException e) {
                throw g.error(branch, layer.name(), "branch " + branch + ", layer " + layer.name(), e);
            }
        }
        try {
            ModelLayers.params(input, layers, Mistakes.NONE);
        } catch (OpException e) {
            throw g.error(branch, null, "branch " + branch, e);
        }
    }

    private static Mistakes mistakes(Set<String> flags) {
        return new Mistakes(false, false, false, false, flags.contains(NO_BIAS), flags.contains(IGNORE_INPUT_CHANNELS), false);
    }
}
