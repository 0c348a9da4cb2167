package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Source;
import org.hwgrade.model.Tensor;
import org.hwgrade.submission.Headings.Heading;
import org.hwgrade.submission.Headings.Strength;
import org.hwgrade.submission.LogicalLine.Statement;

/**
 * Reads a Markdown, LaTeX or plain-text answer file: finds each problem's region from its heading,
 * the part markers inside it, and for each part the last complete answer written for one of its
 * labels (rules in docs/submissions.md).
 */
final class FreeFormReader {

    private static final Pattern STEM_PROBLEM = Pattern.compile(
            "(?:problem|prob|question|q|p|문제)[-_ ]?(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final WordSet THEREFORE = new WordSet("therefore", "thus", "hence", "so", "finally", "answer",
            "final", "따라서", "그러므로", "즉", "답", "정답", "최종", "결과");
    private static final WordSet GIVEN = new WordSet("given", "where", "let", "주어진", "주어졌을", "주어질", "가정",
            "gegeben", "sea", "soit", "input");

    private static final Pattern GIVEN_DERIVATIVE = Pattern.compile("^d(\\w+?)_d(\\w+)$");

    private final Rubric rubric;
    /** Every part label, normalised once per rubric rather than once per statement read. */
    private final Map<String, Labels.Label> labels = new HashMap<>();
    /** Per problem, its parts' marker letters and its given names: asked for on every line, computed once. */
    private final Map<String, Set<String>> letters = new HashMap<>();
    private final Map<String, Set<String>> givenNames = new HashMap<>();

    FreeFormReader(Rubric rubric) {
        this.rubric = rubric;
        rubric.parts().flatMap(p -> p.labels().stream()).forEach(raw -> labels.computeIfAbsent(raw, Labels::of));
        for (Problem p : rubric.problems()) {
            letters.put(p.id(), java.util.Collections.unmodifiableSet(lettersOf(p)));
            givenNames.put(p.id(), java.util.Collections.unmodifiableSet(givenNamesOf(p)));
        }
    }

    private Labels.Label label(String raw) {
        Labels.Label known = labels.get(raw);
        return known != null ? known : Labels.of(raw);
    }

    FileResult read(String file, String text, boolean tex, String stem) {
        String[] lines = Lines.split(text);
        int n = lines.length;
        boolean[] tooLong = new boolean[n];
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (lines[i].length() > Limits.MAX_LINE_CHARS) {
                tooLong[i] = true;
                notes.add("line " + (i + 1) + " was not read: it has " + lines[i].length() + " characters (limit "
                        + Limits.MAX_LINE_CHARS + ")");
            }
        }
        Map<String, Heading> chosen = headings(lines, tooLong);
        List<Heading> ordered = new ArrayList<>(chosen.values());
        ordered.sort(Comparator.comparingInt(Heading::line));
        List<Layout.Region> regions = new ArrayList<>();
        Map<String, int[]> bounds = new LinkedHashMap<>();
        for (int k = 0; k < ordered.size(); k++) {
            Heading h = ordered.get(k);
            int end = k + 1 < ordered.size() ? ordered.get(k + 1).line() - 1 : n;
            bounds.put(h.problemId(), new int[]{h.line() - 1, end});
            regions.add(new Layout.Region(h.problemId(), h.line(), end, describe(h, lines[h.line() - 1])));
        }
        if (bounds.isEmpty()) {
            String whole = wholeFileProblem(stem);
            if (whole != null) {
                bounds.put(whole, new int[]{0, n});
                regions.add(new Layout.Region(whole, 1, n, whole.equals(onlyProblem()) ? "the rubric's only problem"
                        : "the file name '" + stem + "'"));
            }
        }
        int firstRegion = ordered.isEmpty() ? (bounds.isEmpty() ? n : 0) : ordered.get(0).line() - 1;
        Optional<String> header = Optional.ofNullable(Headings.header(lines, firstRegion));

        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Layout.Marker> markers = new ArrayList<>();
        List<Layout.Hit> hits = new ArrayList<>();
        for (Problem problem : rubric.problems()) {
            int[] b = bounds.get(problem.id());
            if (b == null) {
                String reason = "no region for problem " + problem.id() + ": no heading such as 'Problem " + problem.id()
                        + "', '## " + problem.id() + "', 'Q" + problem.id() + "', '\\section*{Problem " + problem.id()
                        + "}' or a line holding only '" + problem.id() + "' was found";
                problem.parts().forEach(p -> answers.put(p.id(), new Answer.Missing(reason, Optional.empty())));
                continue;
            }
            Region region = new Region(file, problem, lines, b[0], b[1], tex, tooLong);
            markers.addAll(region.markers);
            for (Part part : problem.parts()) {
                answers.put(part.id(), region.answer(part, hits));
            }
        }
        Layout layout = new Layout(file, regions, markers, hits, notes);
        return new FileResult(file, header, answers, Optional.empty(), Optional.of(layout));
    }

    /** One heading per problem: its first strong heading, else the first bare number after the previous problem's, else a "2a)" marker. */
    private Map<String, Heading> headings(String[] lines, boolean[] tooLong) {
        Set<String> ids = new LinkedHashSet<>();
        rubric.problems().forEach(p -> ids.add(p.id()));
        List<Heading> found = new ArrayList<>();
        int[] sections = {0};
        for (int i = 0; i < lines.length; i++) {
            if (tooLong[i]) {
                continue;
            }
            boolean afterBlank = i == 0 || lines[i - 1].isBlank();
            Heading h = Headings.heading(lines[i], i + 1, ids, this::letters, sections, afterBlank);
            if (h != null) {
                found.add(h);
            }
        }
        Map<String, Heading> chosen = new LinkedHashMap<>();
        int cursor = 0;
        for (Problem p : rubric.problems()) {
            Heading pick = first(found, p.id(), Strength.STRONG, 0);
            if (pick == null) {
                pick = first(found, p.id(), Strength.WEAK, cursor);
            }
            if (pick == null) {
                pick = first(found, p.id(), Strength.PART, cursor);
            }
            if (pick != null) {
                chosen.put(p.id(), pick);
                cursor = Math.max(cursor, pick.line());
            }
        }
        return chosen;
    }

    private static Heading first(List<Heading> found, String id, Strength strength, int after) {
        for (Heading h : found) {
            if (h.problemId().equals(id) && h.strength() == strength && h.line() > after) {
                return h;
            }
        }
        return null;
    }

    private static String describe(Heading h, String line) {
        String text = line.strip();
        if (text.length() > 60) {
            text = text.substring(0, 60) + "…";
        }
        return h.strength().name().toLowerCase(Locale.ROOT) + " heading '" + text + "'";
    }

    /** A file with no headings is one problem's answer when its name says so ("problem2.md") or the rubric has one problem. */
    private String wholeFileProblem(String stem) {
        Matcher m = STEM_PROBLEM.matcher(stem);
        while (m.find()) {
            String id = m.group(1);
            if (rubric.problems().stream().anyMatch(p -> p.id().equals(id))) {
                return id;
            }
        }
        return onlyProblem();
    }

    private String onlyProblem() {
        return rubric.problems().size() == 1 ? rubric.problems().get(0).id() : null;
    }

    /** The part letters of a problem ("a" for part "2a"), in part order: a bare \item takes the next one. */
    Set<String> letters(String problemId) {
        return letters.getOrDefault(problemId, Set.of());
    }

    private static Set<String> lettersOf(Problem p) {
        Set<String> out = new LinkedHashSet<>();
        p.parts().forEach(part -> {
            String m = part.marker(p.id()).toLowerCase(Locale.ROOT);
            if (m.length() == 1 && Character.isLetter(m.charAt(0))) {
                out.add(m);
            }
        });
        return out;
    }

    /** The problem's given names (x, W, dL_dy as dL/dy) and symbols: never an answer by themselves. */
    private static Set<String> givenNamesOf(Problem problem) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : problem.givens().keySet()) {
            Matcher m = GIVEN_DERIVATIVE.matcher(g);
            out.add(m.matches() ? "d" + m.group(1) + "/d" + m.group(2) : g);
        }
        out.addAll(problem.symbols().keySet());
        return out;
    }

    /** A statement of the region with what its left-hand side says. */
    private record Stmt(int lineIndex, LogicalLine ll, Statement s, String lhs, boolean therefore, boolean given,
            String part, String how, String elementPart, Labels.Element element) {
    }

    /** Where a value may be: [vs, ve) of a logical line; {@code scan}: look for where a value starts in prose. */
    private record Cand(LogicalLine ll, int vs, int ve, int stmtStart, int stmtEnd, boolean therefore, boolean scan, String how) {
    }

    /** A candidate read: its value or fault, and the offsets in the logical line where it starts and ends. */
    private record Read(Cand cand, ParsedValue value, int at, int end) {
    }

    /** No digits or brackets between a value's end and the member's end: only a remark follows it. */
    private static boolean restIsProse(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ValueLexer.isDigit(ch) || "([{".indexOf(ch) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** One problem's lines, markers and statements. */
    private final class Region {
        final String file;
        final Problem problem;
        final String[] lines;
        final int from;
        final int to;
        final List<LogicalLine> lls;
        final List<Stmt> stmts = new ArrayList<>();
        final List<Layout.Marker> markers = new ArrayList<>();
        final Map<String, List<int[]>> subs = new LinkedHashMap<>();
        final List<String> longLines = new ArrayList<>();

        Region(String file, Problem problem, String[] lines, int from, int to, boolean tex, boolean[] tooLong) {
            this.file = file;
            this.problem = problem;
            this.lines = lines;
            this.from = from;
            this.to = to;
            for (int i = from; i < to; i++) {
                if (tooLong[i]) {
                    longLines.add("line " + (i + 1) + " was not read: longer than " + Limits.MAX_LINE_CHARS + " characters");
                }
            }
            findMarkers(tooLong);
            this.lls = LogicalLine.of(lines, from, to, tex, tooLong);
            Set<String> givens = givenNames.get(problem.id());
            for (int k = 0; k < lls.size(); k++) {
                LogicalLine ll = lls.get(k);
                for (Statement s : ll.statements) {
                    stmts.add(statement(k, ll, s, givens));
                }
            }
        }

        private void findMarkers(boolean[] tooLong) {
            Set<String> letters = letters(problem.id());
            List<String> ordered = new ArrayList<>(letters);
            List<int[]> found = new ArrayList<>(); // {line, letter index}
            int items = -1;
            for (int i = from; i < to; i++) {
                if (tooLong[i]) {
                    continue;
                }
                String line = lines[i];
                String trimmed = line.strip();
                if (trimmed.startsWith("\\begin{enumerate}")) {
                    items = 0;
                }
                String letter = Headings.marker(line, problem.id(), letters);
                if (letter == null && items >= 0 && trimmed.startsWith("\\item") && !trimmed.startsWith("\\item[")
                        && items < ordered.size()) {
                    letter = ordered.get(items++);
                }
                if (letter != null) {
                    found.add(new int[]{i + 1, ordered.indexOf(letter)});
                    markers.add(new Layout.Marker(problem.id() + letter, i + 1));
                }
            }
            for (int k = 0; k < found.size(); k++) {
                int end = k + 1 < found.size() ? found.get(k + 1)[0] - 1 : to;
                subs.computeIfAbsent(ordered.get(found.get(k)[1]), x -> new ArrayList<>()).add(new int[]{found.get(k)[0], end});
            }
        }

        private Stmt statement(int k, LogicalLine ll, Statement s, Set<String> givens) {
            int preEnd = s.isChain() ? s.members().get(0)[1] : s.end();
            String before = ll.clean.substring(s.start(), preEnd);
            boolean therefore = THEREFORE.occursIn(before) || before.contains("\\therefore") || before.indexOf('\u2234') >= 0;
            if (!s.isChain()) {
                return new Stmt(k, ll, s, null, therefore, GIVEN.occursIn(before), null, null, null, null);
            }
            String lhs = Labels.normalize(before);
            boolean given = GIVEN.occursIn(before) || givens.contains(lhs);
            String bestPart = null;
            String how = null;
            int bestEnd = -1;
            int bestLen = -1;
            int line = ll.position(s.start())[0];
            boolean bestOwn = false;
            for (Part p : problem.parts()) {
                boolean own = inside(line, subs.getOrDefault(p.marker(problem.id()).toLowerCase(Locale.ROOT), List.of()));
                for (String raw : p.labels()) {
                    Labels.Label label = label(raw);
                    int end = Labels.match(label, lhs);
                    if (end < 0 || bestOwn && !own) {
                        continue;
                    }
                    if (own && !bestOwn || end > bestEnd || end == bestEnd && label.norm().length() > bestLen) {
                        bestOwn = own;
                        bestPart = p.id();
                        how = "label '" + raw + "'";
                        bestEnd = end;
                        bestLen = label.norm().length();
                    }
                }
            }
            String elementPart = null;
            Labels.Element element = null;
            if (bestPart == null) {
                for (Part p : problem.parts()) {
                    if (p.kind() != AnswerKind.MATRIX) {
                        continue;
                    }
                    for (String raw : p.labels()) {
                        Labels.Element e = Labels.element(label(raw), lhs);
                        if (e != null && element == null) {
                            element = e;
                            elementPart = p.id();
                        }
                    }
                }
            }
            return new Stmt(k, ll, s, lhs, therefore, given, given ? null : bestPart, how, elementPart, element);
        }

        Answer answer(Part part, List<Layout.Hit> hits) {
            String letter = part.marker(problem.id()).toLowerCase(Locale.ROOT);
            List<int[]> mine = subs.getOrDefault(letter, List.of());

            List<Cand> labelled = new ArrayList<>();
            for (Stmt st : stmts) {
                if (part.id().equals(st.part())) {
                    labelled.add(valueOf(st, st.how()));
                }
            }
            List<Cand> inMine = labelled.stream().filter(c -> inside(c, mine)).toList();
            Read byLabel = choose(inMine.isEmpty() ? labelled : inMine, part.kind());
            if (byLabel != null && byLabel.value() instanceof ParsedValue.Ok) {
                return found(part, byLabel, hits);
            }
            Read byMarker = null;
            if (!mine.isEmpty()) {
                List<Cand> loose = new ArrayList<>();
                for (Stmt st : stmts) {
                    if (st.part() == null && !st.given() && st.element() == null && inside(st, mine)
                            && (st.s().isChain() || part.kind() != AnswerKind.EXPRESSION || st.ll().math)) {
                        loose.add(st.s().isChain() ? valueOf(st, "marker (" + letter + ")") : bare(st, letter));
                    }
                }
                byMarker = choose(loose, part.kind());
                if (byMarker != null && byMarker.value() instanceof ParsedValue.Ok) {
                    return found(part, byMarker, hits);
                }
            }
            Answer elements = part.kind() == AnswerKind.MATRIX ? elements(part, mine, hits) : null;
            if (elements instanceof Answer.Found) {
                return elements;
            }
            for (Read r : new Read[]{byLabel, byMarker}) {
                if (r != null) {
                    return unparseable(r);
                }
            }
            if (elements != null) {
                return elements;
            }
            List<String> labels = part.labels().stream().map(l -> "'" + l + "'").toList();
            String reason = "no label found in problem " + problem.id() + "'s region (lines " + (from + 1) + "–" + to
                    + "): looked for " + String.join(", ", labels) + " and a part marker such as '(" + letter + ")'";
            if (!longLines.isEmpty()) {
                reason += "; " + String.join("; ", longLines);
            }
            return new Answer.Missing(reason, Optional.empty());
        }

        private boolean inside(Cand c, List<int[]> ranges) {
            return inside(c.ll().firstLine, ranges);
        }

        private boolean inside(Stmt st, List<int[]> ranges) {
            return inside(st.ll().position(st.s().start())[0], ranges);
        }

        private boolean inside(int line, List<int[]> ranges) {
            for (int[] r : ranges) {
                if (line >= r[0] && line <= r[1]) {
                    return true;
                }
            }
            return false;
        }

        /** The last member of a chain; when it is empty ("k =" then the matrix below), the next line. */
        private Cand valueOf(Stmt st, String how) {
            Statement s = st.s();
            if (LogicalLine.isBlank(st.ll().clean, s.valueStart(), s.valueEnd()) && st.lineIndex() + 1 < lls.size()) {
                LogicalLine next = lls.get(st.lineIndex() + 1);
                if (!next.statements.isEmpty() && !next.statements.get(0).isChain()) {
                    Statement v = next.statements.get(0);
                    return new Cand(next, v.start(), v.end(), v.start(), v.end(), st.therefore(), false, how);
                }
            }
            return new Cand(st.ll(), s.valueStart(), s.valueEnd(), s.start(), s.end(), st.therefore(), false, how);
        }

        /** A statement without '=' in a part's own lines: the value is found in it after the marker. */
        private Cand bare(Stmt st, String letter) {
            Statement s = st.s();
            int start = s.start();
            if (st.ll().position(start)[1] == 1 || LogicalLine.isBlank(st.ll().clean, 0, start)) {
                String line = st.ll().raw.substring(start, Math.min(st.ll().raw.length(), start + Headings.PREFIX));
                start += Math.min(Headings.markerEnd(line, problem.id(), letters(problem.id())), s.end() - start);
            }
            return new Cand(st.ll(), start, s.end(), s.start(), s.end(), st.therefore(), true, "marker (" + letter + ")");
        }

        /** The last candidate that reads, preferring those after \therefore; else the last fault. */
        private Read choose(List<Cand> cands, AnswerKind kind) {
            Read lastOk = null;
            Read lastTherefore = null;
            Read lastError = null;
            for (Cand c : cands) {
                Read r = read(c, kind);
                if (r == null) {
                    continue;
                }
                if (r.value() instanceof ParsedValue.Ok) {
                    lastOk = r;
                    if (c.therefore()) {
                        lastTherefore = r;
                    }
                } else {
                    lastError = r;
                }
            }
            return lastTherefore != null ? lastTherefore : lastOk != null ? lastOk : lastError;
        }

        private Read read(Cand c, AnswerKind kind) {
            String text = c.ll().clean.substring(c.vs(), c.ve());
            if (!c.scan()) {
                if (text.isBlank()) {
                    return null;
                }
                ValueSyntax.Leading lead = ValueSyntax.parseLeading(text, kind);
                Read whole = new Read(c, lead.value(), c.vs() + leadingSpace(text), c.vs() + lead.end());
                if (lead.value() instanceof ParsedValue.Ok) {
                    return whole;
                }
                // "= 18, so 8 x 18 x 18": the value may follow a remark inside the last member.
                Read inner = read(new Cand(c.ll(), c.vs(), c.ve(), c.stmtStart(), c.stmtEnd(), c.therefore(), true, c.how()), kind);
                return inner != null && restIsProse(c.ll().clean, inner.end(), c.ve()) ? inner : whole;
            }
            int tries = 0;
            for (int k = 0; k < text.length() && tries < 8; k++) {
                if (startsValue(text, k, kind)) {
                    tries++;
                    ValueSyntax.Leading lead = ValueSyntax.parseLeading(text.substring(k), kind);
                    if (lead.value() instanceof ParsedValue.Ok) {
                        return new Read(c, lead.value(), c.vs() + k, c.vs() + k + lead.end());
                    }
                }
            }
            return null; // prose without a value is not a fault
        }

        private Answer found(Part part, Read r, List<Layout.Hit> hits) {
            int[] pos = r.cand().ll().position(r.at());
            hits.add(new Layout.Hit(part.id(), pos[0], pos[1], r.cand().how()));
            return new Answer.Found(((ParsedValue.Ok) r.value()).value(), new Source(file, pos[0], pos[1],
                    cap(r.cand().ll().rawText(r.cand().stmtStart(), r.cand().stmtEnd()))));
        }

        private Answer unparseable(Read r) {
            ParsedValue.Error e = (ParsedValue.Error) r.value();
            int[] pos = r.cand().ll().position(r.at() + e.column() - 1);
            String text = r.cand().ll().rawText(r.cand().vs(), r.cand().ve());
            return new Answer.Missing("value unparseable: " + e.message() + " at " + file + ":" + pos[0] + ":" + pos[1]
                    + " in '" + cap(text) + "'", Optional.of(new Source(file, pos[0], pos[1], cap(text))));
        }

        /** k_{11} = 4, k_{12} = 2, ...: a matrix assembled from element-wise answers (the last of each entry). */
        private Answer elements(Part part, List<int[]> mine, List<Layout.Hit> hits) {
            List<Stmt> all = stmts.stream().filter(st -> part.id().equals(st.elementPart())).toList();
            List<Stmt> own = all.stream().filter(st -> inside(st, mine)).toList();
            List<Stmt> use = own.isEmpty() ? all : own;
            if (use.isEmpty()) {
                return null;
            }
            Map<Long, Num> entries = new TreeMap<>();
            Stmt first = null;
            StringBuilder text = new StringBuilder();
            int rows = 0;
            int cols = 0;
            for (Stmt st : use) {
                String v = st.ll().clean.substring(st.s().valueStart(), st.s().valueEnd());
                if (ValueSyntax.parseLeading(v, AnswerKind.NUMBER).value() instanceof ParsedValue.Ok ok
                        && ok.value() instanceof Scalar sc) {
                    Labels.Element e = st.element();
                    if (e.row() < 1 || e.col() < 1) {
                        continue;
                    }
                    entries.put((long) e.row() * 100_000 + e.col(), sc.num());
                    rows = Math.max(rows, e.row());
                    cols = Math.max(cols, e.col());
                    if (first == null) {
                        first = st;
                    }
                    if (text.length() < Limits.MAX_SOURCE_TEXT) {
                        text.append(text.length() == 0 ? "" : "; ").append(st.ll().rawText(st.s().start(), st.s().end()));
                    }
                }
            }
            if (first == null) {
                return null;
            }
            int[] pos = first.ll().position(first.s().start() + leadingSpace(first.ll().clean.substring(first.s().start(), first.s().end())));
            Source source = new Source(file, pos[0], pos[1], cap(text.toString()));
            if ((long) rows * cols > Limits.MAX_ENTRIES || entries.size() != rows * cols) {
                List<String> missing = new ArrayList<>();
                for (int i = 1; i <= rows && missing.size() < 5; i++) {
                    for (int j = 1; j <= cols && missing.size() < 5; j++) {
                        if (!entries.containsKey((long) i * 100_000 + j)) {
                            missing.add("(" + i + "," + j + ")");
                        }
                    }
                }
                return new Answer.Missing("element-wise answer incomplete: entries " + String.join(", ", missing)
                        + " of the " + rows + "×" + cols + " matrix were not found", Optional.of(source));
            }
            List<Num> flat = new ArrayList<>(entries.values());
            hits.add(new Layout.Hit(part.id(), pos[0], pos[1], "elements"));
            return new Answer.Found(Tensor.matrix(rows, cols, flat), source);
        }
    }

    private static boolean startsValue(String t, int k, AnswerKind kind) {
        char c = t.charAt(k);
        char prev = k == 0 ? ' ' : t.charAt(k - 1);
        boolean free = !Character.isLetterOrDigit(prev) && prev != '_' && prev != '^' && prev != '.';
        return switch (kind) {
            case MATRIX -> c == '[' || t.startsWith("\\begin", k) || t.startsWith("\\left", k)
                    || free && (t.startsWith("np.", k) || t.startsWith("array(", k) || t.startsWith("numpy.", k));
            case SHAPE -> free && (c == '(' || c == '[' || ValueLexer.isDigit(c));
            case INTEGER, NUMBER -> free && (ValueLexer.isDigit(c) || (c == '-' || c == '\u2212') && k + 1 < t.length()
                    && ValueLexer.isDigit(t.charAt(k + 1)) || t.startsWith("\\frac", k) || t.startsWith("\\dfrac", k));
            case EXPRESSION -> k == leadingSpace(t);
        };
    }

    private static int leadingSpace(String t) {
        int i = 0;
        while (i < t.length() && ValueLexer.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    static String cap(String s) {
        return s.length() > Limits.MAX_SOURCE_TEXT ? s.substring(0, Limits.MAX_SOURCE_TEXT) + "…" : s;
    }
}
