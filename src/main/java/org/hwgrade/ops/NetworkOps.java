package org.hwgrade.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.formula.Args;
import org.hwgrade.formula.Datum;
import org.hwgrade.formula.Elementwise;
import org.hwgrade.formula.Op;
import org.hwgrade.formula.OpException;
import org.hwgrade.formula.OpGroup;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.ShapeLayout;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.ops.network.Convention;
import org.hwgrade.ops.network.FeatureMap;
import org.hwgrade.ops.network.LayerParser;
import org.hwgrade.ops.network.Mistakes;
import org.hwgrade.ops.network.NamedLayer;
import org.hwgrade.ops.network.Network;
import org.hwgrade.ops.network.NetworkOptions;
import org.hwgrade.ops.network.NetworkStep;
import org.hwgrade.ops.network.Padding;
import org.hwgrade.ops.network.ReceptiveField;
import org.hwgrade.ops.network.Setting;

/**
 * Layer stacks: {@code network(input, layers)}, {@code same_padding(size)}, and {@code hwc}/{@code chw}
 * to write a shape in the other layout. A network is a
 * record a formula reads with {@code .}: {@code net.conv1.shape}, {@code net.conv1.params},
 * {@code net.params}, {@code net.receptive_field} (see docs/ops.md, "Layer stacks").
 */
public final class NetworkOps implements OpGroup {

    @Override
    public List<Op> ops() {
        return List.of(
                Op.of("network(input, layers, layout=\"CHW\", convention?, mistakes?)",
                        "each layer's output shape, parameters, MACs and receptive field, and their totals",
                        NetworkOps::network),
                Op.of("hwc(s)", "a (C, H, W) shape written H×W×C: hwc(shape(16, 32, 8)) is (32, 8, 16)",
                        args -> Datum.of(ShapeLayout.HWC.fromChw(imageShape(args)))),
                Op.of("chw(s)", "an H×W×C shape written (C, H, W): chw(shape(32, 8, 16)) is (16, 32, 8)",
                        args -> Datum.of(ShapeLayout.HWC.toChw(imageShape(args)))),
                Op.of("same_padding(size, dilation=1)",
                        "the padding on each side that keeps the size of a window at stride 1: D(F − 1)/2",
                        args -> Datum.of(Scalar.of(call(() -> Padding.sameAmount(args.positiveInt("size"),
                                args.positiveInt("dilation")), args, "size")))));
    }

    private static Datum network(Args args) {
        ShapeLayout layout = ShapeLayout.named(args.text("layout")).orElseThrow(() -> args.error("layout",
                "layout \"" + args.text("layout") + "\" is neither CHW nor HWC", "write layout=\"CHW\" or layout=\"HWC\""));
        Optional<Convention> convention = args.optional("convention").map(c -> Convention.named(args.text("convention"))
                .orElseThrow(() -> args.error("convention", "convention \"" + args.text("convention")
                        + "\" is neither pytorch nor keras", "write convention=\"pytorch\" or convention=\"keras\"")));
        Mistakes mistakes = args.optional("mistakes").map(m -> call(() -> Mistakes.named(words(args, "mistakes")),
                args, "mistakes")).orElse(Mistakes.NONE);
        Shape input = inputShape(args);
        call(() -> FeatureMap.input(layout.toChw(input)), args, "input");
        List<NamedLayer> layers = new ArrayList<>();
        for (Datum item : args.items("layers")) {
            Map<String, Setting> settings = settings(args, item, layers.size());
            layers.add(call(() -> LayerParser.parse(layers.size(), settings), args, "layers"));
        }
        Network net = call(() -> Network.build(input, layers, new NetworkOptions(layout, convention, mistakes)), args, "layers");
        return fields(net, input);
    }

    /** Runs {@code computation}; its failure becomes an error pointing at argument {@code param}. */
    private static <T> T call(java.util.function.Supplier<T> computation, Args args, String param) {
        try {
            return computation.get();
        } catch (OpException e) {
            throw args.error(param, e.getMessage(), e.hint());
        }
    }

    private static Shape inputShape(Args args) {
        Value v = args.value("input");
        if (v instanceof Shape s) {
            return s;
        }
        List<Num> entries = Elementwise.entries(v);
        boolean integers = (v instanceof Scalar || v instanceof Tensor t && t.rank() == 1)
                && entries.stream().allMatch(n -> n instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 31);
        if (!integers) {
            throw args.error("input", "the input must be a shape, got " + v.describe(),
                    "write it as shape(3, 32, 32), [3, 32, 32] or one integer for a vector");
        }
        return new Shape(entries.stream().map(n -> ((Rational) n).numerator().intValueExact()).toList());
    }

    private static Shape imageShape(Args args) {
        if (args.value("s") instanceof Shape s && s.dims().size() == 3) {
            return s;
        }
        throw args.error("s", args.opName() + " needs a shape of three dimensions, got " + args.value("s").describe(),
                "e.g. " + args.opName() + "(net.conv1.shape)");
    }

    private static Set<String> words(Args args, String param) {
        Datum d = args.get(param);
        List<Datum> items = d instanceof Datum.Items l ? l.items() : List.of(d);
        Set<String> out = new LinkedHashSet<>();
        for (Datum item : items) {
            if (!(item instanceof Datum.Text t)) {
                throw args.error(param, param + " must be a name or a list of names, got " + item.brief(),
                        "e.g. " + param + "=[\"no_bias\"]");
            }
            out.add(t.text());
        }
        return out;
    }

    /** A layer map of the rubric ({kind: conv, filters: 16}), or a bare kind ("flatten"), as settings. */
    private static Map<String, Setting> settings(Args args, Datum item, int index) {
        Map<String, Setting> out = new LinkedHashMap<>();
        if (item instanceof Datum.Text t) {
            out.put("kind", new Setting.Text(t.text()));
            return out;
        }
        if (!(item instanceof Datum.Fields f)) {
            throw args.error("layers", "layer " + (index + 1) + " must be a map of settings, got " + item.brief(),
                    "write a layer as {kind: conv, filters: 16, size: 3}");
        }
        for (Map.Entry<String, Datum> e : f.fields().entrySet()) {
            out.put(e.getKey(), setting(args, index, e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Setting setting(Args args, int index, String key, Datum d) {
        if (d instanceof Datum.Text t) {
            return new Setting.Text(t.text());
        }
        if (d instanceof Datum.Numeric n) {
            List<Num> entries = Elementwise.entries(n.value());
            boolean integers = entries.stream().allMatch(x -> x instanceof Rational r && r.isInteger() && r.numerator().bitLength() < 63);
            if (n.value() instanceof Scalar s) {
                return integers ? new Setting.Whole(((Rational) s.num()).numerator().longValueExact()) : new Setting.Fraction(s.toString());
            }
            if (integers && entries.size() == 2 && Elementwise.dims(n.value()).size() == 1) {
                return new Setting.Pair(((Rational) entries.get(0)).numerator().longValueExact(),
                        ((Rational) entries.get(1)).numerator().longValueExact());
            }
        }
        throw args.error("layers", "layer " + (index + 1) + ": " + key + " must be a number, a pair [rows, columns] or a word, got "
                + d.brief(), "e.g. " + key + ": 3");
    }

    private static Datum fields(Network net, Shape input) {
        Map<String, Datum> out = new LinkedHashMap<>();
        for (NetworkStep step : net.steps()) {
            Map<String, Datum> layer = new LinkedHashMap<>();
            layer.put("kind", new Datum.Text(step.layer().kind()));
            layer.put("shape", Datum.of(net.shapeOf(step)));
            layer.put("params", count(step.facts().params()));
            layer.put("weights", count(step.facts().weights()));
            layer.put("biases", count(step.facts().biases()));
            layer.put("buffers", count(step.facts().buffers()));
            layer.put("macs", count(step.facts().macs()));
            step.facts().out().field().ifPresent(f -> layer.put("receptive_field", receptiveField(f)));
            out.put(step.name(), new Datum.Fields("layer " + step.name(), layer));
        }
        out.put("input", Datum.of(input));
        out.put("shape", Datum.of(net.shape()));
        out.put("params", count(net.params()));
        out.put("weights", count(net.weights()));
        out.put("biases", count(net.biases()));
        out.put("buffers", count(net.buffers()));
        out.put("macs", count(net.macs()));
        net.receptiveField().ifPresent(f -> out.put("receptive_field", receptiveField(f)));
        return new Datum.Fields("a network", out);
    }

    private static Datum count(long n) {
        return Datum.of(Scalar.of(n));
    }

    /** One number for a square field, (rows, columns) otherwise. */
    private static Datum receptiveField(ReceptiveField f) {
        return f.height() == f.width() ? count(f.height())
                : Datum.of(Shape.of((int) Math.min(f.height(), Integer.MAX_VALUE), (int) Math.min(f.width(), Integer.MAX_VALUE)));
    }
}
