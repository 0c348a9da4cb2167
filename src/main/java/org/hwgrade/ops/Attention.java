package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.Matrices;
import org.hwgrade.formula.NumArithmetic;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.Transpose;
import org.hwgrade.formula.Work;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Tensor;

/**
 * Scaled dot-product attention, softmax(Q Kᵀ · scale) V with scale = 1/√d (d the columns of K) unless
 * given, and its intermediate scores and weights. Q is n×d, K is m×d, V is m×d_v. A mask (n×m) keeps
 * the entries where it is 1 and removes those where it is 0 from each row's softmax (their weight
 * is 0), as a boolean attention mask does in PyTorch.
 */
public final class Attention {

    private Attention() {
    }

    /** Q Kᵀ · scale. */
    public static Tensor scores(Tensor q, Tensor k, Optional<Num> scale) {
        requireMatrix(q, "Q");
        requireMatrix(k, "K");
        if (q.cols() != k.cols()) {
            throw new OpException("Q has " + q.cols() + " columns but K has " + k.cols() + "; queries and keys need the "
                    + "same dimension d", "give Q as n×d and K as m×d");
        }
        Work.require("attention", q.rows(), k.rows(), q.cols());
        Num s = scale.orElseGet(() -> NumArithmetic.divide(Rational.ONE, NumArithmetic.sqrt(Rational.of(k.cols()))));
        Tensor qk = Matrices.multiply(q, Transpose.of(k));
        List<Num> out = new ArrayList<>(qk.size());
        for (Num v : qk.entries()) {
            out.add(NumArithmetic.multiply(v, s));
        }
        return new Tensor(qk.dims(), out);
    }

    /** Each row of the scores through a softmax over the keys its mask keeps. */
    public static Tensor weights(Tensor q, Tensor k, Optional<Tensor> mask, Optional<Num> scale) {
        Tensor scores = scores(q, k, scale);
        int n = scores.rows();
        int m = scores.cols();
        if (mask.isPresent() && !mask.get().dims().equals(scores.dims())) {
            throw new OpException("the mask is " + mask.get().describe() + " but the scores are " + scores.describe(),
                    "give the mask one 0 or 1 per query (row) and key (column)");
        }
        List<Num> out = new ArrayList<>(scores.size());
        for (int i = 0; i < n; i++) {
            List<Num> kept = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (mask.isEmpty() || NumArithmetic.signum(mask.get().get(i, j)) != 0) {
                    kept.add(scores.get(i, j));
                    at.add(j);
                }
            }
            if (kept.isEmpty()) {
                throw new OpException("the mask removes every key of query " + i, "keep at least one 1 in each row of the mask");
            }
            List<Num> s = Activations.softmax(kept);
            for (int j = 0; j < m; j++) {
                int pos = at.indexOf(j);
                out.add(pos < 0 ? Rational.ZERO : s.get(pos));
            }
        }
        return new Tensor(List.of(n, m), out);
    }

    /** weights · V. */
    public static Tensor attention(Tensor q, Tensor k, Tensor v, Optional<Tensor> mask, Optional<Num> scale) {
        requireMatrix(v, "V");
        if (v.rows() != k.rows()) {
            throw new OpException("V has " + v.rows() + " rows but K has " + k.rows() + "; each key needs its value",
                    "give K and V one row per key");
        }
        return Matrices.multiply(weights(q, k, mask, scale), v);
    }

    /**
     * A dense layer as PyTorch's {@code linear}: y = W x + b for a vector x, Y = X Wᵀ + b (b added to
     * every row) for a batch X of one example per row. W is out×in.
     *
     * @param bias empty, or one entry per output
     */
    public static Tensor linear(Tensor x, Tensor w, Optional<Tensor> bias) {
        requireMatrix(w, "W");
        Tensor y = x.rank() == 1 ? Matrices.multiply(w, x) : Matrices.multiply(x, Transpose.of(w));
        if (bias.isEmpty()) {
            return y;
        }
        Tensor b = bias.get();
        if (b.rank() != 1 || b.size() != w.rows()) {
            throw new OpException("the bias is " + b.describe() + " but W has " + w.rows() + " outputs",
                    "give b one entry per row of W");
        }
        List<Num> out = new ArrayList<>(y.size());
        for (int i = 0; i < y.size(); i++) {
            out.add(NumArithmetic.add(y.entries().get(i), b.entries().get(i % b.size())));
        }
        return new Tensor(y.dims(), out);
    }

    private static void requireMatrix(Tensor t, String name) {
        if (t.rank() != 2) {
            throw new OpException(name + " must be a matrix, got " + t.describe(), "give " + name + " as a list of rows");
        }
    }
}
