package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Real;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Activations, their derivatives and their backward passes (dL/dx from x and the upstream dL/dy),
 * on a number or a tensor of any shape. ReLU is exact; sigmoid, tanh and softmax are exact only
 * where their value is rational (σ(0) = 1/2, tanh(0) = 0, the softmax of equal scores).
 */
public final class Activations {

    private static final Rational HALF = Rational.of(1, 2);

    private Activations() {
    }

    /** max(0, x). */
    public static Value relu(Value x) {
        return Elementwise.map(x, v -> NumArithmetic.signum(v) > 0 ? v : Rational.ZERO);
    }

    public static Tensor relu(Tensor x) {
        return (Tensor) relu((Value) x);
    }

    /** ReLU'(x) = [x &gt; 0] (0 at x = 0, as PyTorch takes it). */
    public static Value reluDerivative(Value x) {
        return Elementwise.map(x, v -> NumArithmetic.signum(v) > 0 ? Rational.ONE : Rational.ZERO);
    }

    /** dL/dx = dL/dy ⊙ [x &gt; 0]. */
    public static Value reluBackward(Value x, Value upstream) {
        return backward(x, upstream, reluDerivative(x), "ReLU");
    }

    public static Tensor reluBackward(Tensor x, Tensor upstream) {
        return (Tensor) reluBackward((Value) x, upstream);
    }

    /** σ(x) = 1/(1 + e^(−x)), computed without overflow on either side. */
    public static Value sigmoid(Value x) {
        return Elementwise.map(x, Activations::sigmoid);
    }

    /** σ'(x) = σ(x)(1 − σ(x)). */
    public static Value sigmoidDerivative(Value x) {
        return Elementwise.map(x, v -> {
            Num s = sigmoid(v);
            return NumArithmetic.multiply(s, NumArithmetic.subtract(Rational.ONE, s));
        });
    }

    public static Value sigmoidBackward(Value x, Value upstream) {
        return backward(x, upstream, sigmoidDerivative(x), "sigmoid");
    }

    public static Value tanh(Value x) {
        return Elementwise.map(x, Activations::tanh);
    }

    /** tanh'(x) = 1 − tanh²(x). */
    public static Value tanhDerivative(Value x) {
        return Elementwise.map(x, v -> {
            Num t = tanh(v);
            return NumArithmetic.subtract(Rational.ONE, NumArithmetic.multiply(t, t));
        });
    }

    public static Value tanhBackward(Value x, Value upstream) {
        return backward(x, upstream, tanhDerivative(x), "tanh");
    }

    /** s_i = e^(x_i − m) / Σ_j e^(x_j − m) along the axis, m the lane's maximum (so exp never overflows). */
    public static Value softmax(Value x, int axis) {
        return Lanes.map(x, x, axis, (lane, unused) -> softmax(lane));
    }

    /** log s_i = x_i − m − log Σ_j e^(x_j − m). */
    public static Value logSoftmax(Value x, int axis) {
        return Lanes.map(x, x, axis, (lane, unused) -> {
            Num m = max(lane);
            Num logSum = NumArithmetic.log(sumExp(lane, m));
            List<Num> out = new ArrayList<>(lane.size());
            for (Num v : lane) {
                out.add(NumArithmetic.subtract(NumArithmetic.subtract(v, m), logSum));
            }
            return out;
        });
    }

    /** dL/dx_i = s_i (g_i − Σ_j g_j s_j): the softmax Jacobian applied to the upstream g. */
    public static Value softmaxBackward(Value x, Value upstream, int axis) {
        requireSameShape(x, upstream, "softmax");
        return Lanes.map(x, upstream, axis, (lane, g) -> {
            List<Num> s = softmax(lane);
            Num gs = dot(g, s);
            List<Num> out = new ArrayList<>(lane.size());
            for (int i = 0; i < lane.size(); i++) {
                out.add(NumArithmetic.multiply(s.get(i), NumArithmetic.subtract(g.get(i), gs)));
            }
            return out;
        });
    }

    /** dL/dx_i = g_i − s_i Σ_j g_j. */
    public static Value logSoftmaxBackward(Value x, Value upstream, int axis) {
        requireSameShape(x, upstream, "log_softmax");
        return Lanes.map(x, upstream, axis, (lane, g) -> {
            List<Num> s = softmax(lane);
            Num total = NumArithmetic.sum(g);
            List<Num> out = new ArrayList<>(lane.size());
            for (int i = 0; i < lane.size(); i++) {
                out.add(NumArithmetic.subtract(g.get(i), NumArithmetic.multiply(s.get(i), total)));
            }
            return out;
        });
    }

    /** ∂s_i/∂x_j = s_i (δ_ij − s_j), i.e. diag(s) − s sᵀ, for a vector of scores. */
    public static Tensor softmaxJacobian(Tensor x) {
        if (x.rank() != 1) {
            throw new OpException("the softmax Jacobian needs a vector of scores, got " + x.describe(),
                    "apply it to one row, such as x[0]");
        }
        Work.require("the softmax Jacobian", x.size(), x.size());
        List<Num> s = softmax(x.entries());
        int n = s.size();
        List<Num> out = new ArrayList<>(n * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Num delta = i == j ? Rational.ONE : Rational.ZERO;
                out.add(NumArithmetic.multiply(s.get(i), NumArithmetic.subtract(delta, s.get(j))));
            }
        }
        return new Tensor(List.of(n, n), out);
    }

    static List<Num> softmax(List<Num> lane) {
        Num m = max(lane);
        Num total = sumExp(lane, m);
        List<Num> out = new ArrayList<>(lane.size());
        for (Num v : lane) {
            out.add(NumArithmetic.divide(NumArithmetic.exp(NumArithmetic.subtract(v, m)), total));
        }
        return out;
    }

    private static Num max(List<Num> lane) {
        Num m = lane.get(0);
        for (Num v : lane) {
            if (NumArithmetic.compare(v, m) > 0) {
                m = v;
            }
        }
        return m;
    }

    private static Num sumExp(List<Num> lane, Num m) {
        Num total = Rational.ZERO;
        for (Num v : lane) {
            total = NumArithmetic.add(total, NumArithmetic.exp(NumArithmetic.subtract(v, m)));
        }
        return total;
    }

    static Num dot(List<Num> a, List<Num> b) {
        Num total = Rational.ZERO;
        for (int i = 0; i < a.size(); i++) {
            total = NumArithmetic.add(total, NumArithmetic.multiply(a.get(i), b.get(i)));
        }
        return total;
    }

    private static Num sigmoid(Num v) {
        if (NumArithmetic.signum(v) == 0 && v instanceof Rational) {
            return HALF;
        }
        // e^(−|v|) never overflows: σ(v) = 1/(1 + e^(−v)) for v ≥ 0, e^v/(1 + e^v) for v < 0.
        if (NumArithmetic.signum(v) >= 0) {
            return NumArithmetic.divide(Rational.ONE, NumArithmetic.add(Rational.ONE, NumArithmetic.exp(NumArithmetic.negate(v))));
        }
        Num e = NumArithmetic.exp(v);
        return NumArithmetic.divide(e, NumArithmetic.add(Rational.ONE, e));
    }

    private static Num tanh(Num v) {
        if (NumArithmetic.signum(v) == 0 && v instanceof Rational) {
            return Rational.ZERO;
        }
        return new Real(Math.tanh(v.toDouble()));
    }

    /** upstream ⊙ derivative, after checking that upstream has the op's input shape. */
    private static Value backward(Value x, Value upstream, Value derivative, String op) {
        requireSameShape(x, upstream, op);
        return Elementwise.combine(upstream, derivative, NumArithmetic::multiply, "*");
    }

    static void requireSameShape(Value x, Value upstream, String op) {
        if (!Elementwise.dims(x).equals(Elementwise.dims(upstream))) {
            throw new OpException("the " + op + " input is " + x.describe() + " but its upstream gradient is "
                    + upstream.describe() + "; they must have the same shape");
        }
    }
}
