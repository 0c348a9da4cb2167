package org.hwgrade.ops.network;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hwgrade.model.Shape;
import org.hwgrade.formula.OpException;

/**
 * What flows from one layer to the next: the shape, (C, H, W) for images, (T, d) for a sequence, (d)
 * for a vector; and, while it is defined, the receptive field of one position on the network's input
 * (conv and pooling layers keep it; flatten, dense, recurrent and attention layers end it).
 */
public record FeatureMap(List<Long> dims, Optional<ReceptiveField> field) {

    public FeatureMap {
        dims = List.copyOf(dims);
    }

    /** The network's input: every dimension must be at least 1. */
    public static FeatureMap input(Shape chw) {
        if (chw.dims().isEmpty() || chw.dims().stream().anyMatch(d -> d == null || d < 1)) {
            throw new OpException("the input shape " + chw + " has a dimension below 1",
                    "every dimension of a shape must be at least 1");
        }
        List<Long> dims = chw.dims().stream().map(Integer::longValue).toList();
        return new FeatureMap(dims, dims.size() == 3 ? Optional.of(ReceptiveField.PIXEL) : Optional.empty());
    }

    public int rank() {
        return dims.size();
    }

    public long dim(int axis) {
        return dims.get(axis);
    }

    /** The last dimension: the features of a vector or of each position of a sequence. */
    public long features() {
        return dims.get(dims.size() - 1);
    }

    /** The positions a per-position layer (dense on a sequence) runs at: T for (T, d), 1 for (d). */
    public long positions() {
        return rank() == 2 ? dims.get(0) : 1;
    }

    public long elements() {
        return Counts.product(dims.stream().mapToLong(Long::longValue).toArray());
    }

    /** @throws OpException unless this is a (C, H, W) image; {@code aKind} ("a conv") names the layer in the message */
    public void requireImage(String aKind, String hint) {
        if (rank() != 3) {
            throw new OpException(aKind + " layer needs a (C, H, W) input, got " + this, hint);
        }
    }

    /** @throws OpException unless this is a vector (d) or a sequence (T, d) */
    public void requireSequence(String aKind) {
        if (rank() != 1 && rank() != 2) {
            throw new OpException(aKind + " layer needs a vector (d) or a sequence (T, d), got " + this,
                    "put a flatten layer before it, or give the input as (T, d)");
        }
    }

    /** The same field of view with a new shape. */
    FeatureMap reshaped(List<Long> newDims) {
        return new FeatureMap(newDims, field);
    }

    /** A new shape past which no receptive field is defined. */
    FeatureMap withoutField(List<Long> newDims) {
        return new FeatureMap(newDims, Optional.empty());
    }

    /** As a model shape, once every dimension is known to fit an int. */
    public Shape shape() {
        for (long d : dims) {
            if (d > Integer.MAX_VALUE) {
                throw new OpException("a dimension of " + d + " is too large", "use sizes below 2^31");
            }
        }
        return new Shape(dims.stream().map(Long::intValue).toList());
    }

    @Override
    public String toString() {
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
