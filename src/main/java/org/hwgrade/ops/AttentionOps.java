package org.hwgrade.ops;

import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Num;
import org.hwgrade.model.Tensor;

/** Scaled dot-product attention with its scores and weights, and the dense layer linear (see {@link Attention}). */
public final class AttentionOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("attention(Q, K, V, mask?, scale?)", "softmax(Q Kᵀ · scale) V, scale = 1/√d unless given; mask 0 hides a key",
                        args -> Datum.of(Attention.attention(args.tensor("Q"), args.tensor("K"), args.tensor("V"),
                                mask(args), scale(args)))),
                Op.of("attention_scores(Q, K, scale?)", "Q Kᵀ · scale, scale = 1/√d unless given",
                        args -> Datum.of(Attention.scores(args.tensor("Q"), args.tensor("K"), scale(args)))),
                Op.of("attention_weights(Q, K, mask?, scale?)", "the row softmax of the scores over the keys the mask keeps",
                        args -> Datum.of(Attention.weights(args.tensor("Q"), args.tensor("K"), mask(args), scale(args)))),
                Op.of("linear(x, W, bias?)", "W x + b for a vector, X Wᵀ + b for one example per row (W is out×in)",
                        args -> Datum.of(Attention.linear(args.tensor("x"), args.tensor("W"),
                                args.has("bias") ? Optional.of(args.tensor("bias")) : Optional.empty()))));
    }

    private static Optional<Tensor> mask(Args args) {
        return args.has("mask") ? Optional.of(args.tensor("mask")) : Optional.empty();
    }

    private static Optional<Num> scale(Args args) {
        return args.has("scale") ? Optional.of(args.number("scale")) : Optional.empty();
    }
}
