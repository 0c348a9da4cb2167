package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;

/** cross_entropy and mse with their gradients (see {@link Losses}). */
public final class LossOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("cross_entropy(logits, target)",
                        "−log softmax(logits) at the target class (0-based index or one-hot), the mean over a batch",
                        args -> Datum.of(Losses.crossEntropy(args.tensor("logits"), args.value("target")))),
                Op.of("cross_entropy_backward(logits, target)", "dL/dlogits of cross_entropy: (softmax(logits) − one-hot)/N",
                        args -> Datum.of(Losses.crossEntropyBackward(args.tensor("logits"), args.value("target")))),
                Op.of("mse(prediction, target)", "the mean of (prediction − target)² over all entries",
                        args -> Datum.of(Losses.mse(args.value("prediction"), args.value("target")))),
                Op.of("mse_backward(prediction, target)", "dL/dprediction of mse: 2(prediction − target)/n",
                        args -> Datum.of(Losses.mseBackward(args.value("prediction"), args.value("target")))));
    }
}
