package org.hwgrade.ops.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.model.Shape;

/**
 * The receptive field equals the span of the input pixels one output position depends on, found by
 * walking the dependencies back layer by layer: output o of a window (F, S, P, D) reads inputs
 * o·S − P + D·t for t = 0 … F − 1.
 */
class ReceptiveFieldProperties {

    record Step(int size, int stride, int dilation, boolean pool) {
    }

    @Provide
    Arbitrary<List<Step>> stacks() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 200)
    void fieldIsTheSpanOfTheInputsOnePositionReads(@ForAll("stacks") List<Step> stack) {
        List<Map<String, Setting>> layers = new ArrayList<>();
        for (Step s : stack) {
            layers.add(s.pool()
                    ? Layers.layer("kind", "max_pool", "size", s.size(), "stride", s.stride(), "dilation", s.dilation())
                    : Layers.layer("kind", "conv", "filters", 2, "size", s.size(), "stride", s.stride(), "dilation", s.dilation()));
        }
        @SuppressWarnings("unchecked")
        Network net = Layers.network(Shape.of(1, 4000, 4000), layers.toArray(new Map[0]));
        TreeSet<Long> reads = new TreeSet<>(List.of(0L));
        for (int i = stack.size() - 1; i >= 0; i--) {
            Step s = stack.get(i);
            TreeSet<Long> before = new TreeSet<>();
            for (long o : reads) {
                for (int t = 0; t < s.size(); t++) {
                    before.add(o * s.stride() + (long) s.dilation() * t);
                }
            }
            reads = before;
        }
        long span = reads.last() - reads.first() + 1;
        assertEquals(span, net.receptiveField().orElseThrow().height());
        assertEquals(span, net.receptiveField().orElseThrow().width());
    }
}
