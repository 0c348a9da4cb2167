package org.hwgrade.ops.network;

/** Zeros added around an image: a number per side of each axis, or "same" (output size = ceil(input / stride)). */
public sealed interface Padding {

    Padding NONE = new Explicit(0, 0);

    /**
     * The padding on each side that keeps the size of an F×F window of dilation D at stride 1:
     * D(F − 1)/2 (2 for a 5×5 conv).
     *
     * @throws org.hwgrade.formula.OpException when D(F − 1) is odd: no equal padding on both sides keeps the size
     */
    static long sameAmount(long size, long dilation) {
        Window.square(size, 1, 0, dilation);
        long total = dilation * (size - 1);
        if (total % 2 != 0) {
            throw new org.hwgrade.formula.OpException("a window of size " + size + " and dilation " + dilation
                    + " needs " + total + " zeros in all to keep the size, which do not split evenly between the two sides",
                    "use an odd size, or padding: same (which puts the odd zero at the end)");
        }
        return total / 2;
    }

    /** {@code height} zeros above and below, {@code width} left and right. */
    record Explicit(long height, long width) implements Padding {
    }

    /**
     * As much as keeps the size at stride 1, D(F − 1) in all, the odd one at the end (PyTorch's and
     * TensorFlow's "same"); at stride S TensorFlow's rule, an output of ceil(input / S).
     */
    record Same() implements Padding {
    }
}
