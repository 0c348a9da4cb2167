package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;

/**
 * The second job of the free-form reader: the part markers of one problem's region ("(a)", "2a)",
 * "\item[(b)]", the n-th plain \item of an enumerate), found in one pass, and an index from each
 * line to the part whose marker it follows. A marker's part owns the lines up to the next marker;
 * asking which part owns a line costs one array lookup, however many markers there are.
 */
final class PartIndex {

    private final int from;
    /** The part owning each line of the region (index: line - from), or null before the first marker. */
    private final Part[] owner;
    private final List<Layout.Marker> markers;
    private final Set<String> marked = new HashSet<>();

    private PartIndex(int from, Part[] owner, List<Layout.Marker> markers) {
        this.from = from;
        this.owner = owner;
        this.markers = markers;
        markers.forEach(m -> marked.add(m.partId()));
    }

    static PartIndex of(Problem problem, PartLetters letters, String[] lines, int from, int to, boolean[] tooLong) {
        List<String> ordered = letters.ordered(problem.id());
        Part[] owner = new Part[to - from];
        List<Layout.Marker> markers = new ArrayList<>();
        Part current = null;
        int items = -1;
        for (int i = from; i < to; i++) {
            if (!tooLong[i]) {
                String line = lines[i];
                String trimmed = line.strip();
                if (trimmed.startsWith("\\begin{enumerate}")) {
                    items = 0;
                }
                String letter = Headings.marker(line, problem.id(), letters.of(problem.id()));
                if (letter == null && items >= 0 && trimmed.startsWith("\\item") && !trimmed.startsWith("\\item[")
                        && items < ordered.size()) {
                    letter = ordered.get(items++);
                }
                if (letter != null) {
                    current = letters.part(problem.id(), letter).orElseThrow();
                    markers.add(new Layout.Marker(current.id(), i + 1));
                }
            }
            owner[i - from] = current;
        }
        return new PartIndex(from, owner, List.copyOf(markers));
    }

    /** The part whose marker the 1-based {@code line} follows, if any. */
    Optional<Part> owner(int line) {
        int k = line - 1 - from;
        return k >= 0 && k < owner.length ? Optional.ofNullable(owner[k]) : Optional.empty();
    }

    /** Whether the part has a marker in the region (its answer is then looked for in its own lines first). */
    boolean hasMarker(Part part) {
        return marked.contains(part.id());
    }

    List<Layout.Marker> markers() {
        return markers;
    }
}
