package org.hwgrade.model;

import java.util.List;

/** A given of a problem: a value (number, matrix, shape) or an ordered list of layers. */
public sealed interface Given {

    record Of(Value value) implements Given {
    }

    record Layers(List<Layer> layers) implements Given {
        public Layers {
            layers = List.copyOf(layers);
        }
    }
}
