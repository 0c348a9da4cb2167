package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/** ReLU forward, y = max(0, k), and backward, dL/dk = dL/dy ⊙ mask, entrywise on any shape. */
public final class Relu {

    /** Which entries of dL/dy pass back to dL/dk. */
    public enum Mask {
        /** ReLU'(k) = [k &gt; 0]: the right rule. */
        K_POSITIVE,
        /** [y &gt;= 0] with y = ReLU(k): a mistake, and a mask of all ones since y is never negative. */
        Y_NONNEGATIVE,
        /** No mask at all: dL/dk = dL/dy (a mistake). */
        NONE
    }

    private Relu() {
    }

    public static Tensor forward(Tensor k) {
        List<Num> out = new ArrayList<>(k.size());
        for (Num v : k.entries()) {
            out.add(NumArithmetic.signum(v) > 0 ? v : Rational.ZERO);
        }
        return new Tensor(k.dims(), out);
    }

    /** @throws OpException when k and dL/dy differ in shape */
    public static Tensor backward(Tensor k, Tensor upstream, Mask mask) {
        if (!k.dims().equals(upstream.dims())) {
            throw new OpException("the ReLU input is " + k.describe() + " but its upstream gradient is "
                    + upstream.describe() + "; they must have the same shape");
        }
        List<Num> gate = switch (mask) {
            case K_POSITIVE -> k.entries();
            case Y_NONNEGATIVE -> forward(k).entries();
            case NONE -> null;
        };
        List<Num> out = new ArrayList<>(k.size());
        for (int i = 0; i < k.size(); i++) {
            boolean pass = switch (mask) {
                case K_POSITIVE -> NumArithmetic.signum(gate.get(i)) > 0;
                case Y_NONNEGATIVE -> NumArithmetic.signum(gate.get(i)) >= 0;
                case NONE -> true;
            };
            out.add(pass ? upstream.entries().get(i) : Rational.ZERO);
        }
        return new Tensor(k.dims(), out);
    }
}
