package org.hwgrade.ops.network;

import java.util.Objects;
import java.util.Optional;
import org.hwgrade.model.ShapeLayout;

/**
 * How a {@link Network} is read: the layout its image shapes are written in (input and outputs),
 * the framework convention its recurrent layers follow unless a layer names its own, and the
 * mistakes to make on purpose (none for the key).
 */
public record NetworkOptions(ShapeLayout layout, Optional<Convention> convention, Mistakes mistakes) {

    public static final NetworkOptions DEFAULT = new NetworkOptions(ShapeLayout.CHW, Optional.empty(), Mistakes.NONE);

    public NetworkOptions {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(mistakes, "mistakes");
    }

    public NetworkOptions with(Mistakes m) {
        return new NetworkOptions(layout, convention, m);
    }
}
