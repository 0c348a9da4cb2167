package org.hwgrade.submission;

import java.util.List;
import java.util.Objects;

/**
 * What the reader saw in a free-form file, for a TA or a developer: the region of each problem, the
 * part markers, where each answer was taken from and how, and notes (lines too long to read).
 */
public record Layout(String file, List<Region> regions, List<Marker> markers, List<Hit> hits, List<String> notes) {

    public Layout {
        Objects.requireNonNull(file, "file");
        regions = List.copyOf(regions);
        markers = List.copyOf(markers);
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** Lines firstLine..lastLine (1-based, inclusive) belong to the problem; {@code heading} is how it was recognised. */
    public record Region(String problemId, int firstLine, int lastLine, String heading) {
    }

    /** A part marker such as "(a)" on a line. */
    public record Marker(String partId, int line) {
    }

    /** The answer to a part was read at line:column, by {@code how} ("label 'k'", "marker", "elements"). */
    public record Hit(String partId, int line, int column, String how) {
    }
}
