package org.hwgrade.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntPredicate;
import org.hwgrade.latex.LatexLexer;

/**
 * One or more physical lines read as one (a matrix written over several lines), with a cleaned copy
 * of the same length: math delimiters, Markdown emphasis, alignment environments and LaTeX comments
 * become spaces, so every offset in {@link #clean} is also an offset in {@link #raw} and maps back to
 * a line and column of the file. The cleaned text is cut into {@link Statement}s by one linear scan.
 */
final class LogicalLine {

    /** Environments that only lay out equations: they are blanked and their rows become statements. */
    static final Set<String> LAYOUT_ENVS = Set.of("aligned", "align", "align*", "alignat", "alignat*", "gather",
            "gather*", "gathered", "split", "eqnarray", "eqnarray*", "equation", "equation*", "multline",
            "multline*", "flalign", "flalign*", "displaymath", "math", "center", "enumerate", "itemize",
            "description", "document");

    /** Offsets [start, end) of the logical line. */
    record Span(int start, int end) {
    }

    /** A statement [start, end) cut into members by '=' (or ':' when there is no '='). */
    record Statement(int start, int end, List<Span> members) {
        int valueStart() {
            return members.get(members.size() - 1).start();
        }

        int valueEnd() {
            return members.get(members.size() - 1).end();
        }

        /** Where the text before the first '=' ends (the whole statement when there is none). */
        int leftEnd() {
            return isChain() ? members.get(0).end() : end;
        }

        boolean isChain() {
            return members.size() >= 2;
        }
    }

    final String raw;
    final String clean;
    final int[] starts;
    final int firstLine;
    final boolean math;
    final List<Statement> statements;

    private LogicalLine(String raw, String clean, int[] starts, int firstLine, boolean math) {
        this.raw = raw;
        this.starts = starts;
        this.firstLine = firstLine;
        this.math = math;
        char[] c = clean.toCharArray();
        this.statements = split(c);
        // Splitting blanks alignment points; when it changed nothing, keep one string for both.
        String cleaned = new String(c);
        this.clean = cleaned.equals(raw) ? raw : cleaned;
    }

    /** A 1-based line and column of the file. */
    record Position(int line, int column) {
    }

    /** The line and column of an offset. */
    Position position(int offset) {
        int k = lineIndex(offset);
        return new Position(firstLine + k, offset - starts[k] + 1);
    }

    /** The offset where the physical line holding {@code offset} starts. */
    int lineStart(int offset) {
        return starts[lineIndex(offset)];
    }

    /** Which of the joined lines (0 for the first) holds {@code offset}. */
    private int lineIndex(int offset) {
        int k = starts.length - 1;
        while (k > 0 && starts[k] > offset) {
            k--;
        }
        return k;
    }

    /** The 1-based number of the last physical line joined into this one. */
    int lastLine() {
        return firstLine + starts.length - 1;
    }

    /** The offset of a 1-based line and column of this logical line. */
    int offset(int line, int column) {
        return starts[line - firstLine] + column - 1;
    }

    /** The first offset in [from, to) that is not blank in the cleaned text ({@code to} if none). */
    int firstNonBlank(int from, int to) {
        int i = from;
        while (i < to && ValueLexer.isSpace(clean.charAt(i))) {
            i++;
        }
        return i;
    }

    String rawText(int from, int to) {
        return raw.substring(from, to).replace('\n', ' ').strip();
    }

    private static final int[] ONE_LINE = {0};

    /**
     * The logical lines of lines [from, to) (0-based), one at a time: a line whose brackets or
     * environments are still open at its end is joined with the next ones until they close (at most
     * {@link Limits#MAX_JOINED_LINES}); blank lines and lines in {@code skip} (too long) start none.
     * A line in {@code ownLine} (a heading or a part marker) is never joined to the lines before it:
     * an open bracket does not make a heading part of a statement. Each line is cleaned once and only
     * the lines being joined are held, so memory does not grow with the file.
     */
    static Iterator<LogicalLine> of(String[] lines, int from, int to, boolean tex, boolean[] skip, IntPredicate ownLine) {
        return new Joiner(lines, from, to, tex, skip, ownLine);
    }

    /** A line cleaned once: its cleaned text, whether it had math, its net open brackets. */
    private record Cleaned(String clean, boolean math, int depth) {
    }

    private static final class Joiner implements Iterator<LogicalLine> {
        private final String[] lines;
        private final int to;
        private final boolean tex;
        private final boolean[] skip;
        private final IntPredicate ownLine;
        /** Cleaned lines from {@code aheadFrom} on, kept while a join looks ahead past them. */
        private final ArrayDeque<Cleaned> ahead = new ArrayDeque<>();
        private int aheadFrom;
        private int next;

        Joiner(String[] lines, int from, int to, boolean tex, boolean[] skip, IntPredicate ownLine) {
            this.lines = lines;
            this.to = to;
            this.tex = tex;
            this.skip = skip;
            this.ownLine = ownLine;
            this.next = from;
            this.aheadFrom = from;
            advance();
        }

        /** Moves {@code next} to the next line that starts a logical line. */
        private void advance() {
            while (next < to && (skip[next] || isBlank(lines[next], 0, lines[next].length()))) {
                next++;
            }
            while (aheadFrom < next && !ahead.isEmpty()) {
                ahead.removeFirst();
                aheadFrom++;
            }
            if (ahead.isEmpty()) {
                aheadFrom = next;
            }
        }

        private Cleaned cleaned(int line) {
            while (aheadFrom + ahead.size() <= line) {
                int j = aheadFrom + ahead.size();
                boolean[] m = new boolean[1];
                String c = skip[j] ? "" : clean(lines[j], tex, m);
                ahead.addLast(new Cleaned(c, m[0], depth(c)));
            }
            Iterator<Cleaned> it = ahead.iterator();
            for (int k = aheadFrom; k < line; k++) {
                it.next();
            }
            return it.next();
        }

        @Override
        public boolean hasNext() {
            return next < to;
        }

        @Override
        public LogicalLine next() {
            if (next >= to) {
                throw new NoSuchElementException();
            }
            int i = next;
            Cleaned first = cleaned(i);
            int last = i;
            if (first.depth() > 0) {
                int d = first.depth();
                for (int j = i + 1; j < to && j - i < Limits.MAX_JOINED_LINES && !skip[j] && !ownLine.test(j); j++) {
                    d += cleaned(j).depth();
                    if (d <= 0) {
                        last = j;
                        break;
                    }
                }
            }
            LogicalLine out;
            if (last == i) {
                out = new LogicalLine(lines[i], first.clean(), ONE_LINE, i + 1, first.math());
            } else {
                StringBuilder raw = new StringBuilder();
                StringBuilder clean = new StringBuilder();
                int[] starts = new int[last - i + 1];
                boolean anyMath = false;
                Iterator<Cleaned> it = ahead.iterator();
                for (int k = aheadFrom; k < i; k++) {
                    it.next();
                }
                for (int j = i; j <= last; j++) {
                    Cleaned c = it.next();
                    if (j > i) {
                        raw.append('\n');
                        clean.append('\n');
                    }
                    starts[j - i] = raw.length();
                    raw.append(lines[j]);
                    clean.append(c.clean());
                    anyMath |= c.math();
                }
                out = new LogicalLine(raw.toString(), clean.toString(), starts, i + 1, anyMath);
            }
            next = last + 1;
            advance();
            return out;
        }
    }

    /** A copy of the line of the same length with delimiters and layout blanked; math[0] set when it had math. */
    static String clean(String line, boolean tex, boolean[] math) {
        char[] c = line.toCharArray();
        int n = c.length;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (tex && ch == '%') {
                blank(c, i, n);
                break;
            }
            if (ch == '$') {
                c[i++] = ' ';
                math[0] = true;
            } else if (ch == '`') {
                c[i++] = ' ';
            } else if (ch == '*' && i + 1 < n && c[i + 1] == '*') {
                c[i] = ' ';
                c[i + 1] = ' ';
                i += 2;
            } else if (ch == '\\' && i + 1 < n) {
                char nx = c[i + 1];
                if (nx == '\\') {
                    i += 2;
                } else if (nx == '[' || nx == ']' || nx == '(' || nx == ')') {
                    c[i] = ' ';
                    c[i + 1] = ' ';
                    math[0] = true;
                    i += 2;
                } else if (ValueLexer.isAsciiLetter(nx)) {
                    int e = i + 1;
                    while (e < n && ValueLexer.isAsciiLetter(c[e])) {
                        e++;
                    }
                    String name = line.substring(i + 1, e);
                    if ((name.equals("begin") || name.equals("end")) && e < n && c[e] == '{') {
                        int close = e + 1;
                        while (close < n && close - e <= 30 && c[close] != '}') {
                            close++;
                        }
                        if (close < n && c[close] == '}') {
                            String env = line.substring(e + 1, close);
                            if (LAYOUT_ENVS.contains(env)) {
                                blank(c, i, close + 1);
                                math[0] |= !env.equals("enumerate") && !env.equals("itemize");
                                e = close + 1;
                            } else if (LatexLexer.isMatrixEnvironment(env)) {
                                math[0] = true;
                            }
                        }
                    }
                    i = e;
                } else {
                    i += 2;
                }
            } else {
                i++;
            }
        }
        return new String(c);
    }

    private static void blank(char[] c, int from, int to) {
        for (int k = from; k < to; k++) {
            c[k] = ' ';
        }
    }

    /** Net open brackets and environments of a cleaned line. */
    private static int depth(String c) {
        int d = 0;
        int n = c.length();
        for (int i = 0; i < n; i++) {
            char ch = c.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                d++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                d--;
            } else if (ch == '\\' && i + 1 < n) {
                if (c.startsWith("begin", i + 1)) {
                    d++;
                } else if (c.startsWith("end", i + 1) && (i + 4 >= n || !ValueLexer.isAsciiLetter(c.charAt(i + 4)))) {
                    d--;
                }
                i++;
            }
        }
        return d;
    }

    /**
     * Cuts the cleaned text into statements at depth 0: at {@code \\}, {@code \quad}, ';', and at a
     * comma between two equations ("x = ..., W = ..."). Blanks '&' at depth 0 (alignment points).
     */
    /** A cut ({@code \\}, {@code \quad}, ';', ',') or an equals sign at an offset, and how many characters it takes. */
    private record Mark(int at, int length) {
    }

    private static List<Statement> split(char[] c) {
        int n = c.length;
        List<Mark> cuts = new ArrayList<>();
        List<Integer> commas = new ArrayList<>();
        List<Mark> eqs = new ArrayList<>();
        List<Integer> colons = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth = Math.max(0, depth - 1);
            } else if (ch == '\\' && i + 1 < n) {
                char nx = c[i + 1];
                if (nx == '\\') {
                    if (depth == 0) {
                        cuts.add(new Mark(i, 2));
                    }
                    i += 2;
                    continue;
                }
                if (ValueLexer.isAsciiLetter(nx)) {
                    int e = i + 1;
                    while (e < n && ValueLexer.isAsciiLetter(c[e])) {
                        e++;
                    }
                    String name = new String(c, i + 1, e - i - 1);
                    switch (name) {
                        case "begin" -> depth++;
                        case "end" -> depth = Math.max(0, depth - 1);
                        case "quad", "qquad" -> {
                            if (depth == 0) {
                                cuts.add(new Mark(i, e - i));
                            }
                        }
                        case "approx", "Rightarrow", "implies", "Longrightarrow" -> {
                            if (depth == 0) {
                                eqs.add(new Mark(i, e - i));
                            }
                        }
                        default -> {
                        }
                    }
                    i = e;
                    continue;
                }
                i += 2;
                continue;
            } else if (depth == 0) {
                switch (ch) {
                    case '&' -> c[i] = ' ';
                    case ';' -> cuts.add(new Mark(i, 1));
                    case ',' -> commas.add(i);
                    case '\u2248', '\u21d2' -> eqs.add(new Mark(i, 1));
                    case '\u2192' -> {
                        if (!betweenDigits(c, i, 1)) {
                            eqs.add(new Mark(i, 1));
                        }
                    }
                    case '-' -> {
                        if (i + 1 < n && c[i + 1] == '>') {
                            if (!betweenDigits(c, i, 2)) {
                                eqs.add(new Mark(i, 2));
                            }
                            i += 2;
                            continue;
                        }
                    }
                    case '=' -> {
                        boolean compound = i > 0 && "<>!=".indexOf(c[i - 1]) >= 0;
                        if (!compound) {
                            if (i + 1 < n && c[i + 1] == '>') {
                                eqs.add(new Mark(i, 2));
                                i += 2;
                                continue;
                            }
                            if (i > 0 && c[i - 1] == ':') {
                                c[i - 1] = ' ';
                            }
                            eqs.add(new Mark(i, 1));
                        }
                    }
                    case ':' -> {
                        boolean ratio = i > 0 && i + 1 < n && ValueLexer.isDigit(c[i - 1]) && ValueLexer.isDigit(c[i + 1]);
                        if (!ratio && !(i + 1 < n && c[i + 1] == '=')) {
                            colons.add(i);
                        }
                    }
                    default -> {
                    }
                }
            }
            i++;
        }
        // A comma separates two equations when each side has an '=' of its own.
        List<Mark> allCuts = new ArrayList<>(cuts);
        int prevCut = 0;
        for (int k = 0; k < commas.size(); k++) {
            int comma = commas.get(k);
            int nextComma = k + 1 < commas.size() ? commas.get(k + 1) : n;
            boolean before = hasEq(eqs, prevCut, comma);
            boolean after = hasEq(eqs, comma, nextComma);
            if (before && after && !cutBetween(cuts, prevCut, comma)) {
                allCuts.add(new Mark(comma, 1));
                prevCut = comma + 1;
            }
        }
        allCuts.sort(java.util.Comparator.comparingInt(Mark::at));
        List<Statement> out = new ArrayList<>();
        int start = 0;
        int cutIndex = 0;
        int[] cursor = new int[2];
        while (start <= n) {
            int end = cutIndex < allCuts.size() ? allCuts.get(cutIndex).at() : n;
            out.add(statement(start, end, eqs, colons, cursor));
            if (cutIndex >= allCuts.size()) {
                break;
            }
            start = allCuts.get(cutIndex).at() + allCuts.get(cutIndex).length();
            cutIndex++;
        }
        out.removeIf(s -> isBlank(c, s.start(), s.end()));
        return out;
    }

    /**
     * Whether the arrow of {@code length} characters at {@code at} stands between two digits with no
     * space ("conv 3→16", "32->64"): channels or sizes from one to the other, not a step of a derivation.
     */
    private static boolean betweenDigits(char[] c, int at, int length) {
        return at > 0 && ValueLexer.isDigit(c[at - 1]) && at + length < c.length && ValueLexer.isDigit(c[at + length]);
    }

    /** Whether a mark (list sorted by position) lies in [from, to); binary search keeps long lines linear. */
    private static boolean hasEq(List<Mark> marks, int from, int to) {
        int lo = 0;
        int hi = marks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).at() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < marks.size() && marks.get(lo).at() < to;
    }

    private static boolean cutBetween(List<Mark> cuts, int from, int to) {
        return hasEq(cuts, from, to);
    }

    /** Statements come in order, so {@code cursor} (next '=' and next ':') only moves forward. */
    private static Statement statement(int start, int end, List<Mark> eqs, List<Integer> colons, int[] cursor) {
        List<Span> members = new ArrayList<>();
        int from = start;
        while (cursor[0] < eqs.size() && eqs.get(cursor[0]).at() < start) {
            cursor[0]++;
        }
        while (cursor[0] < eqs.size() && eqs.get(cursor[0]).at() < end) {
            Mark q = eqs.get(cursor[0]++);
            members.add(new Span(from, q.at()));
            from = q.at() + q.length();
        }
        int colon = -1;
        while (cursor[1] < colons.size() && colons.get(cursor[1]) < end) {
            int p = colons.get(cursor[1]++);
            if (p >= start) {
                colon = p;
            }
        }
        if (members.isEmpty()) {
            if (colon >= 0) {
                members.add(new Span(start, colon));
                from = colon + 1;
            }
        }
        members.add(new Span(from, end));
        return new Statement(start, end, members);
    }

    static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ValueLexer.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ValueLexer.isSpace(c[i])) {
                return false;
            }
        }
        return true;
    }
}
