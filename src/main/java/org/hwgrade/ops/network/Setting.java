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

    /** A number that is not an integer (a dropout rate); {@code text} as the rubric wrote it. */
    record Fraction(String text) implements Setting {
        @Override
        public String toString() {
            return text;
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
