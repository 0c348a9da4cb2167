package org.hwgrade.formula;

/**
 * Where a piece of a formula sits in its text: a 0-based character offset and a length. Generated
 * trees that never had a text use {@link #NONE}.
 */
public record Span(int offset, int length) {

    public static final Span NONE = new Span(0, 0);

    public Span {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative span " + offset + "+" + length);
        }
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Span covering(Span first, Span last) {
        int end = Math.max(first.end(), last.end());
        return new Span(first.offset, end - first.offset);
    }

    public int end() {
        return offset + length;
    }
}
