package org.hwgrade.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Given;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Layer;
import org.hwgrade.model.Layer.LayerKind;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.ops.Convolution;

/** Homework 3's problems built from the givens of ../shared/hw3/ASSIGNMENT.md, as records. */
final class Hw3 {

    private Hw3() {
    }

    static Rubric rubric() {
        return new Rubric("dl-hw3", "Deep Learning, written homework 3", GradingDefaults.STANDARD,
                List.of(problem1(), problem2(), problem3(), problem4()));
    }

    static Problem problem1() {
        return new Problem("1", "Softmax regression gradient", SymbolicFamily.NAME, Map.of(),
                Map.of("W", "m x n", "x", "n", "y", "1..m", "l", "m", "s", "m", "e_y", "m"),
                Map.of("l", "W x", "s", "softmax(l)", "e_y", "onehot(y)", "dL_ds", "-(1/s_y) e_y",
                        "ds_dl", "diag(s) - s s^T", "dL_dl", "s - e_y", "dL_dW", "(s - e_y) x^T"),
                List.of(part("1a", "dL_ds", AnswerKind.EXPRESSION), part("1b", "ds_dl", AnswerKind.EXPRESSION),
                        part("1c", "dL_dl", AnswerKind.EXPRESSION), part("1d", "dL_dW", AnswerKind.EXPRESSION)));
    }

    static Problem problem2() {
        return new Problem("2", "Convolution, ReLU and backprop", ConvReluFamily.NAME, convGivens(), Map.of(), Map.of(),
                List.of(part("2a", "k", AnswerKind.MATRIX, mis("flipped_kernel")),
                        part("2b", "y", AnswerKind.MATRIX),
                        part("2c", "dL_dk", AnswerKind.MATRIX, mis("no_relu_mask"), mis("mask_from_y")),
                        part("2d", "dL_dW", AnswerKind.MATRIX, mis("no_relu_mask"), mis("flipped_kernel"))));
    }

    static Map<String, Given> convGivens() {
        Map<String, Given> g = new LinkedHashMap<>();
        g.put("x", of(Tensor.ofRows(new long[] {1, 2, 3}, new long[] {1, 1, 0}, new long[] {0, -1, -2})));
        g.put("W", of(Tensor.ofRows(new long[] {-1, 1}, new long[] {1, 2})));
        g.put("dL_dy", of(Tensor.ofRows(new long[] {-3, 2}, new long[] {0, 1})));
        return g;
    }

    static Problem problem3() {
        return new Problem("3", "Output shape through a small CNN", CnnShapesFamily.NAME, shapeGivens(), Map.of(), Map.of(),
                List.of("a", "b", "c", "d", "e").stream()
                        .map(l -> part("3" + l, "shape." + l, AnswerKind.SHAPE, mis("ceil_instead_of_floor"),
                                mis("no_padding"), mis("channels_not_updated")))
                        .toList());
    }

    static Map<String, Given> shapeGivens() {
        Map<String, Given> g = new LinkedHashMap<>();
        g.put("input", of(Shape.of(4, 37, 37)));
        g.put("layers", new Given.Layers(List.of(
                conv("a", 8, 3, 2, 0), pool("b", 2, 2, 0), conv("c", 16, 3, 2, 0), conv("d", 16, 3, 1, 1),
                pool("e", 2, 2, 0))));
        return g;
    }

    static Problem problem4() {
        return new Problem("4", "Parameters of an Inception module", ParamCountFamily.NAME, inceptionGivens(), Map.of(), Map.of(),
                List.of("a", "b", "c", "d", "total").stream()
                        .map(b -> part("4" + (b.equals("total") ? "e" : b), "params." + b, AnswerKind.INTEGER,
                                mis("no_bias"), mis("ignore_input_channels"), mis("ignore_input_channels", "no_bias")))
                        .toList());
    }

    static Map<String, Given> inceptionGivens() {
        Map<String, Given> g = new LinkedHashMap<>();
        g.put("input", of(Shape.of(192, 28, 28)));
        g.put("a", new Given.Layers(List.of(conv("1x1", 64, 1, 1, 0))));
        g.put("b", new Given.Layers(List.of(conv("1x1", 96, 1, 1, 0), conv("3x3", 128, 3, 1, 1))));
        g.put("c", new Given.Layers(List.of(conv("1x1", 16, 1, 1, 0), conv("5x5", 32, 5, 1, 2))));
        g.put("d", new Given.Layers(List.of(pool("pool", 3, 1, 1), conv("1x1", 32, 1, 1, 0))));
        return g;
    }

    static Layer conv(String name, int filters, int size, int stride, int padding) {
        return new Layer(name, LayerKind.CONV, filters, size, stride, padding, true);
    }

    static Layer pool(String name, int size, int stride, int padding) {
        return new Layer(name, LayerKind.MAX_POOL, 0, size, stride, padding, false);
    }

    static Given of(org.hwgrade.model.Value v) {
        return new Given.Of(v);
    }

    static Part part(String id, String quantity, AnswerKind kind, Misconception... misconceptions) {
        return new Part(id, id, Rational.of(2), kind, quantity, List.of(id), Optional.empty(), Optional.empty(),
                List.of(misconceptions), Optional.empty(), Optional.empty());
    }

    static Misconception mis(String... flags) {
        return new Misconception(String.join("+", flags), Set.of(flags), Rational.ZERO, "feedback");
    }

    static Rubric rubricOf(Problem... problems) {
        return new Rubric("test", "test", GradingDefaults.STANDARD, List.of(problems));
    }

    static Tensor matrix(long[]... rows) {
        return Tensor.ofRows(rows);
    }
}
