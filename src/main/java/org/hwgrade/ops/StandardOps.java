package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.OpRegistry;

/**
 * The op registry rubrics use: every group of ops, listed here once. To add ops, write a class
 * implementing {@link org.hwgrade.formula.OpGroup} in this package, add one line below, and one row
 * per op to docs/ops.md (OpReferenceTest checks both ways).
 */
public final class StandardOps {

    public static final OpRegistry REGISTRY = OpRegistry.of(List.of(
            new ReductionOps(),
            new MathOps(),
            new ShapeOps(),
            new NetworkOps(),
            new OptimiserOps(),
            new ConvolutionOps(),
            new PoolingOps(),
            new ActivationOps(),
            new LossOps(),
            new NormalizationOps(),
            new AttentionOps()));

    private StandardOps() {
    }
}
