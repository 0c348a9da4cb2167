package org.hwgrade.solver;

import java.util.List;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Shape;

/**
 * Learnable parameters: a conv layer with K filters of size F×F over C_in channels has F·F·C_in·K
 * weights and K biases; a dense layer from n inputs to K outputs has n·K weights and K biases;
 * pooling has none. A list of layers propagates its shape (pooling keeps the channels), and an
 * Inception-style module is the sum of its branches.
 */
public final class ParameterCounts {

    /** Mistakes to make on purpose: no biases at all; a k×k conv counted as k·k·K weights. */
    public record Options(boolean noBias, boolean ignoreInputChannels) {
        public static final Options NONE = new Options(false, false);
    }

    private ParameterCounts() {
    }

    public static long conv(long size, long inChannels, long filters, boolean bias) {
        return exact(() -> Math.addExact(
                Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(size, size), inChannels), filters),
                bias ? filters : 0));
    }

    public static long dense(long inputs, long outputs, boolean bias) {
        return exact(() -> Math.addExact(Math.multiplyExact(inputs, outputs), bias ? outputs : 0));
    }

    /**
     * Parameters of one layer applied to {@code input}. The layer's own {@code bias} says whether it
     * has biases; {@link Options#noBias()} drops them everywhere.
     */
    public static long ofLayer(Shape input, Layer layer, Options o) {
        boolean bias = layer.bias() && !o.noBias();
        return switch (layer.kind()) {
            case CONV -> conv(layer.size(), o.ignoreInputChannels() ? 1 : input.dims().get(0), layer.filters(), bias);
            case DENSE -> dense(elements(input), layer.filters(), bias);
            case MAX_POOL, AVG_POOL -> 0;
        };
    }

    /** Parameters of layers applied in order; each layer's shape is checked on the way. */
    public static long ofLayers(Shape input, List<Layer> layers, Options o) {
        long total = 0;
        Shape current = input;
        for (Layer layer : layers) {
            Shape next = LayerShapes.output(current, layer, LayerShapes.Options.NONE);
            long n = ofLayer(current, layer, o);
            total = addExact(total, n);
            current = next;
        }
        return total;
    }

    /** An Inception-style module: every branch reads the same input; the counts add up. */
    public static long ofBranches(Shape input, List<List<Layer>> branches, Options o) {
        long total = 0;
        for (List<Layer> branch : branches) {
            total = addExact(total, ofLayers(input, branch, o));
        }
        return total;
    }

    private static long addExact(long a, long b) {
        return exact(() -> Math.addExact(a, b));
    }

    private static long elements(Shape s) {
        return exact(() -> s.dims().stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact));
    }

    private static long exact(java.util.function.LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (ArithmeticException e) {
            throw new SolverException("the parameter count overflows a 64-bit integer", "use smaller layers");
        }
    }
}
