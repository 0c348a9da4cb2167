package org.hwgrade.ops.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Shape;

/** Layers for tests, written as a rubric writes them: {@code layer("kind", "conv", "filters", 16, "size", 5)}. */
final class Layers {

    private Layers() {
    }

    /** Alternating keys and values: Integer, int[] (a pair), String or Boolean. */
    static Map<String, Setting> layer(Object... keysAndValues) {
        Map<String, Setting> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            Setting s;
            if (v instanceof Integer n) {
                s = new Setting.Whole(n);
            } else if (v instanceof Long n) {
                s = new Setting.Whole(n);
            } else if (v instanceof int[] p) {
                s = new Setting.Pair(p[0], p[1]);
            } else if (v instanceof Boolean b) {
                s = new Setting.Flag(b);
            } else {
                s = new Setting.Text((String) v);
            }
            m.put((String) keysAndValues[i], s);
        }
        return m;
    }

    @SafeVarargs
    static Network network(Shape input, NetworkOptions options, Map<String, Setting>... layers) {
        List<NamedLayer> parsed = new java.util.ArrayList<>();
        for (Map<String, Setting> l : layers) {
            parsed.add(LayerParser.parse(parsed.size(), l));
        }
        return Network.build(input, parsed, options);
    }

    @SafeVarargs
    static Network network(Shape input, Map<String, Setting>... layers) {
        return network(input, NetworkOptions.DEFAULT, layers);
    }
}
