package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Batch norm in training mode and layer norm: y = γ (x − μ)/√(σ² + ε) + β with the statistics of
 * the batch (per feature) or of the example (per row). The variance is the biased one, Σ(x − μ)²/m,
 * as both use it to normalise; {@code correction} = 1 gives the unbiased Σ(x − μ)²/(m − 1) (a
 * common mistake, or the running estimate). Exact whenever σ² + ε is the square of a rational.
 */
public final class Normalization {

    private Normalization() {
    }

    /**
     * x is N×C (a batch of N examples of C features), or N×C×… (BatchNorm2d: statistics per channel over
     * the batch and the positions).
     *
     * @param gamma a number or one entry per feature
     * @param beta  a number or one entry per feature
     */
    public static Tensor batchNorm(Tensor x, Value gamma, Value beta, Num eps, int correction) {
        Groups g = Groups.batch(x);
        return g.normalise(x, g.means(x), g.variances(x, correction), perFeature(gamma, g.count, "gamma"),
                perFeature(beta, g.count, "beta"), eps);
    }

    /** The batch mean μ_c of each feature (channel). */
    public static Tensor batchMean(Tensor x) {
        Groups g = Groups.batch(x);
        return new Tensor(List.of(g.count), Arrays.asList(g.means(x)));
    }

    /** The batch variance of each feature: Σ(x − μ)²/(m − correction). */
    public static Tensor batchVariance(Tensor x, int correction) {
        Groups g = Groups.batch(x);
        return new Tensor(List.of(g.count), Arrays.asList(g.variances(x, correction)));
    }

    /** Normalises each lane along the last axis (each row of a matrix), then γ and β per entry of the lane. */
    public static Tensor layerNorm(Tensor x, Value gamma, Value beta, Num eps) {
        int d = x.dims().get(x.rank() - 1);
        Num[] gammas = perFeature(gamma, d, "gamma");
        Num[] betas = perFeature(beta, d, "beta");
        Groups g = Groups.rows(x);
        Tensor normal = g.normalise(x, g.means(x), g.variances(x, 0), ones(g.count), zeros(g.count), eps);
        List<Num> out = new ArrayList<>(x.size());
        for (int i = 0; i < x.size(); i++) {
            out.add(NumArithmetic.add(NumArithmetic.multiply(gammas[i % d], normal.entries().get(i)), betas[i % d]));
        }
        return new Tensor(x.dims(), out);
    }

    private static Num[] perFeature(Value v, int count, String name) {
        Num[] out = new Num[count];
        if (v instanceof Scalar s) {
            Arrays.fill(out, s.num());
            return out;
        }
        if (v instanceof Tensor t && t.rank() == 1 && t.size() == count) {
            return t.entries().toArray(out);
        }
        throw new OpException(name + " must be a number or " + count + " numbers, one per feature, got " + v.describe(),
                "give " + name + " as one number or a list of " + count);
    }

    private static Num[] ones(int n) {
        Num[] out = new Num[n];
        Arrays.fill(out, Rational.ONE);
        return out;
    }

    private static Num[] zeros(int n) {
        Num[] out = new Num[n];
        Arrays.fill(out, Rational.ZERO);
        return out;
    }

    /**
     * Which statistics group each entry of x belongs to: entry i is in group (i / inner) % count, and
     * each group holds size entries.
     */
    private record Groups(int count, int inner, int size) {
        static Groups batch(Tensor x) {
            if (x.rank() < 2) {
                throw new OpException("batch_norm needs a batch: an N×C matrix (or N×C×H×W), got " + x.describe(),
                        "write one example per row");
            }
            int c = x.dims().get(1);
            return new Groups(c, x.size() / (x.dims().get(0) * c), x.size() / c);
        }

        static Groups rows(Tensor x) {
            int d = x.dims().get(x.rank() - 1);
            // Row r holds entries r·d … r·d + d − 1: group r.
            return new Groups(x.size() / d, d, d);
        }

        int of(int index) {
            return (index / inner) % count;
        }

        Num[] means(Tensor x) {
            Num[] sums = zeros(count);
            for (int i = 0; i < x.size(); i++) {
                sums[of(i)] = NumArithmetic.add(sums[of(i)], x.entries().get(i));
            }
            Rational m = Rational.of(size);
            for (int c = 0; c < count; c++) {
                sums[c] = NumArithmetic.divide(sums[c], m);
            }
            return sums;
        }

        Num[] variances(Tensor x, int correction) {
            if (correction < 0 || correction >= size) {
                throw new OpException("correction " + correction + " leaves no degrees of freedom for " + size
                        + " values", "use correction 0 (biased, as batch norm normalises) or 1 (unbiased)");
            }
            Num[] mean = means(x);
            Num[] squares = zeros(count);
            for (int i = 0; i < x.size(); i++) {
                Num d = NumArithmetic.subtract(x.entries().get(i), mean[of(i)]);
                squares[of(i)] = NumArithmetic.add(squares[of(i)], NumArithmetic.multiply(d, d));
            }
            Rational m = Rational.of(size - correction);
            for (int c = 0; c < count; c++) {
                squares[c] = NumArithmetic.divide(squares[c], m);
            }
            return squares;
        }

        Tensor normalise(Tensor x, Num[] mean, Num[] variance, Num[] gamma, Num[] beta, Num eps) {
            Num[] scale = new Num[count];
            for (int c = 0; c < count; c++) {
                Num spread = NumArithmetic.add(variance[c], eps);
                if (NumArithmetic.signum(spread) <= 0) {
                    throw new OpException("the variance of group " + c + " plus eps is " + spread
                            + ", and cannot be divided by", "give a positive eps, such as 1e-5");
                }
                scale[c] = NumArithmetic.divide(gamma[c], NumArithmetic.sqrt(spread));
            }
            List<Num> out = new ArrayList<>(x.size());
            for (int i = 0; i < x.size(); i++) {
                int c = of(i);
                Num centred = NumArithmetic.subtract(x.entries().get(i), mean[c]);
                out.add(NumArithmetic.add(NumArithmetic.multiply(scale[c], centred), beta[c]));
            }
            return new Tensor(x.dims(), out);
        }
    }
}
