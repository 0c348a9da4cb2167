package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;

/**
 * Parameter counts equal the number of entries of the weight and bias tensors a framework would
 * allocate, built here explicitly layer by layer (K×C×F×F and K for a conv, K×n and K for a dense).
 */
class ParameterCountProperties {

    record Case(Shape input, List<Layer> layers) {
    }

    @Property(tries = 150)
    void countIsTheSizeOfTheWeightAndBiasTensors(@ForAll("networks") Case c) {
        assertEquals(allocated(c, false, false), ParameterCounts.ofLayers(c.input(), c.layers(), ParameterCounts.Options.NONE));
    }

    @Property(tries = 150)
    void mistakesCountTheTensorsOfTheMistakenModel(@ForAll("networks") Case c) {
        assertEquals(allocated(c, true, false),
                ParameterCounts.ofLayers(c.input(), c.layers(), new ParameterCounts.Options(true, false)));
        assertEquals(allocated(c, false, true),
                ParameterCounts.ofLayers(c.input(), c.layers(), new ParameterCounts.Options(false, true)));
    }

    @Property(tries = 50)
    void aModuleIsTheSumOfItsBranches(@ForAll("networks") Case a, @ForAll("networks") Case b) {
        long sum = ParameterCounts.ofLayers(a.input(), a.layers(), ParameterCounts.Options.NONE)
                + ParameterCounts.ofLayers(a.input(), b.layers(), ParameterCounts.Options.NONE);
        assertEquals(sum, ParameterCounts.ofBranches(a.input(), List.of(a.layers(), b.layers()), ParameterCounts.Options.NONE));
    }

    /** Allocates each layer's tensors and adds their sizes; channels and shapes are tracked by hand. */
    private static long allocated(Case c, boolean noBias, boolean ignoreInputChannels) {
        long total = 0;
        int channels = c.input().dims().get(0);
        int h = c.input().dims().get(1);
        int w = c.input().dims().get(2);
        int flat = -1;
        for (Layer layer : c.layers()) {
            boolean bias = layer.bias() && !noBias;
            switch (layer.kind()) {
                case CONV -> {
                    int in = ignoreInputChannels ? 1 : channels;
                    total += zeros(layer.filters(), in, layer.size(), layer.size()).size();
                    total += bias ? zeros(layer.filters()).size() : 0;
                    channels = layer.filters();
                    h = h + 2 * layer.padding() - layer.size() + 1;
                    w = w + 2 * layer.padding() - layer.size() + 1;
                }
                case MAX_POOL, AVG_POOL -> {
                    h = h - layer.size() + 1;
                    w = w - layer.size() + 1;
                }
                case DENSE -> {
                    int in = flat > 0 ? flat : channels * h * w;
                    total += zeros(layer.filters(), in).size();
                    total += bias ? zeros(layer.filters()).size() : 0;
                    flat = layer.filters();
                }
            }
        }
        return total;
    }

    private static Tensor zeros(Integer... dims) {
        int size = 1;
        for (int d : dims) {
            size *= d;
        }
        return new Tensor(List.of(dims), Collections.<Num>nCopies(size, Rational.ZERO));
    }

    /** Stride-1 layers; convs keep or shrink the side, pools shrink it by size − 1; dense layers come last. */
    @Provide
    Arbitrary<Case> networks() {
        Arbitrary<Layer> conv = Combinators.combine(Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 1), Arbitraries.of(true, false))
                .as((k, size, pad, bias) -> new Layer("conv", Layer.LayerKind.CONV, k, size, 1, Math.min(pad, size / 2), bias));
        Arbitrary<Layer> pool = Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.of(Layer.LayerKind.MAX_POOL,
                        Layer.LayerKind.AVG_POOL))
                .as((size, kind) -> new Layer("pool", kind, 0, size, 1, 0, false));
        Arbitrary<Layer> dense = Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(true, false))
                .as((k, bias) -> new Layer("fc", Layer.LayerKind.DENSE, k, 0, 0, 0, bias));
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(7, 9),
                        Arbitraries.oneOf(conv, pool).list().ofMaxSize(3), dense.list().ofMaxSize(2))
                .as((channels, side, spatial, heads) -> {
                    List<Layer> layers = new ArrayList<>(spatial);
                    layers.addAll(heads);
                    if (layers.isEmpty()) {
                        layers.add(new Layer("conv", Layer.LayerKind.CONV, 2, 1, 1, 0, true));
                    }
                    return new Case(Shape.of(channels, side, side), layers);
                });
    }
}
