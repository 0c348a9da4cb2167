package org.hwgrade.ops.network;

import java.util.List;
import org.hwgrade.formula.OpException;

/**
 * A transposed conv with K filters over (C, H, W): output (K, H′, W′) with
 * H′ = (H − 1)S − 2P + D(F − 1) + output_padding + 1 (PyTorch's formula; "same" padding gives H·S as
 * in Keras). Its weight tensor is C×(K/G)×F_h×F_w plus K biases; every input position multiplies
 * the whole kernel: H·W·C·(K/G)·F_h·F_w multiply-accumulates. The receptive field ends here.
 */
public record ConvTransposeLayer(long filters, Window window, long outputPadding, long groups, boolean bias)
        implements NetLayer {

    @Override
    public String kind() {
        return "conv_transpose";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.dim(0);
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        Mistakes m = o.mistakes();
        long channels = ConvLayer.inputChannels(this, in, filters, groups);
        if (outputPadding < 0 || outputPadding >= Math.max(window.strideHeight(), window.dilationHeight())
                || outputPadding >= Math.max(window.strideWidth(), window.dilationWidth())) {
            throw new OpException("output_padding " + outputPadding + " must be at least 0 and less than the stride or the dilation",
                    "output_padding only picks one of the S sizes that a strided conv maps to the same size");
        }
        boolean same = window.padding() instanceof Padding.Same && !m.noPadding();
        Padding.Explicit p = window.padding() instanceof Padding.Explicit e && !m.noPadding() ? e : (Padding.Explicit) Padding.NONE;
        long h = same ? Counts.product(in.dim(1), window.strideHeight())
                : grown(in.dim(1), window.strideHeight(), p.height(), window.effectiveHeight(m));
        long w = same ? Counts.product(in.dim(2), window.strideWidth())
                : grown(in.dim(2), window.strideWidth(), p.width(), window.effectiveWidth(m));
        long perGroup = m.ignoreInputChannels() ? 1 : channels / groups;
        long weights = Counts.product(perGroup, groups, filters / groups, window.height(), window.width());
        long macs = Counts.product(in.dim(1), in.dim(2), channels, filters / groups, window.height(), window.width());
        FeatureMap out = in.withoutField(List.of(m.channelsNotUpdated() ? channels : filters, h, w));
        return new LayerFacts(out, weights, bias && !m.noBias() ? filters : 0, 0, macs);
    }

    private long grown(long in, long stride, long padding, long window) {
        long out = Counts.sum(Counts.product(in - 1, stride), -2 * padding, window - 1, outputPadding, 1);
        if (out < 1) {
            throw new OpException("the output size " + out + " is less than 1: padding " + padding + " crops more than the layer adds",
                    "use less padding");
        }
        return out;
    }
}
