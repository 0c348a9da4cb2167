package org.hwgrade.ops.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hwgrade.formula.OpException;

/**
 * Mistakes to make on purpose, so that a rubric can write a misconception as the network a student
 * computed: {@code network(input, layers, no_bias=true)}. Each switch applies to every layer.
 *
 * @param ceilInsteadOfFloor  window counts rounded up: ceil((in − F + 2P)/S) + 1
 * @param noPadding           every padding taken as 0 ("same" too)
 * @param noDilation          every dilation taken as 1
 * @param channelsNotUpdated  a conv's output keeps its input's channel count instead of K
 * @param noBias              no layer has biases
 * @param ignoreInputChannels a k×k conv counted as k·k·K weights, as if it saw one input channel
 * @param singleGate          an LSTM or GRU counted with one gate, as a plain RNN
 */
public record Mistakes(boolean ceilInsteadOfFloor, boolean noPadding, boolean noDilation, boolean channelsNotUpdated,
                       boolean noBias, boolean ignoreInputChannels, boolean singleGate) {

    public static final Mistakes NONE = new Mistakes(false, false, false, false, false, false, false);

    /** The keyword of each switch, in the order of the record's components. */
    public static final List<String> NAMES = List.of("ceil_instead_of_floor", "no_padding", "no_dilation",
            "channels_not_updated", "no_bias", "ignore_input_channels", "single_gate");

    /** @throws OpException when a name is not one of {@link #NAMES} */
    public static Mistakes named(Set<String> names) {
        Set<String> unknown = new LinkedHashSet<>(names);
        unknown.removeAll(NAMES);
        if (!unknown.isEmpty()) {
            throw new OpException("unknown mistake " + String.join(", ", unknown), "use one of: " + String.join(", ", NAMES));
        }
        return new Mistakes(names.contains(NAMES.get(0)), names.contains(NAMES.get(1)), names.contains(NAMES.get(2)),
                names.contains(NAMES.get(3)), names.contains(NAMES.get(4)), names.contains(NAMES.get(5)),
                names.contains(NAMES.get(6)));
    }
}
