package org.hwgrade.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Evaluator;
import org.hwgrade.formula.FormulaException;
import org.hwgrade.formula.FormulaParser;
import org.hwgrade.formula.Scope;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * network(...) and the optimisers as a rubric's formulas call them: layers arrive as a list of
 * layer maps, the result is read with '.', and errors point at the argument at fault.
 */
class LayerStackFormulaTest {

    private static final Evaluator EVALUATOR = new Evaluator(StandardOps.REGISTRY);

    /** A layer map as the rubric gives it: strings stay strings, integers and pairs are numbers. */
    private static Datum layer(Object... keysAndValues) {
        Map<String, Datum> f = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            f.put((String) keysAndValues[i], v instanceof Integer n ? Datum.of(Scalar.of(n))
                    : v instanceof int[] p ? Datum.of(new Tensor(List.of(2), List.of(Rational.of(p[0]), Rational.of(p[1]))))
                    : new Datum.Text(String.valueOf(v)));
        }
        return new Datum.Fields("a layer", f);
    }

    private static final Map<String, Datum> GIVENS = Map.of(
            "input", Datum.of(Shape.of(3, 64, 64)),
            "hwc", Datum.of(Shape.of(64, 64, 3)),
            "layers", new Datum.Items(List.of(
                    layer("name", "a", "kind", "conv", "filters", 16, "size", 5, "padding", 2),
                    layer("name", "b", "kind", "max_pool", "size", 2, "stride", 2),
                    layer("name", "c", "kind", "conv", "filters", 32, "size", 3, "padding", "same", "bias", "false"),
                    new Datum.Text("flatten"),
                    layer("name", "g", "kind", "dense", "units", 10))),
            "lstm", new Datum.Items(List.of(layer("name", "r", "kind", "lstm", "hidden", 64))),
            "typo", new Datum.Items(List.of(layer("kind", "conv", "filter", 16, "size", 3))),
            "wide", new Datum.Items(List.of(layer("kind", "max_pool", "size", new int[] {2, 4}, "stride", 2))));

    private static Value eval(String formula) {
        return EVALUATOR.value(FormulaParser.parse(formula), Scope.of(GIVENS));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            network(input, layers).a.shape                                        | (16, 64, 64)
            network(input, layers).c.shape                                        | (32, 32, 32)
            network(input, layers).layer4.shape                                   | (32768)
            network(hwc, layers, layout="HWC").c.shape                            | (32, 32, 32)
            network(hwc, layers, layout="HWC").a.shape                            | (64, 64, 16)
            network(input, layers).shape                                          | (10)
            network(input, layers).c.params                                       | 4608
            network(input, layers).params                                         | 1216 + 4608 + 327690
            network(input, layers, mistakes=["no_bias"]).params                   | 1200 + 4608 + 327680
            network(input, layers, mistakes="ignore_input_channels").a.weights    | 400
            network(input, layers, mistakes="ceil_instead_of_floor").b.shape      | (16, 32, 32)
            network(input, layers, mistakes="no_padding").a.shape                 | (16, 60, 60)
            network(input, layers).c.receptive_field                              | 10
            network(input, layers).a.macs                                         | 64 * 64 * 16 * 3 * 25
            network(12, lstm, convention="pytorch").params                        | 4 * (64 * (12 + 64) + 2 * 64)
            network(12, lstm, convention="keras").r.biases                        | 4 * 64
            network([5, 12], lstm, convention="pytorch").shape                    | (5, 64)
            network(shape(1, 4, 8), wide).shape                                   | (1, 2, 3)
            network(shape(1, 4, 8), wide).receptive_field                         | (2, 4)
            same_padding(5)                                                       | 2
            hwc(network(input, layers).a.shape)                                   | (64, 64, 16)
            chw(hwc(shape(16, 32, 8)))                                            | (16, 32, 8)
            same_padding(3, dilation=2)                                           | 2
            momentum(w0=0, grad="2*(w - 3)", lr=0.1, mu=0.9, steps=2).path       | [3/5, 81/50]
            momentum(w0=0, grad="2*(w - 3)", lr=0.1, mu=0.9, steps=2).v          | 51/50
            sgd([4, -2], grad="w", lr=1/4, steps=2).path                          | [[3, -3/2], [9/4, -9/8]]
            adam(0, grad="2*(w - 3)", lr=0.01).w                                  | 6000000/600000001
            adam(0, grad="2*(w - 3)", lr=0.01).m                                  | -3/5
            adam(0, grad="2*(w - 3)", lr=0.01).v                                  | 9/250
            """)
    void formulasReadTheRecords(String formula, String expected) {
        Value want = expected.startsWith("(") ? new Shape(java.util.Arrays.stream(expected.replaceAll("[()]", "").split(","))
                .map(s -> Integer.valueOf(s.strip())).toList()) : eval(expected);
        assertEquals(want, eval(formula));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            network(12, lstm)                                 | 12 | 4 | network: layer r (lstm): the biases of an lstm layer depend on the framework: PyTorch counts two bias vectors per gate, Keras one | say convention: pytorch or convention: keras on the layer or the network
            network(input, typo)                              | 15 | 4 | network: layer layer1 (conv): the layer needs filters (or out_channels) | it has filter: did you mean filters?
            network(shape(1, 1, 1), wide).shape               | 24 | 4 | network: layer layer1 (max_pool): window 2 is larger than the padded input 1 + 2·0 = 1 | use a smaller size or more padding, or check the layers before this one
            network(input, layers, layout="WHC")              | 30 | 5 | network: layout "WHC" is neither CHW nor HWC | write layout="CHW" or layout="HWC"
            network(input, layers, mistakes=["no_bais"])      | 32 | 11 | network: unknown mistake no_bais | use one of: ceil_instead_of_floor, no_padding, no_dilation, channels_not_updated, no_bias, ignore_input_channels, single_gate
            network(input, layers).d                          | 23 | 1 | a network has no attribute 'd' | did you mean a? it has: a, b, c, layer4, g, input, shape, params, weights, biases, buffers, macs
            hwc(shape(10))                                    | 4 | 9 | hwc: hwc needs a shape of three dimensions, got a shape of 1 dimensions | e.g. hwc(net.conv1.shape)
            same_padding(4)                                   | 13 | 1 | same_padding: a window of size 4 and dilation 1 needs 3 zeros in all to keep the size, which do not split evenly between the two sides | use an odd size, or padding: same (which puts the odd zero at the end)
            sgd(0, grad="2*(v - 3)", lr=0.1)                  | 12 | 11 | sgd: in the gradient "2*(v - 3)" at "v": unknown name 'v' | did you mean w?
            sgd(0, grad="2*(w - 3", lr=0.1)                   | 12 | 10 | sgd: in the gradient "2*(w - 3": expected ')' but found the end of the formula | close the bracket opened before
            sgd([1, 2], grad="sum(w)", lr=0.1)                | 17 | 8 | sgd: the gradient is a number but w is a vector of 2 entries | the gradient of f with respect to w has w's dimensions
            """)
    void errorsPointAtTheArgument(String formula, int offset, int length, String message, String hint) {
        FormulaException e = assertThrows(FormulaException.class, () -> eval(formula));
        assertEquals(message, e.detail());
        assertEquals(hint, e.hint());
        assertEquals(offset, e.offset(), "offset");
        assertEquals(length, e.length(), "length");
    }
}
