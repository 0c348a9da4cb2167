package org.hwgrade.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a problem writes an image-like shape: (C, H, W) as PyTorch does, or H×W×C as Keras and many
 * courses do. Only shapes of three dimensions have a layout; a vector shape (K) reads the same in both.
 */
public enum ShapeLayout {
    CHW, HWC;

    /** The layout named {@code text} ("CHW", "hwc"), if it is one. */
    public static Optional<ShapeLayout> named(String text) {
        for (ShapeLayout l : values()) {
            if (l.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A shape written in this layout, as (C, H, W). */
    public Shape toChw(Shape written) {
        List<Integer> d = written.dims();
        return this == HWC && d.size() == 3 ? Shape.of(d.get(2), d.get(0), d.get(1)) : written;
    }

    /** A (C, H, W) shape, written in this layout. */
    public Shape fromChw(Shape chw) {
        List<Integer> d = chw.dims();
        return this == HWC && d.size() == 3 ? Shape.of(d.get(1), d.get(2), d.get(0)) : chw;
    }
}
