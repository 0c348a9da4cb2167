package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.submission.LogicalLine.Span;
import org.hwgrade.submission.LogicalLine.Statement;

/**
 * The second job of the free-form reader: the part markers of one problem's region ("(a)", "2a)",
 * "\item[(b)]", the n-th plain \item of an enumerate, numbered items "1. " where they can only be
 * the parts ({@link NumberedItems}), and further "(b)" markers on the same line
 * after {@code \quad}, ';' or ','), found in one pass, and an index from each line to the part
 * whose marker it follows. A marker's part owns what follows it up to the next marker; asking which
 * part owns a place costs one array lookup, however many markers there are.
 */
final class PartIndex {

    /** A marker after the start of a line: from {@code column} (1-based) on, the line is {@code part}'s. */
    private record InLine(int column, Part part) {
    }

    private final int from;
    /** The part owning the start of each line of the region (index: line - from), or null before the first marker. */
    private final Part[] owner;
    /** The lines (index as above) that hold markers after their start. */
    private final Map<Integer, List<InLine>> inLine;
    /** The lines (index as above) that start with a marker. */
    private final BitSet marked;
    private final List<Layout.Marker> markers;

    private PartIndex(int from, Part[] owner, Map<Integer, List<InLine>> inLine, BitSet marked, List<Layout.Marker> markers) {
        this.from = from;
        this.owner = owner;
        this.inLine = inLine;
        this.marked = marked;
        this.markers = markers;
    }

    /** @param body the first line after the problem's heading (numbered items are looked for from there) */
    static PartIndex of(Problem problem, PartLetters letters, String[] lines, int from, int body, int to, boolean[] tooLong) {
        List<String> ordered = letters.ordered(problem.id());
        Set<String> mine = letters.of(problem.id());
        int[] numbered = NumberedItems.asMarkers(lines, body, to, tooLong, ordered.size(),
                i -> Headings.marker(lines[i], problem.id(), mine) != null || lines[i].strip().startsWith("\\item"));
        Part[] owner = new Part[to - from];
        Map<Integer, List<InLine>> inLine = new HashMap<>();
        BitSet marked = new BitSet();
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
                String letter = Headings.marker(line, problem.id(), mine);
                if (letter == null && items >= 0 && trimmed.startsWith("\\item") && !trimmed.startsWith("\\item[")
                        && items < ordered.size()) {
                    letter = ordered.get(items++);
                }
                if (letter == null && numbered != null && i >= body && numbered[i - body] > 0) {
                    letter = ordered.get(numbered[i - body] - 1);
                }
                if (letter != null) {
                    marked.set(i - from);
                    current = letters.part(problem.id(), letter).orElseThrow();
                    markers.add(new Layout.Marker(current.id(), i + 1));
                }
                List<InLine> later = inLineMarkers(line, problem, letters);
                owner[i - from] = current;
                if (!later.isEmpty()) {
                    inLine.put(i - from, later);
                    for (InLine m : later) {
                        markers.add(new Layout.Marker(m.part().id(), i + 1));
                    }
                    current = later.get(later.size() - 1).part();
                }
            } else {
                owner[i - from] = current;
            }
        }
        return new PartIndex(from, owner, inLine, marked, List.copyOf(markers));
    }

    /**
     * "(a) $56$ \quad (b) $280$": markers "(x)" of the problem's letters after a separator
     * ({@code \quad}, {@code \qquad}, ';', ',') past the start of the line. Only lines holding a
     * separator are searched, in one pass.
     */
    private static List<InLine> inLineMarkers(String line, Problem problem, PartLetters letters) {
        List<InLine> out = List.of();
        int n = Math.min(line.length(), Limits.MAX_LINE_CHARS);
        for (int k = line.indexOf('('); k >= 0 && k + 2 < n; k = line.indexOf('(', k + 1)) {
            int close = k + 2;
            if (line.charAt(close) != ')' || !Character.isLetter(line.charAt(k + 1)) || !afterSeparator(line, k)) {
                continue;
            }
            String letter = String.valueOf(Character.toLowerCase(line.charAt(k + 1)));
            Optional<Part> part = letters.part(problem.id(), letter);
            if (part.isPresent()) {
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(new InLine(k + 1, part.get()));
            }
        }
        return out;
    }

    /** Whether only spaces and '$' stand between {@code at} and a separator before it. */
    private static boolean afterSeparator(String line, int at) {
        int k = at - 1;
        while (k >= 0 && (line.charAt(k) == ' ' || line.charAt(k) == '$' || line.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char c = line.charAt(k);
        return c == ';' || c == ',' || line.startsWith("quad", k - 3) && k >= 4 && line.charAt(k - 4) == '\\'
                || line.startsWith("qquad", k - 4) && k >= 5 && line.charAt(k - 5) == '\\';
    }

    /** Whether 0-based {@code line} of the file starts with a part marker. */
    boolean startsWithMarker(int line) {
        return line >= from && marked.get(line - from);
    }

    /** The part whose marker precedes 1-based {@code line} and {@code column}, if any. */
    Optional<Part> owner(int line, int column) {
        int k = line - 1 - from;
        if (k < 0 || k >= owner.length) {
            return Optional.empty();
        }
        List<InLine> later = inLine.get(k);
        if (later != null) {
            for (int j = later.size() - 1; j >= 0; j--) {
                if (later.get(j).column() <= column) {
                    return Optional.of(later.get(j).part());
                }
            }
        }
        return Optional.ofNullable(owner[k]);
    }

    /**
     * A statement without '=' cut where further markers of its lines start ("(a) 8x18x18, (b) 8x9x9"),
     * so that each piece is read for its own part; other statements are returned whole.
     */
    List<Statement> pieces(LogicalLine ll, Statement s) {
        if (s.isChain()) {
            return List.of(s);
        }
        List<Statement> out = null;
        int start = s.start();
        for (int line = ll.firstLine; line <= ll.lastLine(); line++) {
            List<InLine> later = inLine.get(line - 1 - from);
            if (later == null) {
                continue;
            }
            for (InLine m : later) {
                int at = ll.offset(line, m.column());
                if (at > ll.firstNonBlank(start, s.end()) && at < s.end()) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(new Statement(start, at, List.of(new Span(start, at))));
                    start = at;
                }
            }
        }
        if (out == null) {
            return List.of(s);
        }
        out.add(new Statement(start, s.end(), List.of(new Span(start, s.end()))));
        return out;
    }

    List<Layout.Marker> markers() {
        return markers;
    }
}
