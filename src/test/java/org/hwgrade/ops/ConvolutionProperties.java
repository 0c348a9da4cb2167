package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * The convolution gradients equal exact finite differences of the linear loss L = Σ G ⊙ k. L is
 * affine in W, in x and in b, so L(θ + e_i) − L(θ) is exactly ∂L/∂θ_i with step 1 in exact rationals.
 */
class ConvolutionProperties {

    /** One random problem: input, weights, bias, upstream gradient G (shaped like k), stride and padding. */
    record Case(Tensor x, Tensor w, Value bias, Tensor g, Convolution.Settings settings) {
        Optional<Value> b() {
            return Optional.of(bias);
        }
    }

    @Property(tries = 100)
    void weightGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Tensor grad = Convolution.weightGradient(c.x(), c.g(), c.w().dims(), c.settings());
        Num base = loss(c, c.x(), c.w(), c.bias(), false);
        for (int i = 0; i < c.w().size(); i++) {
            assertEquals(NumArithmetic.subtract(loss(c, c.x(), bump(c.w(), i), c.bias(), false), base), grad.entries().get(i));
        }
    }

    @Property(tries = 100)
    void inputGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Tensor grad = Convolution.inputGradient(c.w(), c.g(), c.x().dims(), c.settings());
        Num base = loss(c, c.x(), c.w(), c.bias(), false);
        for (int i = 0; i < c.x().size(); i++) {
            assertEquals(NumArithmetic.subtract(loss(c, bump(c.x(), i), c.w(), c.bias(), false), base), grad.entries().get(i));
        }
    }

    /** With flipped kernels the input gradient is still the true gradient of the (flipped) forward pass. */
    @Property(tries = 60)
    void flippedInputGradientIsTheFiniteDifferenceOfTheFlippedForward(@ForAll("cases") Case c) {
        Convolution.Settings flipped = new Convolution.Settings(c.settings().stride(), c.settings().padding(), true);
        Tensor grad = Convolution.inputGradient(c.w(), c.g(), c.x().dims(), flipped);
        Num base = loss(c, c.x(), c.w(), c.bias(), true);
        for (int i = 0; i < c.x().size(); i++) {
            assertEquals(NumArithmetic.subtract(loss(c, bump(c.x(), i), c.w(), c.bias(), true), base), grad.entries().get(i));
        }
    }

    @Property(tries = 100)
    void biasGradientIsTheFiniteDifference(@ForAll("cases") Case c) {
        Value grad = Convolution.biasGradient(c.g(), c.bias());
        Num base = loss(c, c.x(), c.w(), c.bias(), false);
        if (c.bias() instanceof Scalar s) {
            Value bumped = new Scalar(NumArithmetic.add(s.num(), Rational.ONE));
            assertEquals(new Scalar(NumArithmetic.subtract(loss(c, c.x(), c.w(), bumped, false), base)), grad);
        } else {
            Tensor b = (Tensor) c.bias();
            for (int i = 0; i < b.size(); i++) {
                assertEquals(NumArithmetic.subtract(loss(c, c.x(), c.w(), bump(b, i), false), base),
                        ((Tensor) grad).entries().get(i));
            }
        }
    }

    /** A flipped forward pass is the plain one with each kernel rotated 180°, built here by hand. */
    @Property(tries = 100)
    void flippedForwardIsTheForwardOfTheRotatedKernel(@ForAll("cases") Case c) {
        int rows = c.w().dims().get(c.w().rank() - 2);
        int cols = c.w().dims().get(c.w().rank() - 1);
        List<Num> rotated = new ArrayList<>(c.w().entries());
        for (int block = 0; block < c.w().size(); block += rows * cols) {
            for (int i = 0; i < rows * cols; i++) {
                rotated.set(block + i, c.w().entries().get(block + rows * cols - 1 - i));
            }
        }
        Convolution.Settings flipped = new Convolution.Settings(c.settings().stride(), c.settings().padding(), true);
        assertEquals(Convolution.forward(c.x(), new Tensor(c.w().dims(), rotated), c.b(), c.settings()),
                Convolution.forward(c.x(), c.w(), c.b(), flipped));
    }

    private static Num loss(Case c, Tensor x, Tensor w, Value bias, boolean flipped) {
        Convolution.Settings s = new Convolution.Settings(c.settings().stride(), c.settings().padding(), flipped);
        Tensor k = Convolution.forward(x, w, Optional.of(bias), s);
        List<Num> terms = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            terms.add(NumArithmetic.multiply(c.g().entries().get(i), k.entries().get(i)));
        }
        return NumArithmetic.sum(terms);
    }

    private static Tensor bump(Tensor t, int index) {
        List<Num> e = new ArrayList<>(t.entries());
        e.set(index, NumArithmetic.add(e.get(index), Rational.ONE));
        return new Tensor(t.dims(), e);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> channels = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> filters = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> padding = Arbitraries.integers().between(0, 1);
        Arbitrary<Integer> stride = Arbitraries.integers().between(1, 2);
        Arbitrary<Boolean> bank = Arbitraries.of(true, false);
        return Combinators.combine(channels, filters, side, side, padding, stride, bank)
                .flatAs((c, f, h, w, p, s, many) -> Combinators.combine(
                        Arbitraries.integers().between(1, Math.min(3, h + 2 * p)),
                        Arbitraries.integers().between(1, Math.min(3, w + 2 * p)))
                        .flatAs((kh, kw) -> {
                            int count = many ? f : 1;
                            List<Integer> xDims = c == 1 && !many ? List.of(h, w) : List.of(c, h, w);
                            List<Integer> wDims = many ? List.of(count, c, kh, kw) : c == 1 ? List.of(kh, kw) : List.of(c, kh, kw);
                            int ho = (h + 2 * p - kh) / s + 1;
                            int wo = (w + 2 * p - kw) / s + 1;
                            List<Integer> kDims = many ? List.of(count, ho, wo) : List.of(ho, wo);
                            Arbitrary<Value> bias = many ? tensor(List.of(count)).map(t -> t)
                                    : tensor(List.of(1)).map(t -> new Scalar(t.entries().get(0)));
                            return Combinators.combine(tensor(xDims), tensor(wDims), bias, tensor(kDims))
                                    .as((x, wt, b, g) -> new Case(x, wt, b, g, new Convolution.Settings(s, p, false)));
                        }));
    }

    static Arbitrary<Tensor> tensor(List<Integer> dims) {
        int size = dims.stream().reduce(1, (a, b) -> a * b);
        return Arbitraries.integers().between(-3, 3).list().ofSize(size)
                .map(v -> new Tensor(dims, v.stream().<Num>map(Rational::of).toList()));
    }
}
