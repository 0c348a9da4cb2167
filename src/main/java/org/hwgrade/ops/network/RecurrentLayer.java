package org.hwgrade.ops.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hwgrade.formula.OpException;

/**
 * An RNN, LSTM (4 gates) or GRU (3 gates) with hidden size h over inputs of size n: per direction,
 * gates·h·(n + h) weights and gates·h biases per bias vector. PyTorch keeps two bias vectors
 * (b_ih, b_hh), Keras one, except a Keras GRU with {@code reset_after} (its default) which keeps two;
 * so with biases the rubric must name the convention. Outputs every step: (T, h), or (h) for a
 * single input vector; twice h when bidirectional. T·gates·h·(n + h) multiply-accumulates per direction.
 */
public record RecurrentLayer(Cell cell, long hidden, boolean bias, Optional<Convention> convention, boolean bidirectional,
                             boolean resetAfter) implements NetLayer {

    public enum Cell {
        RNN(1), LSTM(4), GRU(3);

        final int gates;

        Cell(int gates) {
            this.gates = gates;
        }
    }

    @Override
    public String kind() {
        return cell.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public LayerFacts apply(FeatureMap in, NetworkOptions o) {
        Mistakes m = o.mistakes();
        in.requireSequence(aKind());
        if (hidden < 1) {
            throw new OpException(aKind() + " layer needs a hidden size of at least 1, got " + hidden,
                    "give the layer hidden: h with h >= 1");
        }
        long gates = m.singleGate() ? 1 : cell.gates;
        long directions = bidirectional ? 2 : 1;
        long perBiasVector = Counts.product(directions, gates, hidden);
        long biases = bias && !m.noBias() ? Counts.product(biasVectors(o), perBiasVector) : 0;
        long weights = Counts.product(perBiasVector, Counts.sum(in.features(), hidden));
        List<Long> dims = new ArrayList<>(in.dims().subList(0, in.rank() - 1));
        dims.add(Counts.product(directions, hidden));
        return new LayerFacts(in.withoutField(dims), weights, biases, 0, Counts.product(in.positions(), weights));
    }

    private long biasVectors(NetworkOptions o) {
        Convention c = convention.or(o::convention).orElseThrow(() -> new OpException(
                "the biases of " + aKind() + " layer depend on the framework: PyTorch counts two bias vectors per gate, Keras one",
                "say convention: pytorch or convention: keras on the layer or the network"));
        if (c == Convention.PYTORCH) {
            return 2;
        }
        return cell == Cell.GRU && resetAfter ? 2 : 1;
    }
}
