package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;

/**
 * Losses and their gradients, as PyTorch defines them with its default mean reduction.
 *
 * <p>Cross-entropy takes raw scores (logits): a vector of K, or a matrix of N rows for a batch. The
 * target is a class index (0-based, as {@code one_hot} and PyTorch count) or a distribution over the
 * classes (a one-hot vector): a number or a K-vector for one example, N indices or an N×K matrix
 * for a batch.
 */
public final class Losses {

    private Losses() {
    }

    /** L = −(1/N) Σ_n Σ_k t_nk log softmax(z_n)_k. */
    public static Scalar crossEntropy(Tensor logits, Value target) {
        Tensor t = distribution(logits, target);
        Tensor logS = (Tensor) Activations.logSoftmax(logits, -1);
        Num total = Rational.ZERO;
        for (int i = 0; i < logits.size(); i++) {
            if (NumArithmetic.signum(t.entries().get(i)) != 0) {
                total = NumArithmetic.subtract(total, NumArithmetic.multiply(t.entries().get(i), logS.entries().get(i)));
            }
        }
        return new Scalar(NumArithmetic.divide(total, Rational.of(batch(logits))));
    }

    /** dL/dz = (softmax(z) − t)/N: the scores' gradient, the one-hot subtracted. */
    public static Tensor crossEntropyBackward(Tensor logits, Value target) {
        Tensor t = distribution(logits, target);
        Tensor s = (Tensor) Activations.softmax(logits, -1);
        Rational n = Rational.of(batch(logits));
        List<Num> out = new ArrayList<>(logits.size());
        for (int i = 0; i < logits.size(); i++) {
            out.add(NumArithmetic.divide(NumArithmetic.subtract(s.entries().get(i), t.entries().get(i)), n));
        }
        return new Tensor(logits.dims(), out);
    }

    /** L = (1/n) Σ (p − t)² over all n entries. */
    public static Scalar mse(Value prediction, Value target) {
        List<Num> d = differences(prediction, target);
        Num total = Rational.ZERO;
        for (Num v : d) {
            total = NumArithmetic.add(total, NumArithmetic.multiply(v, v));
        }
        return new Scalar(NumArithmetic.divide(total, Rational.of(d.size())));
    }

    /** dL/dp = 2(p − t)/n. */
    public static Value mseBackward(Value prediction, Value target) {
        List<Num> d = differences(prediction, target);
        Rational scale = Rational.of(2, d.size());
        return Elementwise.build(Elementwise.dims(prediction), d.stream().map(v -> NumArithmetic.multiply(v, scale)).toList());
    }

    private static List<Num> differences(Value prediction, Value target) {
        if (!Elementwise.dims(prediction).equals(Elementwise.dims(target))) {
            throw new OpException("the prediction is " + prediction.describe() + " but the target is " + target.describe()
                    + "; they must have the same shape");
        }
        List<Num> p = Elementwise.entries(prediction);
        List<Num> t = Elementwise.entries(target);
        List<Num> out = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            out.add(NumArithmetic.subtract(p.get(i), t.get(i)));
        }
        return out;
    }

    private static int batch(Tensor logits) {
        return logits.rank() == 1 ? 1 : logits.dims().get(0);
    }

    /** The target as one distribution per row of the logits. */
    private static Tensor distribution(Tensor logits, Value target) {
        if (logits.rank() > 2) {
            throw new OpException("cross_entropy needs a vector of scores or an N×K matrix, got " + logits.describe(),
                    "reshape the scores to one row per example");
        }
        int k = logits.dims().get(logits.rank() - 1);
        List<Integer> targetDims = Elementwise.dims(target);
        if (targetDims.equals(logits.dims())) {
            return new Tensor(logits.dims(), Elementwise.entries(target));
        }
        List<Integer> indexDims = logits.rank() == 1 ? List.of() : List.of(logits.dims().get(0));
        if (!targetDims.equals(indexDims)) {
            throw new OpException("the target is " + target.describe() + "; for " + logits.describe() + " of scores give "
                    + (logits.rank() == 1 ? "a class index or " : logits.dims().get(0) + " class indices or ")
                    + "a one-hot " + (logits.rank() == 1 ? "vector of " + k : Dims.text(logits.dims())),
                    "classes count from 0, as in one_hot(0, " + k + ")");
        }
        List<Num> out = new ArrayList<>(logits.size());
        for (Num index : Elementwise.entries(target)) {
            if (!index.isInteger() || ((Rational) index).signum() < 0 || ((Rational) index).numerator().bitLength() > 31
                    || ((Rational) index).numerator().intValue() >= k) {
                throw new OpException("class " + index + " is not one of the " + k + " classes 0 to " + (k - 1),
                        "classes count from 0: the first class is 0");
            }
            int c = ((Rational) index).numerator().intValue();
            for (int j = 0; j < k; j++) {
                out.add(j == c ? Rational.ONE : Rational.ZERO);
            }
        }
        return new Tensor(logits.dims(), out);
    }
}
