package org.hwgrade.ops.network;

/** One setting of a layer as a rubric writes it: {@code 3}, {@code [3, 5]}, {@code "same"}, {@code true}. */
public sealed interface Setting {

    record Whole(long value) implements Setting {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** Two integers: rows and columns of a window, stride, padding or dilation. */
    record Pair(long first, long second) implements Setting {
        @Override
        public String toString() {
            return "[" + first + ", " + second + "]";
        }
    }

    record Text(String value) implements Setting {
        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    record Flag(boolean value) implements Setting {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }
}
