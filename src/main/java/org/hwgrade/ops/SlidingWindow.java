package org.hwgrade.ops;

import org.hwgrade.formula.OpException;

/**
 * The one place that says how many positions a window takes along an axis:
 * out = floor((in − F + 2P)/S) + 1 (or ceil, for the misconception). Convolution, pooling and the
 * shape problems all use it, so they can never disagree.
 */
public final class SlidingWindow {

    public enum Rounding { FLOOR, CEIL }

    private SlidingWindow() {
    }

    /**
     * @param in      input length along the axis
     * @param window  window (filter) length F
     * @param stride  step S between window positions
     * @param padding zeros P added on each side
     * @throws OpException when the window does not fit or a parameter is out of range
     */
    public static int outputSize(long in, long window, long stride, long padding, Rounding rounding) {
        requireParameters(window, stride, padding);
        if (in < 1) {
            throw new OpException("input size " + in + " is less than 1",
                    "check the layers before this one: the input has already shrunk to nothing");
        }
        long padded = in + 2 * padding;
        if (padded < window) {
            throw new OpException(
                    "window " + window + " is larger than the padded input " + in + " + 2·" + padding + " = " + padded,
                    "use a smaller size or more padding, or check the layers before this one");
        }
        long span = padded - window;
        long steps = rounding == Rounding.FLOOR ? span / stride : (span + stride - 1) / stride;
        long out = steps + 1;
        if (out > Integer.MAX_VALUE) {
            throw new OpException("output size " + out + " is too large", "use sizes below 2^31");
        }
        return (int) out;
    }

    /** Checks size, stride and padding alone (no input needed). */
    public static void requireParameters(long window, long stride, long padding) {
        final long limit = Integer.MAX_VALUE;
        if (window < 1) {
            throw new OpException("size " + window + " is less than 1", "give the window a size of 1 or more");
        }
        if (stride < 1) {
            throw new OpException("stride " + stride + " is less than 1", "give a stride of 1 or more");
        }
        if (padding < 0) {
            throw new OpException("padding " + padding + " is negative", "give a padding of 0 or more");
        }
        if (window > limit || stride > limit || padding > limit) {
            throw new OpException("size, stride or padding is too large", "use values below 2^31");
        }
    }
}
