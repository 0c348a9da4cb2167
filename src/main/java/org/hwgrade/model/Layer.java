package org.hwgrade.model;

import java.util.Objects;

/**
 * One layer of a network given in a problem. {@code filters} is the number of output channels of
 * a conv or the output width of a dense layer (0 for pooling, which keeps the channel count).
 */
public record Layer(String name, LayerKind kind, int filters, int size, int stride, int padding, boolean bias) {

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public enum LayerKind {
        CONV, MAX_POOL, AVG_POOL, DENSE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
