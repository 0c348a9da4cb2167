package org.hwgrade.ops.network;

import org.hwgrade.formula.OpException;
import org.hwgrade.ops.SlidingWindow;

/** The window of a conv or pooling layer: size F (rows × columns), stride S, padding P and dilation D. */
public record Window(long height, long width, long strideHeight, long strideWidth, Padding padding,
                     long dilationHeight, long dilationWidth) {

    /** @throws OpException when a size, stride, dilation or padding is out of range */
    public Window {
        long ph = padding instanceof Padding.Explicit e ? e.height() : 0;
        long pw = padding instanceof Padding.Explicit e ? e.width() : 0;
        SlidingWindow.requireParameters(height, strideHeight, ph);
        SlidingWindow.requireParameters(width, strideWidth, pw);
        if (dilationHeight < 1 || dilationWidth < 1) {
            throw new OpException("dilation " + Math.min(dilationHeight, dilationWidth) + " is less than 1",
                    "give a dilation of 1 (no gaps) or more");
        }
    }

    /** A square F×F window. */
    public static Window square(long size, long stride, long padding, long dilation) {
        return new Window(size, size, stride, stride, new Padding.Explicit(padding, padding), dilation, dilation);
    }

    /** Rows the window spans on the input, gaps included: D(F − 1) + 1. */
    long effectiveHeight(Mistakes m) {
        return (m.noDilation() ? 1 : dilationHeight) * (height - 1) + 1;
    }

    long effectiveWidth(Mistakes m) {
        return (m.noDilation() ? 1 : dilationWidth) * (width - 1) + 1;
    }

    /** Output rows for {@code in} input rows; {@code ceilMode} rounds up (pooling's ceil_mode, or the mistake). */
    long outputHeight(long in, Mistakes m, boolean ceilMode) {
        return along(in, effectiveHeight(m), strideHeight, padding instanceof Padding.Explicit e ? e.height() : -1, m, ceilMode);
    }

    long outputWidth(long in, Mistakes m, boolean ceilMode) {
        return along(in, effectiveWidth(m), strideWidth, padding instanceof Padding.Explicit e ? e.width() : -1, m, ceilMode);
    }

    /**
     * {@code padding} −1 stands for "same". The mistake rounds up as the student's formula does;
     * PyTorch's ceil_mode also rounds up but drops a last window that would start in the right
     * padding (its rule: when (out − 1)·S ≥ in + P, one window fewer).
     */
    private static long along(long in, long window, long stride, long padding, Mistakes m, boolean ceilMode) {
        if (padding < 0 && !m.noPadding()) {
            return (in + stride - 1) / stride;
        }
        long p = m.noPadding() ? 0 : Math.max(padding, 0);
        SlidingWindow.Rounding rounding = ceilMode || m.ceilInsteadOfFloor()
                ? SlidingWindow.Rounding.CEIL : SlidingWindow.Rounding.FLOOR;
        long out = SlidingWindow.outputSize(in, window, stride, p, rounding);
        return ceilMode && out > 1 && (out - 1) * stride >= in + p ? out - 1 : out;
    }
}
