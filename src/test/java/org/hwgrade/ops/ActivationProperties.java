package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Every activation and loss backward pass equals the finite difference of the linear loss
 * L = Σ G ⊙ f(x): exactly for the rational ones (ReLU away from its kink, mse, whose central
 * difference is exact because it is quadratic), and within 1e-6 by central differences for the
 * irrational ones.
 */
class ActivationProperties {

    private static final double H = 1e-6;

    /** Scores x and an upstream gradient G of x's shape, an N×K matrix. */
    record Case(Tensor x, Tensor g) {
    }

    @Property(tries = 60)
    void reluBackwardIsTheExactFiniteDifferenceAwayFromZero(@ForAll("nonZero") Case c) {
        Tensor grad = Activations.reluBackward(c.x(), c.g());
        Num base = Tensors.dot(c.g(), Activations.relu(c.x()));
        Rational step = Rational.of(1, 2);
        for (int i = 0; i < c.x().size(); i++) {
            Num moved = Tensors.dot(c.g(), Activations.relu(Tensors.bump(c.x(), i, step)));
            assertEquals(NumArithmetic.divide(NumArithmetic.subtract(moved, base), step), grad.entries().get(i));
        }
    }

    @Property(tries = 60)
    void sigmoidBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        assertCentralDifferences(c, Activations::sigmoid, Activations::sigmoidBackward);
    }

    @Property(tries = 60)
    void tanhBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        assertCentralDifferences(c, Activations::tanh, Activations::tanhBackward);
    }

    @Property(tries = 60)
    void softmaxBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        assertCentralDifferences(c, x -> Activations.softmax(x, -1), (x, g) -> Activations.softmaxBackward(x, g, -1));
    }

    @Property(tries = 60)
    void logSoftmaxBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        assertCentralDifferences(c, x -> Activations.logSoftmax(x, -1), (x, g) -> Activations.logSoftmaxBackward(x, g, -1));
    }

    /** The Jacobian's rows are the backward pass of the unit vectors. */
    @Property(tries = 60)
    void softmaxJacobianRowsAreBackwardPassesOfUnitVectors(@ForAll("cases") Case c) {
        Tensor row = new Tensor(List.of(c.x().cols()), c.x().entries().subList(0, c.x().cols()));
        Tensor jacobian = Activations.softmaxJacobian(row);
        int n = row.size();
        for (int i = 0; i < n; i++) {
            Tensor unit = (Tensor) org.hwgrade.formula.Elementwise.map(row, v -> Rational.ZERO);
            unit = Tensors.bump(unit, i, Rational.ONE);
            Tensor back = (Tensor) Activations.softmaxBackward(row, unit, -1);
            for (int j = 0; j < n; j++) {
                // The Jacobian is symmetric, so row i is also column i: ∂s_i/∂x_j = (Jᵀ e_i)_j.
                assertClose(back.entries().get(j).toDouble(), jacobian.entries().get(i * n + j).toDouble(), "J " + i + "," + j);
            }
        }
    }

    @Property(tries = 60)
    void crossEntropyBackwardIsTheFiniteDifference(@ForAll("cases") Case c) {
        // The target: class (row mod K) for each row, as indices.
        int k = c.x().cols();
        Num[] classes = new Num[c.x().rows()];
        for (int r = 0; r < classes.length; r++) {
            classes[r] = Rational.of(r % k);
        }
        Tensor target = new Tensor(List.of(classes.length), List.of(classes));
        Tensor grad = Losses.crossEntropyBackward(c.x(), target);
        for (int i = 0; i < c.x().size(); i++) {
            double up = Losses.crossEntropy(Tensors.bump(c.x(), i, new Real(H)), target).num().toDouble();
            double down = Losses.crossEntropy(Tensors.bump(c.x(), i, new Real(-H)), target).num().toDouble();
            assertClose((up - down) / (2 * H), grad.entries().get(i).toDouble(), "entry " + i);
        }
    }

    @Property(tries = 60)
    void mseBackwardIsTheExactCentralDifference(@ForAll("cases") Case c) {
        Value grad = Losses.mseBackward(c.x(), c.g());
        for (int i = 0; i < c.x().size(); i++) {
            Num up = Losses.mse(Tensors.bump(c.x(), i, Rational.ONE), c.g()).num();
            Num down = Losses.mse(Tensors.bump(c.x(), i, Rational.of(-1)), c.g()).num();
            assertEquals(NumArithmetic.divide(NumArithmetic.subtract(up, down), Rational.of(2)),
                    ((Tensor) grad).entries().get(i));
        }
    }

    private static void assertCentralDifferences(Case c, UnaryOperator<Value> f, BinaryOperator<Value> backward) {
        Tensor grad = (Tensor) backward.apply(c.x(), c.g());
        for (int i = 0; i < c.x().size(); i++) {
            double up = Tensors.dot(c.g(), (Tensor) f.apply(Tensors.bump(c.x(), i, new Real(H)))).toDouble();
            double down = Tensors.dot(c.g(), (Tensor) f.apply(Tensors.bump(c.x(), i, new Real(-H)))).toDouble();
            assertClose((up - down) / (2 * H), grad.entries().get(i).toDouble(), "entry " + i);
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-6 * (1 + Math.abs(expected)), what + ": " + actual + " vs " + expected);
    }

    @Provide
    Arbitrary<Case> cases() {
        return cases(Arbitraries.integers().between(-4, 4));
    }

    @Provide
    Arbitrary<Case> nonZero() {
        return cases(Arbitraries.integers().between(-4, 4).filter(v -> v != 0));
    }

    private static Arbitrary<Case> cases(Arbitrary<Integer> entries) {
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4))
                .flatAs((n, k) -> Combinators.combine(entries.list().ofSize(n * k), Tensors.integers(List.of(n, k), 3))
                        .as((x, g) -> new Case(new Tensor(List.of(n, k), x.stream().<Num>map(v -> Rational.of(v, 2)).toList()),
                                g)));
    }
}
