package org.hwgrade.solver;

import static org.hwgrade.solver.Hw3.conv;
import static org.hwgrade.solver.Hw3.of;
import static org.hwgrade.solver.Hw3.pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Given;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each broken rubric says: the message names the problem and the given, layer, part or
 * misconception at fault, and the hint says how to fix it. One row per case.
 */
class InvalidRubricTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messageNamesTheCauseAndTheFix(String what, Rubric rubric, String message, String hint) {
        RubricException e = assertThrows(RubricException.class, () -> Solver.solve(rubric));
        assertEquals(message + "\n  hint: " + hint, e.getMessage());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("window larger than the input",
                        shapes(Shape.of(4, 5, 5), conv("a", 8, 3, 2, 0), conv("c", 8, 3, 1, 0)),
                        "problem 3, layer c: window 3 is larger than the padded input 2 + 2·0 = 2",
                        "use a smaller size or more padding, or check the layers before this one"),
                row("stride 0", shapes(Shape.of(4, 9, 9), conv("a", 8, 3, 0, 0)),
                        "problem 3, layer a: stride 0 is less than 1", "give a stride of 1 or more"),
                row("size 0", shapes(Shape.of(4, 9, 9), pool("b", 0, 1, 0)),
                        "problem 3, layer b: size 0 is less than 1", "give the window a size of 1 or more"),
                row("negative padding", shapes(Shape.of(4, 9, 9), conv("a", 8, 3, 1, -1)),
                        "problem 3, layer a: padding -1 is negative", "give a padding of 0 or more"),
                row("conv without filters", shapes(Shape.of(4, 9, 9), conv("a", 0, 3, 1, 0)),
                        "problem 3, layer a: a conv layer needs at least 1 filter, got 0",
                        "give the layer filters: K with K >= 1"),
                row("conv after dense", shapes(Shape.of(4, 9, 9),
                                new Layer("fc", Layer.LayerKind.DENSE, 10, 0, 0, 0, true), conv("c", 8, 3, 1, 0)),
                        "problem 3, layer c: a conv layer needs a (C, H, W) input, got (10)",
                        "put conv and pooling layers before any dense layer"),
                row("input shape with a zero", shapes(Shape.of(4, 0, 9), conv("a", 8, 3, 1, 0)),
                        "problem 3, layer a: the input shape (4, 0, 9) has a dimension below 1",
                        "every dimension of a shape must be at least 1"),
                row("two layers with one name", shapes(Shape.of(4, 9, 9), conv("a", 8, 3, 1, 0), conv("a", 8, 3, 1, 0)),
                        "problem 3, given layers: two layers are named a", "give every layer its own name"),
                row("input given as a vector", problem("3", CnnShapesFamily.NAME, "shape.a", g -> {
                    g.put("input", of(new Tensor(List.of(3), List.of(Rational.of(4), Rational.of(9), Rational.of(9)))));
                    g.put("layers", new Given.Layers(List.of(conv("a", 8, 3, 1, 0))));
                }), "problem 3, given input: expected a shape such as {shape: [C, H, W]}, got a vector of 3 entries",
                        "write input as a shape such as {shape: [C, H, W]}"),
                row("layers missing", problem("3", CnnShapesFamily.NAME, "shape.a", g -> g.put("input", of(Shape.of(4, 9, 9)))),
                        "problem 3, given layers: missing; family cnn-shapes needs it",
                        "add layers under givens: a list of layers"),
                row("layers given as a value", problem("3", CnnShapesFamily.NAME, "shape.a", g -> {
                    g.put("input", of(Shape.of(4, 9, 9)));
                    g.put("layers", of(Scalar.of(3)));
                }), "problem 3, given layers: expected a list of layers, got a number",
                        "write it as a list of {name, kind, filters, size, stride, padding}"),
                row("conv-relu without x", convRelu(g -> g.remove("x")),
                        "problem 2, given x: missing; family conv-relu needs it",
                        "add x under givens: a matrix or a C×H×W tensor"),
                row("conv-relu x as a shape", convRelu(g -> g.put("x", of(Shape.of(3, 3)))),
                        "problem 2, given x: expected a matrix or a C×H×W tensor, got a shape of 2 dimensions",
                        "write x as a matrix or a C×H×W tensor"),
                row("conv-relu filter larger than x", convRelu(g -> g.put("W", of(Tensor.ofRows(new long[4][4])))),
                        "problem 2, givens x and W: window 4 is larger than the padded input 3 + 2·0 = 3",
                        "use a smaller size or more padding, or check the layers before this one"),
                row("conv-relu channels differ", convRelu(g -> g.put("W", of(new Tensor(List.of(2, 2, 2),
                                java.util.Collections.nCopies(8, Rational.ONE))))),
                        "problem 2, givens x and W: the filters have 2 channel(s) but the input has 1",
                        "give W one channel per input channel (F×C×h×w)"),
                row("conv-relu dL/dy of the wrong shape", convRelu(g -> g.put("dL_dy", of(Tensor.ofRows(new long[3][3])))),
                        "problem 2, given dL_dy: must have the shape of k = CONV(W, x), 2×2, got a 3×3 matrix",
                        "give dL_dy as a 2×2 matrix"),
                row("conv-relu bias with two entries for one filter", convRelu(g -> g.put("b",
                                of(new Tensor(List.of(2), List.of(Rational.ONE, Rational.ONE))))),
                        "problem 2, given b: the bias must have one entry per filter (1), got a vector of 2 entries",
                        "give b as one number"),
                row("conv-relu stride 0", convRelu(g -> g.put("stride", of(Scalar.of(0)))),
                        "problem 2, given stride: expected an integer of at least 1, got a number",
                        "write stride as an integer of at least 1"),
                row("conv-relu unknown given", convRelu(g -> g.put("bias", of(Scalar.of(1)))),
                        "problem 2, given bias: not used by family conv-relu",
                        "remove it or rename it to one of: x, W, dL_dy, b, stride, padding"),
                row("param-count layer does not fit", params(g -> g.put("b", new Given.Layers(
                                List.of(conv("1x1", 96, 1, 1, 0), conv("3x3", 128, 31, 1, 1))))),
                        "problem 4, branch b, layer 3x3: window 31 is larger than the padded input 28 + 2·1 = 30",
                        "use a smaller size or more padding, or check the layers before this one"),
                row("param-count without layers", params(g -> g.keySet().retainAll(List.of("input"))),
                        "problem 4, givens: no list of layers", "add at least one given that is a list of layers"),
                row("param-count list named total", params(g -> g.put("total", new Given.Layers(List.of(conv("1x1", 4, 1, 1, 0))))),
                        "problem 4, given total: the name total is reserved for the sum", "rename the layer list"),
                row("param-count stray value given", params(g -> g.put("K", of(Scalar.of(3)))),
                        "problem 4, given K: not used by family param-count",
                        "remove it or rename it to one of: input, a, b, c, d"),
                row("symbolic with givens", rubricOf(new Problem("1", "t", SymbolicFamily.NAME,
                                Map.of("m", of(Scalar.of(3))), Map.of("s", "m"), Map.of(), List.of(part("1a", "dL_ds")))),
                        "problem 1, given m: not used by family symbolic",
                        "remove it: symbolic takes no givens"),
                row("symbolic without symbols", rubricOf(new Problem("1", "t", SymbolicFamily.NAME,
                                Map.of(), Map.of(), Map.of("dL_ds", "s"), List.of(part("1a", "dL_ds")))),
                        "problem 1: a symbolic problem declares no symbols",
                        "list the symbols a student may use with their shapes, e.g. symbols: {W: \"m x n\", x: \"n\"}"),
                row("unknown family", rubricOf(new Problem("5", "t", "rnn-unroll", Map.of(), Map.of(), Map.of(), List.of())),
                        "problem 5: unknown family 'rnn-unroll'",
                        "use one of: symbolic, conv-relu, cnn-shapes, param-count"),
                row("unknown quantity", rubricOf(withParts(Hw3.problem2(), part("2e", "dL_dz"))),
                        "part 2e: family conv-relu has no quantity 'dL_dz'",
                        "use one of: k, y, dL_dk, dL_dW, dL_dx"),
                row("unknown flag", rubricOf(withParts(Hw3.problem2(), Hw3.part("2a", "k", AnswerKind.MATRIX,
                                Hw3.mis("transposed"), Hw3.mis("flipped_kernel")))),
                        "part 2a, misconception transposed: family conv-relu has no flag transposed",
                        "use flags from: flipped_kernel, mask_from_y, no_bias, no_padding, no_relu_mask"),
                row("a flag the family does not have", rubricOf(withParts(Hw3.problem1(),
                                Hw3.part("1a", "dL_ds", AnswerKind.EXPRESSION, Hw3.mis("no_bias")))),
                        "part 1a, misconception no_bias: family symbolic has no flag no_bias",
                        "use flags from: transposed"),
                row("misconception that cannot be computed", rubricOf(withParts(paddedConv(),
                                Hw3.part("2d", "dL_dW", AnswerKind.MATRIX, Hw3.mis("no_padding")))),
                        "part 2d, misconception no_padding: dL_dW cannot be computed with [no_padding]: dL_dk cannot be "
                                + "computed: the ReLU input is a 2×2 matrix but its upstream gradient is a 4×4 matrix; "
                                + "they must have the same shape",
                        "remove the misconception or change its mistake; check the givens"),
                row("two problems with one id", rubricOf(Hw3.problem1(), Hw3.problem1()),
                        "problem 1 is defined twice", "give every problem its own id"));
    }

    private static Arguments row(String what, Rubric rubric, String message, String hint) {
        return Arguments.of(what, rubric, message, hint);
    }

    private static Rubric shapes(Shape input, Layer... layers) {
        return problem("3", CnnShapesFamily.NAME, "shape." + layers[0].name(), g -> {
            g.put("input", of(input));
            g.put("layers", new Given.Layers(List.of(layers)));
        });
    }

    private static Rubric convRelu(Consumer<Map<String, Given>> edit) {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.convGivens());
        edit.accept(givens);
        return rubricOf(new Problem("2", "t", ConvReluFamily.NAME, givens, Map.of(), Map.of(), List.of(part("2a", "k"))));
    }

    private static Rubric params(Consumer<Map<String, Given>> edit) {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.inceptionGivens());
        edit.accept(givens);
        return rubricOf(new Problem("4", "t", ParamCountFamily.NAME, givens, Map.of(), Map.of(), List.of()));
    }

    private static Problem paddedConv() {
        Map<String, Given> givens = new LinkedHashMap<>(Hw3.convGivens());
        givens.put("padding", of(Scalar.of(1)));
        givens.put("dL_dy", of(Tensor.ofRows(new long[4][4])));
        return new Problem("2", "t", ConvReluFamily.NAME, givens, Map.of(), Map.of(), List.of());
    }

    private static Rubric problem(String id, String family, String quantity, Consumer<Map<String, Given>> fill) {
        Map<String, Given> givens = new LinkedHashMap<>();
        fill.accept(givens);
        return rubricOf(new Problem(id, "t", family, givens, Map.of(), Map.of(), List.of(part(id + "a", quantity))));
    }

    private static Problem withParts(Problem p, Part... parts) {
        return new Problem(p.id(), p.title(), p.family(), p.givens(), p.symbols(), p.definitions(), List.of(parts));
    }

    private static Part part(String id, String quantity) {
        return Hw3.part(id, quantity, AnswerKind.MATRIX);
    }

    private static Rubric rubricOf(Problem... problems) {
        return Hw3.rubricOf(problems);
    }
}
