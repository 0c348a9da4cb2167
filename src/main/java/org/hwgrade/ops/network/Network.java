package org.hwgrade.ops.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Shape;
import org.hwgrade.formula.OpException;

/**
 * A stack of layers applied to an input shape, layer by layer: each layer's output shape, weights,
 * biases, buffers, multiply-accumulates and receptive field, and their totals.
 */
public record Network(NetworkOptions options, FeatureMap input, List<NetworkStep> steps) {

    /** Names a layer may not take: the network's own totals. */
    public static final Set<String> RESERVED = Set.of("input", "shape", "params", "weights", "biases", "buffers", "macs",
            "receptive_field", "layers");

    public Network {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(input, "input");
        steps = List.copyOf(steps);
    }

    /**
     * @param input  the input shape as the rubric writes it, in {@code options.layout()}
     * @throws OpException naming the layer at fault ("layer c (conv): window 3 is larger than ...")
     */
    public static Network build(Shape input, List<NamedLayer> layers, NetworkOptions options) {
        FeatureMap in = FeatureMap.input(options.layout().toChw(input));
        FeatureMap current = in;
        List<NetworkStep> steps = new ArrayList<>(layers.size());
        Set<String> names = new HashSet<>();
        for (NamedLayer named : layers) {
            String where = "layer " + named.name() + " (" + named.layer().kind() + ")";
            if (RESERVED.contains(named.name())) {
                throw new OpException(where + ": the name " + named.name() + " is reserved for the network's totals",
                        "rename the layer");
            }
            if (!names.add(named.name())) {
                throw new OpException(where + ": two layers are named " + named.name(), "give every layer its own name");
            }
            try {
                if (named.declaredInput().isPresent() && named.declaredInput().getAsLong() != named.layer().declaredInput(current)) {
                    throw new OpException("it declares an input of " + named.declaredInput().getAsLong() + " but receives "
                            + current + ", an input of " + named.layer().declaredInput(current),
                            "correct the declared size or the layers before this one");
                }
                LayerFacts facts = named.layer().apply(current, options);
                steps.add(new NetworkStep(named.name(), named.layer(), facts));
                current = facts.out();
            } catch (OpException e) {
                throw new OpException(where + ": " + e.getMessage(), e.hint());
            }
        }
        if (steps.isEmpty()) {
            throw new OpException("the network has no layers", "give at least one layer");
        }
        return new Network(options, in, steps);
    }

    public FeatureMap output() {
        return steps.get(steps.size() - 1).facts().out();
    }

    /** A layer's output shape as the rubric writes shapes (its layout). */
    public Shape shapeOf(NetworkStep step) {
        return options.layout().fromChw(step.facts().out().shape());
    }

    public Shape shape() {
        return shapeOf(steps.get(steps.size() - 1));
    }

    public long weights() {
        return Counts.sum(steps.stream().mapToLong(s -> s.facts().weights()).toArray());
    }

    public long biases() {
        return Counts.sum(steps.stream().mapToLong(s -> s.facts().biases()).toArray());
    }

    public long buffers() {
        return Counts.sum(steps.stream().mapToLong(s -> s.facts().buffers()).toArray());
    }

    /** Learnable parameters of every layer: weights and biases. */
    public long params() {
        return Counts.sum(weights(), biases());
    }

    public long macs() {
        return Counts.sum(steps.stream().mapToLong(s -> s.facts().macs()).toArray());
    }

    /** The receptive field of one output position, while the layers keep one. */
    public Optional<ReceptiveField> receptiveField() {
        return output().field();
    }

    public Optional<NetworkStep> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
