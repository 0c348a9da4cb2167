package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A given of a problem: a value (number, matrix, shape), or data for the ops: a text
 * ({@code padding: same}, {@code bias: false}), a list ({@code layers:}) or a record
 * ({@code {kind: conv, filters: 8}}).
 */
public sealed interface Given {

    record Of(Value value) implements Given {
        public Of {
            Objects.requireNonNull(value, "value");
        }
    }

    record Text(String text) implements Given {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record ListOf(List<Given> items) implements Given {
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /** Named fields in file order. */
    record Record(Map<String, Given> fields) implements Given {
        public Record {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * A given drawn for each student (docs/rubric.md, Variants): integers uniform in [low, high],
     * one for each entry of a tensor of {@code dims}, or one integer when {@code dims} is empty.
     */
    record Integers(long low, long high, List<Integer> dims) implements Given {
        public Integers {
            if (low > high) {
                throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
            }
            dims = List.copyOf(dims);
        }
    }

    /**
     * A given drawn for each student: exact fractions n/d, the numerator uniform in [low, high] and
     * the denominator in [denominatorLow, denominatorHigh] (from 1 on), drawn in that order for each
     * entry of a tensor of {@code dims}, or one fraction when {@code dims} is empty; 2/4 is 1/2.
     */
    record Rationals(long low, long high, long denominatorLow, long denominatorHigh, List<Integer> dims) implements Given {
        public Rationals {
            if (low > high || denominatorLow > denominatorHigh || denominatorLow < 1) {
                throw new IllegalArgumentException("ranges [" + low + ", " + high + "] / [" + denominatorLow + ", "
                        + denominatorHigh + "]");
            }
            dims = List.copyOf(dims);
        }
    }

    /** A given drawn for each student: one of the options, each as likely. */
    record Choice(List<Given> options) implements Given {
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one option");
            }
        }
    }

    /** Whether the given is drawn per student rather than written in the rubric. */
    static boolean drawn(Given given) {
        return given instanceof Integers || given instanceof Rationals || given instanceof Choice;
    }

    /**
     * A given named without its value, as in a student-safe rubric: the reader needs the name (a
     * line `x = ...` restates a given, it is not an answer), the student has the value on the sheet.
     */
    record Withheld() implements Given {
    }
}
