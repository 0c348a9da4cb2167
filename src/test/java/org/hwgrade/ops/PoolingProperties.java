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
 * in row-major order, that holds the window's maximum (values drawn from {0, 1, 2}, so that ties are
 * common). Away from ties it is the finite difference of a linear loss, as average pooling's is
 * everywhere; output shapes are the window counts.
 */
class PoolingProperties {

    record Case(Tensor x, Pooling.Window settings) {
    }

    @Property(tries = 80)
    void eachWindowsGradientGoesToItsFirstMaximum(@ForAll("cases") Case c) {
        Pooling.Window s = c.settings();
        List<Integer> d = c.x().dims();
        int channels = d.size() == 3 ? d.get(0) : 1;
        int rows = d.get(d.size() - 2);
        int cols = d.get(d.size() - 1);
        Tensor pooled = Pooling.maxPool2d(c.x(), s);
        int ho = pooled.dims().get(pooled.rank() - 2);
        int wo = pooled.dims().get(pooled.rank() - 1);
        for (int ch = 0; ch < channels; ch++) {
            for (int o = 0; o < ho; o++) {
                for (int p = 0; p < wo; p++) {
                    // Brute force: the window's cells inside x, in row-major order.
                    List<Integer> window = new ArrayList<>();
                    for (int i = 0; i < s.rows(); i++) {
                        for (int j = 0; j < s.cols(); j++) {
                            int r = o * s.strideRows() + i - s.padRows();
                            int q = p * s.strideCols() + j - s.padCols();
                            if (r >= 0 && r < rows && q >= 0 && q < cols) {
                                window.add((ch * rows + r) * cols + q);
                            }
                        }
                    }
                    Num max = window.stream().map(c.x().entries()::get).max(NumArithmetic::compare).orElseThrow();
                    int first = window.stream().filter(k -> c.x().entries().get(k).equals(max)).findFirst().orElseThrow();
                    int outIndex = (ch * ho + o) * wo + p;
                    assertEquals(max, pooled.entries().get(outIndex));

                    Tensor grad = Pooling.maxPool2dBackward(c.x(), oneHot(pooled.dims(), outIndex), s);
                    for (int k = 0; k < grad.size(); k++) {
                        assertEquals(k == first ? Rational.ONE : Rational.ZERO, grad.entries().get(k),
                                "window " + window + " of " + c.x() + " at " + k);
                    }
                }
            }
        }
    }

    @Property(tries = 80)
    void backwardKeepsTheTotalGradient(@ForAll("cases") Case c) {
        Tensor pooled = Pooling.maxPool2d(c.x(), c.settings());
        List<Num> upstream = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            upstream.add(Rational.of(i + 1));
        }
        Tensor grad = Pooling.maxPool2dBackward(c.x(), new Tensor(pooled.dims(), upstream), c.settings());
        assertEquals(NumArithmetic.sum(upstream), NumArithmetic.sum(grad.entries()));
        assertTrue(grad.dims().equals(c.x().dims()));
    }

    private static Tensor oneHot(List<Integer> dims, int index) {
        int size = dims.stream().reduce(1, (a, b) -> a * b);
        List<Num> e = new ArrayList<>(Collections.nCopies(size, Rational.ZERO));
        e.set(index, Rational.ONE);
        return new Tensor(dims, e);
    }

    /** Without ties max pooling is piecewise linear with gaps of at least 1: a step of 1/2 is exact. */
    @Property(tries = 80)
    void maxBackwardIsTheFiniteDifferenceAwayFromTies(@ForAll("distinct") Case c) {
        assertLinearLossGradient(c, Pooling::maxPool2d, Pooling::maxPool2dBackward, Rational.of(1, 2));
    }

    @Property(tries = 80)
    void averageBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        assertLinearLossGradient(c, Pooling::avgPool2d, Pooling::avgPool2dBackward, Rational.ONE);
    }

    @Property(tries = 80)
    void outputShapeIsTheWindowCount(@ForAll("cases") Case c) {
        Pooling.Window w = c.settings();
        int r = c.x().rank();
        for (Tensor y : List.of(Pooling.maxPool2d(c.x(), w), Pooling.avgPool2d(c.x(), w))) {
            assertEquals(Tensors.windowCount(c.x().dims().get(r - 2), w.rows(), w.strideRows(), w.padRows()),
                    y.dims().get(r - 2));
            assertEquals(Tensors.windowCount(c.x().dims().get(r - 1), w.cols(), w.strideCols(), w.padCols()),
                    y.dims().get(r - 1));
        }
    }

    interface Forward {
        Tensor apply(Tensor x, Pooling.Window w);
    }

    interface Backward {
        Tensor apply(Tensor x, Tensor upstream, Pooling.Window w);
    }

    /** With L = Σ G ⊙ pool(x), (L(x + h·e_i) − L(x))/h must be the backward pass's entry i. */
    private static void assertLinearLossGradient(Case c, Forward forward, Backward backward, Rational step) {
        Tensor pooled = forward.apply(c.x(), c.settings());
        List<Num> upstream = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            upstream.add(Rational.of((i % 5) - 2));
        }
        Tensor g = new Tensor(pooled.dims(), upstream);
        Tensor grad = backward.apply(c.x(), g, c.settings());
        Num base = Tensors.dot(g, pooled);
        for (int i = 0; i < c.x().size(); i++) {
            Num moved = Tensors.dot(g, forward.apply(Tensors.bump(c.x(), i, step), c.settings()));
            assertEquals(NumArithmetic.divide(NumArithmetic.subtract(moved, base), step), grad.entries().get(i), "entry " + i);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(false);
    }

    /** Entries all different: a permutation of 0 … n−1. */
    @Provide
    Arbitrary<Case> distinct() {
        return cases(true);
    }

    private static Arbitrary<Case> cases(boolean distinct) {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> stride = Arbitraries.integers().between(1, 3);
        return Combinators.combine(Arbitraries.integers().between(0, 2), side, side, size, size, stride, stride)
                .flatAs((channels, h, w, kh, kw, sh, sw) -> Combinators.combine(
                                Arbitraries.integers().between(0, kh / 2), Arbitraries.integers().between(0, kw / 2))
                        .filter((ph, pw) -> h + 2 * ph >= kh && w + 2 * pw >= kw)
                        .flatAs((ph, pw) -> {
                            List<Integer> dims = channels == 0 ? List.of(h, w) : List.of(channels, h, w);
                            int n = dims.stream().reduce(1, (a, b) -> a * b);
                            Pooling.Window window = new Pooling.Window(kh, kw, sh, sw, ph, pw);
                            Arbitrary<List<Integer>> values = distinct
                                    ? Arbitraries.shuffle(java.util.stream.IntStream.range(0, n).boxed().toList())
                                    : Arbitraries.integers().between(0, 2).list().ofSize(n);
                            return values.map(v -> new Case(new Tensor(dims, v.stream().<Num>map(Rational::of).toList()),
                                    window));
                        }));
    }
}
