package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/**
 * Element-wise activations on any shape, their derivatives, and their backward passes
 * dL/dx = dL/dy ⊙ f'(x). ReLU is exact; the others are exact only where the value is rational.
 */
public final class Activations {

    private Activations() {
    }

    /** max(0, x). */
    public static Tensor relu(Tensor x) {
        return map(x, v -> NumArithmetic.signum(v) > 0 ? v : Rational.ZERO);
    }

    /** ReLU'(x) = [x &gt; 0] (0 at x = 0, as PyTorch takes it). */
    public static Tensor reluDerivative(Tensor x) {
        return map(x, v -> NumArithmetic.signum(v) > 0 ? Rational.ONE : Rational.ZERO);
    }

    /** dL/dx = dL/dy ⊙ [x &gt; 0]. */
    public static Tensor reluBackward(Tensor x, Tensor upstream) {
        return times(upstream, reluDerivative(x), "ReLU");
    }

    static Tensor map(Tensor t, UnaryOperator<Num> f) {
        List<Num> out = new ArrayList<>(t.size());
        for (Num v : t.entries()) {
            out.add(f.apply(v));
        }
        return new Tensor(t.dims(), out);
    }

    /** upstream ⊙ derivative, after checking that the two have the op's input shape. */
    static Tensor times(Tensor upstream, Tensor derivative, String op) {
        if (!derivative.dims().equals(upstream.dims())) {
            throw new OpException("the " + op + " input is " + derivative.describe() + " but its upstream gradient is "
                    + upstream.describe() + "; they must have the same shape");
        }
        List<Num> out = new ArrayList<>(upstream.size());
        for (int i = 0; i < upstream.size(); i++) {
            out.add(NumArithmetic.multiply(upstream.entries().get(i), derivative.entries().get(i)));
        }
        return new Tensor(upstream.dims(), out);
    }
}
