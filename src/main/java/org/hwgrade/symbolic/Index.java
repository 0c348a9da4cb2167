package org.hwgrade.symbolic;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A subscript such as {@code 1}, {@code y}, {@code m-1} or {@code i+1}: an integer constant plus
 * integer multiples of named indices. Equality is structural, which is what the ellipsis inference
 * needs to recognise "the index of this row" inside an entry.
 */
record Index(SortedMap<String, Integer> terms, int constant) {

    /** Indices beyond this are never meaningful here and would only invite overflow. */
    static final int LIMIT = 1_000_000;

    Index {
        TreeMap<String, Integer> copy = new TreeMap<>();
        terms.forEach((name, coefficient) -> {
            if (coefficient != 0) {
                copy.put(name, coefficient);
            }
        });
        terms = Collections.unmodifiableSortedMap(copy);
    }

    static Index constant(int value) {
        return new Index(new TreeMap<>(), value);
    }

    static Index variable(String name) {
        return variable(name, 0);
    }

    static Index variable(String name, int offset) {
        TreeMap<String, Integer> terms = new TreeMap<>();
        terms.put(name, 1);
        return new Index(terms, offset);
    }

    Index plus(Index other) {
        TreeMap<String, Integer> sum = new TreeMap<>(terms);
        other.terms.forEach((name, coefficient) -> sum.merge(name, coefficient, Integer::sum));
        return new Index(sum, constant + other.constant);
    }

    Index times(int factor) {
        TreeMap<String, Integer> scaled = new TreeMap<>();
        terms.forEach((name, coefficient) -> scaled.put(name, coefficient * factor));
        return new Index(scaled, constant * factor);
    }

    Set<String> variables() {
        return terms.keySet();
    }

    boolean isConstant() {
        return terms.isEmpty();
    }

    int evaluate(Map<String, Integer> values) throws EvalException {
        long value = constant;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            Integer bound = values.get(term.getKey());
            if (bound == null) {
                throw new EvalException("the index `" + term.getKey() + "` has no value here");
            }
            value += (long) term.getValue() * bound;
        }
        if (Math.abs(value) > LIMIT) {
            throw new EvalException("the index `" + this + "` is out of range");
        }
        return (int) value;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        terms.forEach((name, coefficient) -> {
            if (coefficient < 0) {
                text.append('-');
            } else if (text.length() > 0) {
                text.append('+');
            }
            if (Math.abs(coefficient) != 1) {
                text.append(Math.abs(coefficient));
            }
            text.append(name);
        });
        if (constant != 0 || text.length() == 0) {
            if (constant >= 0 && text.length() > 0) {
                text.append('+');
            }
            text.append(constant);
        }
        return text.toString();
    }
}
