package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/**
 * Max pooling's backward pass sends each window's gradient to the window's arg-max: the first cell,
 * in row-major order, that holds the window's maximum. Values are drawn from {0, 1, 2} so that ties
 * are common.
 */
class MaxPoolProperties {

    record Case(Tensor x, MaxPool.Settings settings) {
    }

    @Property(tries = 150)
    void eachWindowsGradientGoesToItsFirstMaximum(@ForAll("cases") Case c) {
        MaxPool.Settings s = c.settings();
        List<Integer> d = c.x().dims();
        int channels = d.size() == 3 ? d.get(0) : 1;
        int rows = d.get(d.size() - 2);
        int cols = d.get(d.size() - 1);
        Tensor pooled = MaxPool.forward(c.x(), s);
        int ho = pooled.dims().get(pooled.rank() - 2);
        int wo = pooled.dims().get(pooled.rank() - 1);
        for (int ch = 0; ch < channels; ch++) {
            for (int o = 0; o < ho; o++) {
                for (int p = 0; p < wo; p++) {
                    // Brute force: the window's cells inside x, in row-major order.
                    List<Integer> window = new ArrayList<>();
                    for (int i = 0; i < s.size(); i++) {
                        for (int j = 0; j < s.size(); j++) {
                            int r = o * s.stride() + i - s.padding();
                            int q = p * s.stride() + j - s.padding();
                            if (r >= 0 && r < rows && q >= 0 && q < cols) {
                                window.add((ch * rows + r) * cols + q);
                            }
                        }
                    }
                    Num max = window.stream().map(c.x().entries()::get).max(NumArithmetic::compare).orElseThrow();
                    int first = window.stream().filter(k -> c.x().entries().get(k).equals(max)).findFirst().orElseThrow();
                    int outIndex = (ch * ho + o) * wo + p;
                    assertEquals(max, pooled.entries().get(outIndex));

                    Tensor grad = MaxPool.backward(c.x(), oneHot(pooled.dims(), outIndex), s);
                    for (int k = 0; k < grad.size(); k++) {
                        assertEquals(k == first ? Rational.ONE : Rational.ZERO, grad.entries().get(k),
                                "window " + window + " of " + c.x() + " at " + k);
                    }
                }
            }
        }
    }

    @Property(tries = 150)
    void backwardKeepsTheTotalGradient(@ForAll("cases") Case c) {
        Tensor pooled = MaxPool.forward(c.x(), c.settings());
        List<Num> upstream = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            upstream.add(Rational.of(i + 1));
        }
        Tensor grad = MaxPool.backward(c.x(), new Tensor(pooled.dims(), upstream), c.settings());
        assertEquals(NumArithmetic.sum(upstream), NumArithmetic.sum(grad.entries()));
        assertTrue(grad.dims().equals(c.x().dims()));
    }

    private static Tensor oneHot(List<Integer> dims, int index) {
        int size = dims.stream().reduce(1, (a, b) -> a * b);
        List<Num> e = new ArrayList<>(Collections.nCopies(size, Rational.ZERO));
        e.set(index, Rational.ONE);
        return new Tensor(dims, e);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 6);
        return Combinators.combine(Arbitraries.integers().between(0, 2), side, side,
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3))
                .flatAs((channels, h, w, size, stride) -> Arbitraries.integers().between(0, size / 2)
                        .filter(p -> h + 2 * p >= size && w + 2 * p >= size)
                        .flatMap(p -> {
                            List<Integer> dims = channels == 0 ? List.of(h, w) : List.of(channels, h, w);
                            int n = dims.stream().reduce(1, (a, b) -> a * b);
                            return Arbitraries.integers().between(0, 2).list().ofSize(n).map(v -> new Case(
                                    new Tensor(dims, v.stream().<Num>map(Rational::of).toList()),
                                    new MaxPool.Settings(size, stride, p)));
                        }));
    }
}
