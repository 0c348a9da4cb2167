package org.hwgrade.symbolic;

import java.util.HashMap;
import java.util.Map;

/** What an expression is evaluated against: an instance and the values of the indices in reach. */
record Scope(Instance instance, Map<String, Integer> indices) {

    Scope {
        indices = Map.copyOf(indices);
    }

    static Scope of(Instance instance) {
        return new Scope(instance, instance.boundIndices());
    }

    Scope with(String index, int value) {
        HashMap<String, Integer> more = new HashMap<>(indices);
        more.put(index, value);
        return new Scope(instance, more);
    }

    int size(String dimension) throws EvalException {
        if (dimension.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(dimension);
        }
        Integer size = instance.dimensions().get(dimension);
        if (size == null) {
            throw new EvalException("the size `" + dimension + "` is not known");
        }
        return size;
    }
}
