package org.hwgrade.ops.network;

/** One layer of a built {@link Network}: its name, its settings and what it did to its input. */
public record NetworkStep(String name, NetLayer layer, LayerFacts facts) {
}
