package org.hwgrade.ops.network;

import java.util.ArrayList;
import java.util.List;
import org.hwgrade.formula.OpException;

/**
 * A dense (fully connected, linear) layer with K units: n·K weights and K biases for n inputs. A
 * (C, H, W) input is flattened first (n = C·H·W), as courses draw an FC layer after a conv; on a
 * sequence (T, d) it acts on every position (n = d, output (T, K)), as PyTorch's Linear does.
 */
public record DenseLayer(long units, boolean bias) implements NetLayer {

    @Override
    public String kind() {
        return "dense";
    }

    @Override
    public long declaredInput(FeatureMap in) {
        return in.rank() == 3 ? in.elements() : in.features();
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        if (units < 1) {
            throw new OpException("a dense layer needs at least 1 unit, got " + units, "give the layer units: K with K >= 1");
        }
        boolean image = in.rank() == 3;
        if (!image) {
            in.requireSequence(aKind());
        }
        long inputs = declaredInput(in);
        long positions = image ? 1 : in.positions();
        List<Long> dims = new ArrayList<>(image ? List.of() : in.dims().subList(0, in.rank() - 1));
        dims.add(units);
        long weights = Counts.product(inputs, units);
        return new LayerFacts(in.withoutField(dims), weights, bias && !o.mistakes().noBias() ? units : 0, 0,
                Counts.product(positions, weights));
    }
}
