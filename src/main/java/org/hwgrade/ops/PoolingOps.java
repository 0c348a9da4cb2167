package org.hwgrade.ops;

import java.util.List;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;

/**
 * max_pool2d, avg_pool2d and their backward passes (see {@link Pooling}). {@code kernel},
 * {@code stride} and {@code padding} are one integer for both axes or [rows, columns]; the stride
 * defaults to the kernel, as in PyTorch.
 */
public final class PoolingOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("max_pool2d(x, kernel, stride?, padding=0)", "the maximum of each window, per channel",
                        args -> Datum.of(Pooling.maxPool2d(args.tensor("x"), window(args)))),
                Op.of("max_pool2d_backward(x, grad, kernel, stride?, padding=0)",
                        "dL/dx of max_pool2d: each window's grad goes to its first maximum",
                        args -> Datum.of(Pooling.maxPool2dBackward(args.tensor("x"), args.tensor("grad"), window(args)))),
                Op.of("avg_pool2d(x, kernel, stride?, padding=0)", "the mean of each window (padding counts as zeros)",
                        args -> Datum.of(Pooling.avgPool2d(args.tensor("x"), window(args)))),
                Op.of("avg_pool2d_backward(x, grad, kernel, stride?, padding=0)",
                        "dL/dx of avg_pool2d: each window's grad shared equally by its cells",
                        args -> Datum.of(Pooling.avgPool2dBackward(args.tensor("x"), args.tensor("grad"), window(args)))));
    }

    private static Pooling.Window window(Args args) {
        int[] kernel = args.integers("kernel", 2, 1);
        int[] stride = args.has("stride") ? args.integers("stride", 2, 1) : kernel;
        int[] padding = args.integers("padding", 2, 0);
        return new Pooling.Window(kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1]);
    }
}
