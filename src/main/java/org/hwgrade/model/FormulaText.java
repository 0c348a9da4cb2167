package org.hwgrade.model;

import java.util.List;
import java.util.Objects;
import org.hwgrade.model.HwgradeException.Location;

/**
 * A formula as written in a rubric ({@code conv2d(x, W)}), with the file position of each of its
 * characters, so that an error found at an offset inside the formula (an unknown name, an argument
 * that does not fit) names the exact line and column, whether the formula was a plain, quoted or
 * block scalar. {@code positions} has one entry per character and one for the end of the text.
 */
public record FormulaText(String text, List<Location> positions) {

    public FormulaText {
        Objects.requireNonNull(text, "text");
        positions = List.copyOf(positions);
        if (positions.size() != text.length() + 1) {
            throw new IllegalArgumentException("a formula of " + text.length() + " characters needs "
                    + (text.length() + 1) + " positions, got " + positions.size());
        }
    }

    /** A formula written in code (tests, generated rubrics): its positions count columns of one line. */
    public static FormulaText inline(String text, Location start) {
        List<Location> at = new java.util.ArrayList<>(text.length() + 1);
        for (int i = 0; i <= text.length(); i++) {
            at.add(new Location(start.file(), start.line(), start.column() + i));
        }
        return new FormulaText(text, at);
    }

    /** Where the character at {@code offset} stands in the rubric file (offsets past the end: the end). */
    public Location at(int offset) {
        return positions.get(Math.max(0, Math.min(offset, text.length())));
    }

    /** Where the formula starts. */
    public Location start() {
        return positions.get(0);
    }

    @Override
    public String toString() {
        return text;
    }
}
