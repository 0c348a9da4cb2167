package org.hwgrade.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.formula.OpException;
import org.hwgrade.model.Given;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.Activations;
import org.hwgrade.ops.Convolution;
import org.hwgrade.ops.Dims;

/**
 * {@code conv-relu}: k = CONV(W, x) (+ b), y = ReLU(k), and backprop from a given dL/dy to dL/dk,
 * dL/dW, dL/dx and dL/db. Givens: {@code x}, {@code W}, {@code dL_dy}, optional {@code b},
 * {@code stride} (default 1) and {@code padding} (default 0). See {@link Convolution} for layouts.
 */
public final class ConvReluFamily implements ProblemFamily {

    public static final String NAME = "conv-relu";

    /** True convolution: kernels rotated 180° in the forward pass and in the weight gradient. */
    public static final String FLIPPED_KERNEL = "flipped_kernel";
    /** dL/dk = dL/dy: the ReLU derivative left out. */
    public static final String NO_RELU_MASK = "no_relu_mask";
    /** Mask [y &gt;= 0] instead of [k &gt; 0], which keeps every entry. */
    public static final String MASK_FROM_Y = "mask_from_y";
    /** The bias left out of k. */
    public static final String NO_BIAS = "no_bias";
    /** The padding left out. */
    public static final String NO_PADDING = "no_padding";

    private static final List<String> GIVENS = List.of("x", "W", "dL_dy", "b", "stride", "padding");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> flags() {
        return Set.of(FLIPPED_KERNEL, NO_RELU_MASK, MASK_FROM_Y, NO_BIAS, NO_PADDING);
    }

    @Override
    public QuantityGraph build(Problem problem) {
        ProblemGivens g = new ProblemGivens(problem, NAME);
        g.requireOnly(GIVENS);
        Tensor x = g.tensor("x", 2, 3, "a matrix or a C×H×W tensor");
        Tensor w = g.tensor("W", 2, 4, "a matrix (one filter), a C×h×w or an F×C×h×w tensor");
        Tensor dy = g.tensor("dL_dy", 2, 3, "a matrix or an F×H×W tensor of the shape of k");
        Optional<Value> b = g.optionalScalarOrVector("b");
        int stride = g.integer("stride", 1, 1);
        int padding = g.integer("padding", 0, 0);
        Geometry geometry = new Geometry(stride, padding);
        requireFit(g, x, w, b, dy, geometry);

        QuantityGraph.Builder graph = QuantityGraph.builder();
        problem.givens().forEach((name, given) -> graph.given(name, ((Given.Of) given).value()));
        List<String> kInputs = new ArrayList<>(List.of("x", "W"));
        b.ifPresent(v -> kInputs.add("b"));
        graph.quantity("k", kInputs, (in, flags) -> Convolution.conv2d(Inputs.tensor(in, "x"),
                kernel(Inputs.tensor(in, "W"), flags), flags.contains(NO_BIAS) ? Optional.empty() : Optional.ofNullable(in.get("b")),
                geometry.of(flags)));
        graph.quantity("y", List.of("k"), (in, flags) -> Activations.relu(Inputs.tensor(in, "k")));
        graph.quantity("dL_dk", List.of("k", "dL_dy"), (in, flags) -> reluBackward(Inputs.tensor(in, "k"),
                Inputs.tensor(in, "dL_dy"), flags));
        // dL/dW is itself CONV(filter = dL/dk, input = x), so a flipped kernel flips dL/dk there.
        graph.quantity("dL_dW", List.of("x", "dL_dk"), (in, flags) -> Convolution.weightGradient(
                Inputs.tensor(in, "x"), kernel(Inputs.tensor(in, "dL_dk"), flags), w.dims(), geometry.of(flags)));
        graph.quantity("dL_dx", List.of("W", "dL_dk"), (in, flags) -> Convolution.inputGradient(
                kernel(Inputs.tensor(in, "W"), flags), Inputs.tensor(in, "dL_dk"), x.dims(), geometry.of(flags)));
        b.ifPresent(bias -> graph.quantity("dL_db", List.of("dL_dk"),
                (in, flags) -> Convolution.biasGradient(Inputs.tensor(in, "dL_dk"), bias)));
        return graph.build();
    }

    /** The kernel of a step as the flags see it: rotated 180° for the "true convolution" mistake. */
    private static Tensor kernel(Tensor kernel, Set<String> flags) {
        return flags.contains(FLIPPED_KERNEL) ? Convolution.rot180(kernel) : kernel;
    }

    /** Both mask mistakes let every entry of dL/dy through ([y &gt;= 0] holds everywhere). */
    private static Tensor reluBackward(Tensor k, Tensor dy, Set<String> flags) {
        Tensor right = Activations.reluBackward(k, dy);
        return flags.contains(NO_RELU_MASK) || flags.contains(MASK_FROM_Y) ? dy : right;
    }

    /** Checks the givens against each other up front, so that a misfit names the given at fault. */
    private static void requireFit(ProblemGivens g, Tensor x, Tensor w, Optional<Value> b, Tensor dy, Geometry geometry) {
        Convolution.Geometry plain = geometry.of(Set.of());
        Tensor k;
        try {
            k = Convolution.conv2d(x, w, Optional.empty(), plain);
        } catch (OpException e) {
            throw g.error("W", null, "givens x and W", e);
        }
        try {
            Convolution.conv2d(x, w, b, plain);
        } catch (OpException e) {
            throw g.error("b", null, "given b", e);
        }
        if (!dy.dims().equals(k.dims())) {
            throw g.error("dL_dy", "given dL_dy", "must have the shape of k = CONV(W, x), " + Dims.text(k.dims())
                    + ", got " + dy.describe(), "give dL_dy as " + k.describe());
        }
    }

    /** Stride and padding from the givens; the flags decide whether padding counts. */
    private record Geometry(int stride, int padding) {
        Convolution.Geometry of(Set<String> flags) {
            return Convolution.Geometry.of(stride, flags.contains(NO_PADDING) ? 0 : padding);
        }
    }
}
