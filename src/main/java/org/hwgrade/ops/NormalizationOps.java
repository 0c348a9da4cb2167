package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;

/**
 * batch_norm (training mode) with its batch statistics, and layer_norm (see {@link Normalization}).
 * eps defaults to PyTorch's 1e-5; a homework that says ε = 0 writes eps=0.
 */
public final class NormalizationOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("batch_norm(x, gamma=1, beta=0, eps=1e-5, correction=0)",
                        "γ(x − μ)/√(σ² + eps) + β per feature (column) of a batch N×C, biased σ² unless correction=1",
                        args -> Datum.of(Normalization.batchNorm(args.tensor("x"), args.value("gamma"), args.value("beta"),
                                args.number("eps"), args.nonNegativeInt("correction")))),
                Op.of("batch_norm_mean(x)", "the batch mean μ of each feature (column) of N×C",
                        args -> Datum.of(Normalization.batchMean(args.tensor("x")))),
                Op.of("batch_norm_var(x, correction=0)", "the batch variance Σ(x − μ)²/(N − correction) of each feature",
                        args -> Datum.of(Normalization.batchVariance(args.tensor("x"), args.nonNegativeInt("correction")))),
                Op.of("layer_norm(x, gamma=1, beta=0, eps=1e-5)",
                        "γ(x − μ)/√(σ² + eps) + β with μ, σ² of each row (the last axis)",
                        args -> Datum.of(Normalization.layerNorm(args.tensor("x"), args.value("gamma"), args.value("beta"),
                                args.number("eps")))));
    }
}
