package org.hwgrade.ops.network;

import static org.hwgrade.ops.network.Layers.layer;
import static org.hwgrade.ops.network.Layers.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Shape;
import org.hwgrade.model.ShapeLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's shape, parameter, receptive-field and cost problems (topics S, P, R, M), each
 * written as the network a rubric gives, against the check values read from
 * ../shared/catalog/check-values.json.
 */
class CatalogueNetworkTest {

    private static JsonNode check;

    @BeforeAll
    static void readCheckValues() throws IOException {
        check = new ObjectMapper().readTree(Path.of("../shared/catalog/check-values.json").toFile());
    }

    private static long value(String id) {
        return check.get(id).asLong();
    }

    private static List<Shape> shapes(String id) {
        List<Shape> out = new ArrayList<>();
        for (JsonNode s : check.get(id)) {
            List<Integer> dims = new ArrayList<>();
            s.forEach(d -> dims.add(d.asInt()));
            out.add(new Shape(dims));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static final Map<String, Setting>[] S1 = new Map[] {
        layer("name", "a", "kind", "conv", "filters", 16, "size", 5, "padding", 2),
        layer("name", "b", "kind", "max_pool", "size", 2, "stride", 2),
        layer("name", "c", "kind", "conv", "filters", 32, "size", 3, "padding", 2, "dilation", 2),
        layer("name", "d", "kind", "conv", "filters", 64, "size", 3, "stride", 2, "padding", 1),
        layer("name", "e", "kind", "conv_transpose", "filters", 32, "size", 4, "stride", 2, "padding", 1),
        layer("name", "f", "kind", "flatten"),
        layer("name", "g", "kind", "dense", "units", 10)};

    @Test
    void s1ShapesInCHW() {
        Network net = network(Shape.of(3, 64, 64), S1);
        assertEquals(shapes("S1"), net.steps().stream().map(net::shapeOf).toList());
    }

    @Test
    void s1ShapesInHWC() {
        Network net = network(Shape.of(64, 64, 3), new NetworkOptions(ShapeLayout.HWC, Optional.empty(), Mistakes.NONE), S1);
        assertEquals(shapes("S1_hwc"), net.steps().subList(0, 5).stream().map(net::shapeOf).toList());
        assertEquals(shapes("S1").subList(5, 7), net.steps().subList(5, 7).stream().map(net::shapeOf).toList());
    }

    @Test
    void s2SamePadding() {
        assertEquals(value("S2"), Padding.sameAmount(5, 1));
        Network net = network(Shape.of(1, 9, 9), layer("kind", "conv", "filters", 1, "size", 5, "padding", (int) value("S2")));
        assertEquals(Shape.of(1, 9, 9), net.shape());
    }

    @Test
    void p1ParameterCounts() {
        assertEquals(value("P1a"), network(Shape.of(3, 32, 32), layer("kind", "conv", "filters", 16, "size", 3)).params());
        assertEquals(value("P1b"), network(Shape.of(32, 16, 16),
                layer("kind", "depthwise_conv", "size", 3, "bias", false),
                layer("kind", "conv", "filters", 64, "size", 1, "bias", false)).params());
        assertEquals(value("P1c"), network(Shape.of(64, 8, 8), layer("kind", "batch_norm")).params());
        assertEquals(value("P1d"), network(Shape.of(512), layer("kind", "layer_norm")).params());
        assertEquals(value("P1e_pytorch"), network(Shape.of(100), layer("kind", "lstm", "hidden", 64, "convention", "pytorch")).params());
        assertEquals(value("P1e_keras"), network(Shape.of(100), layer("kind", "lstm", "hidden", 64, "convention", "keras")).params());
        assertEquals(value("P1f"), network(Shape.of(100), layer("kind", "gru", "hidden", 64, "convention", "pytorch")).params());
        assertEquals(value("P1g"), network(Shape.of(20), layer("kind", "embedding", "vocab", 10000, "dim", 300)).params());
        assertEquals(value("P1h"), network(Shape.of(10, 256), layer("kind", "attention", "heads", 8)).params());
        assertEquals(value("P1i"), network(Shape.of(10, 256), layer("kind", "transformer_encoder", "heads", 8, "d_ff", 1024)).params());
        assertEquals(value("P1j"), network(Shape.of(16, 8, 8), layer("kind", "conv_transpose", "filters", 32, "size", 4)).params());
    }

    @Test
    void r1ReceptiveField() {
        Network net = network(Shape.of(1, 32, 32),
                layer("kind", "conv", "filters", 1, "size", 3),
                layer("kind", "conv", "filters", 1, "size", 3, "stride", 2),
                layer("kind", "conv", "filters", 1, "size", 3, "dilation", 2),
                layer("kind", "max_pool", "size", 2, "stride", 2));
        assertEquals(value("R1"), net.receptiveField().orElseThrow().height());
        assertEquals(value("R1"), net.receptiveField().orElseThrow().width());
    }

    @Test
    void m1AndM2MultiplyAccumulates() {
        assertEquals(value("M1"), network(Shape.of(64, 56, 56),
                layer("kind", "conv", "filters", 128, "size", 3, "padding", 1)).macs());
        assertEquals(value("M2"), network(Shape.of(64, 56, 56),
                layer("kind", "conv", "filters", 32, "size", 1, "bias", false),
                layer("kind", "conv", "filters", 128, "size", 3, "padding", 1, "bias", false)).macs());
    }

    /** Homework 3's problem 4 (an Inception module) as four networks on one input: 163328 weights and 368 biases. */
    @Test
    void homework3InceptionModule() {
        Shape in = Shape.of(192, 28, 28);
        List<Network> branches = List.of(
                network(in, layer("kind", "conv", "filters", 64, "size", 1)),
                network(in, layer("kind", "conv", "filters", 96, "size", 1), layer("kind", "conv", "filters", 128, "size", 3, "padding", 1)),
                network(in, layer("kind", "conv", "filters", 16, "size", 1), layer("kind", "conv", "filters", 32, "size", 5, "padding", 2)),
                network(in, layer("kind", "max_pool", "size", 3, "stride", 1, "padding", 1), layer("kind", "conv", "filters", 32, "size", 1)));
        assertEquals(List.of(12352L, 129248L, 15920L, 6176L), branches.stream().map(Network::params).toList());
        assertEquals(163328, branches.stream().mapToLong(Network::weights).sum());
        assertEquals(368, branches.stream().mapToLong(Network::biases).sum());
    }

    @Test
    void homework3Shapes() {
        Network net = network(Shape.of(4, 37, 37),
                layer("name", "a", "kind", "conv", "filters", 8, "size", 3, "stride", 2),
                layer("name", "b", "kind", "max_pool", "size", 2, "stride", 2),
                layer("name", "c", "kind", "conv", "filters", 16, "size", 3, "stride", 2),
                layer("name", "d", "kind", "conv", "filters", 16, "size", 3, "stride", 1, "padding", 1),
                layer("name", "e", "kind", "max_pool", "size", 2, "stride", 2));
        assertEquals(List.of(Shape.of(8, 18, 18), Shape.of(8, 9, 9), Shape.of(16, 4, 4), Shape.of(16, 4, 4), Shape.of(16, 2, 2)),
                net.steps().stream().map(net::shapeOf).toList());
    }
}
