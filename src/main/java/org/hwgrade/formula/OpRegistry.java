package org.hwgrade.formula;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ops formulas may call, by name; built once from groups and shared (immutable). */
public final class OpRegistry {

    private final Map<String, Op> ops;

    private OpRegistry(Map<String, Op> ops) {
        this.ops = Collections.unmodifiableMap(ops);
    }

    /** @throws IllegalArgumentException when two ops share a name */
    public static OpRegistry of(List<? extends OpGroup> groups) {
        Map<String, Op> ops = new LinkedHashMap<>();
        for (OpGroup g : groups) {
            for (Op op : g.ops()) {
                if (ops.putIfAbsent(op.name(), op) != null) {
                    throw new IllegalArgumentException("op " + op.name() + " registered twice (again by "
                            + g.getClass().getSimpleName() + ")");
                }
            }
        }
        return new OpRegistry(ops);
    }

    public Optional<Op> find(String name) {
        return Optional.ofNullable(ops.get(name));
    }

    public Set<String> names() {
        return ops.keySet();
    }

    public Collection<Op> ops() {
        return ops.values();
    }
}
