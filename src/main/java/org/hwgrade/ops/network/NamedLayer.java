package org.hwgrade.ops.network;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A layer of a network with its name (how a formula reads it: {@code net.conv1.shape}) and, when the
 * rubric wrote one, the input size it declares (in_channels, in_features, input_size, d_model), which
 * must match what reaches it.
 */
public record NamedLayer(String name, NetLayer layer, OptionalLong declaredInput) {

    public NamedLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(declaredInput, "declaredInput");
    }

    public NamedLayer(String name, NetLayer layer) {
        this(name, layer, OptionalLong.empty());
    }
}
