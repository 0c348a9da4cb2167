package org.hwgrade.ops;

import java.util.List;
import java.util.Optional;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Value;

/** conv2d, its three gradients, conv_transpose2d and rot180 (see {@link Convolution}). */
public final class ConvolutionOps implements OpGroup {

    private static final String GEOMETRY = "stride=1, padding=0, dilation=1, groups=1";

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("conv2d(x, W, bias?, " + GEOMETRY + ")",
                        "cross-correlation of x (H×W or C×H×W) with W (h×w, C×h×w or F×C/groups×h×w), plus a bias per filter",
                        args -> Datum.of(Convolution.conv2d(args.tensor("x"), args.tensor("W"), bias(args), geometry(args)))),
                Op.of("conv2d_input_grad(x, W, grad, " + GEOMETRY + ")",
                        "dL/dx of k = conv2d(x, W), given grad = dL/dk",
                        args -> Datum.of(Convolution.inputGradient(args.tensor("W"), args.tensor("grad"),
                                args.tensor("x").dims(), geometry(args)))),
                Op.of("conv2d_weight_grad(x, W, grad, " + GEOMETRY + ")",
                        "dL/dW of k = conv2d(x, W), given grad = dL/dk",
                        args -> Datum.of(Convolution.weightGradient(args.tensor("x"), args.tensor("grad"),
                                args.tensor("W").dims(), geometry(args)))),
                Op.of("conv2d_bias_grad(grad)",
                        "dL/db of conv2d: the sum of grad = dL/dk over each filter's positions (a number for a matrix)",
                        args -> Datum.of(Convolution.biasGradient(args.tensor("grad")))),
                Op.of("conv_transpose2d(x, W, bias?, stride=1, padding=0, output_padding=0, dilation=1, groups=1)",
                        "the transposed convolution (PyTorch's), W in_channels×out_channels/groups×h×w; conv2d's adjoint",
                        args -> Datum.of(Convolution.convTranspose2d(args.tensor("x"), args.tensor("W"), bias(args),
                                geometry(args), args.integers("output_padding", 2, 0)))),
                Op.of("rot180(x)", "x turned half a turn in its last two axes (a filter flipped for true convolution)",
                        args -> Datum.of(Convolution.rot180(args.tensor("x")))));
    }

    private static Optional<Value> bias(Args args) {
        return args.has("bias") ? Optional.of(args.value("bias")) : Optional.empty();
    }

    private static Convolution.Geometry geometry(Args args) {
        return new Convolution.Geometry(args.positiveInt("stride"), args.nonNegativeInt("padding"),
                args.positiveInt("dilation"), args.positiveInt("groups"));
    }
}
