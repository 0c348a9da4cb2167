package org.hwgrade.submission;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Source;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.submission.Clauses.Clause;
import org.hwgrade.submission.LogicalLine.Position;
import org.hwgrade.submission.LogicalLine.Span;
import org.hwgrade.submission.LogicalLine.Statement;

/**
 * The last job of the free-form reader: one part's answer chosen from the statements offered to it
 * in file order. A labelled statement wins (in the part's own marker lines if it has any), then a
 * value in its marker lines, then a matrix assembled from element-wise answers; among several, the
 * last that reads, preferring those after "therefore". Only the last
 * {@value Limits#MAX_TRIED_STATEMENTS} statements of each kind are kept, and they are read from the
 * last one back until one reads, so a part costs the same however many statements a file repeats.
 */
final class AnswerChoice {

    /**
     * Where a value may be: {@code value} of a logical line; {@code scan}: look for where a value
     * starts in prose; {@code boxed}: the value is a \boxed{...}; {@code how}: the evidence if it
     * is chosen (a bare value away from its marker is re-judged: only value, or for review).
     */
    private record Candidate(LogicalLine line, Span value, Span statement, boolean therefore, boolean boxed, boolean scan,
            Evidence how, String detail, long order) {
    }

    /** A candidate read: its value or fault, and the offsets in the logical line where it starts and ends. */
    private record Read(Candidate candidate, ParsedValue value, int at, int end) {
        boolean ok() {
            return value instanceof ParsedValue.Ok;
        }
    }

    /** The last statements of one kind of evidence: boxed ones, those after "therefore" and the others apart. */
    private static final class Recent {
        private final ArrayDeque<Candidate> boxed = new ArrayDeque<>();
        private final ArrayDeque<Candidate> therefore = new ArrayDeque<>();
        private final ArrayDeque<Candidate> plain = new ArrayDeque<>();
        private boolean any;

        /** In order of preference. */
        List<ArrayDeque<Candidate>> queues() {
            return List.of(boxed, therefore, plain);
        }

        void add(Candidate c) {
            ArrayDeque<Candidate> q = c.boxed() ? boxed : c.therefore() ? therefore : plain;
            if (q.size() == Limits.MAX_TRIED_STATEMENTS) {
                q.removeFirst();
            }
            q.addLast(c);
            any = true;
        }

        boolean any() {
            return any;
        }
    }

    /** Entries k_{ij} read one by one: the last value of each entry. */
    private static final class Entries {
        private final Map<Long, Num> values = new TreeMap<>();
        private Clause first;
        private final StringBuilder text = new StringBuilder();
        private int rows;
        private int cols;
        private boolean any;

        void add(Clause c, Labels.Element e) {
            any = true;
            Statement s = c.statement();
            String v = c.line().clean.substring(s.valueStart(), s.valueEnd());
            if (e.row() < 1 || e.col() < 1) {
                return;
            }
            long key = (long) e.row() * 100_000 + e.col();
            if (values.size() > Limits.MAX_ENTRIES && !values.containsKey(key)) {
                return; // already too many to be one matrix; the part says so
            }
            if (ValueSyntax.parseLeading(v, AnswerKind.NUMBER).value() instanceof ParsedValue.Ok ok
                    && ok.value() instanceof Scalar sc) {
                values.put(key, sc.num());
                rows = Math.max(rows, e.row());
                cols = Math.max(cols, e.col());
                if (first == null) {
                    first = c;
                }
                if (text.length() < Limits.MAX_SOURCE_TEXT) {
                    text.append(text.length() == 0 ? "" : "; ").append(c.line().rawText(s.start(), s.end()));
                }
            }
        }
    }

    private final String file;
    private final Part part;
    private final String problemId;
    private final PartLetters letters;
    private final String letter;
    private final Recent labelledOwn = new Recent();
    private final Recent labelledAll = new Recent();
    private final Recent marked = new Recent();
    private final Entries entriesOwn = new Entries();
    private final Entries entriesAll = new Entries();
    private long order;

    AnswerChoice(String file, String problemId, Part part, PartLetters letters) {
        this.file = file;
        this.part = part;
        this.problemId = problemId;
        this.letters = letters;
        this.letter = part.marker(problemId).toLowerCase(java.util.Locale.ROOT);
    }

    /** A statement labelled for this part; {@code next} is the logical line right below it, if any. */
    void labelled(Clause c, String label, boolean own, Optional<LogicalLine> next) {
        Candidate cand = valueOf(c, next, Evidence.LABEL, "label '" + label + "'");
        if (own) {
            labelledOwn.add(cand);
        }
        labelledAll.add(cand);
    }

    /**
     * An unlabelled statement in this part's lines: after its marker ({@code byMarker}), or anywhere
     * in the region of a problem that has only this part.
     */
    void unlabelled(Clause c, Optional<LogicalLine> next, boolean byMarker) {
        Statement s = c.statement();
        if ((!s.isChain() || !byMarker) && part.kind() == AnswerKind.EXPRESSION && !c.line().math) {
            return; // prose in a symbolic part is not an expression; without a marker, only math may be one
        }
        marked.add(s.isChain() ? valueOf(c, next, byMarker ? Evidence.MARKER : Evidence.LAST_VALUE,
                byMarker ? "marker (" + letter + ")" : "last value") : bare(c));
    }

    void entry(Clause c, Labels.Element e, boolean own) {
        if (own) {
            entriesOwn.add(c, e);
        }
        entriesAll.add(c, e);
    }

    /**
     * The part's answer, or why there is none. {@code from}/{@code to}: the region's lines (for the
     * message); {@code longLines}: lines of the region too long to read.
     */
    Answer answer(List<Layout.Hit> hits, int from, int to, List<String> longLines) {
        Optional<Read> byLabel = choose(labelledOwn.any() ? labelledOwn : labelledAll);
        if (byLabel.isPresent() && byLabel.get().ok()) {
            return afterColon(byLabel.get()).orElseGet(() -> found(byLabel.get(), hits));
        }
        Optional<Read> byMarker = choose(marked);
        if (byMarker.isPresent() && byMarker.get().ok()) {
            return afterColon(byMarker.get()).orElseGet(() -> unlabelled(byMarker.get(), hits));
        }
        Optional<Answer> elements = part.kind() == AnswerKind.MATRIX
                ? elements(entriesOwn.any ? entriesOwn : entriesAll, hits) : Optional.empty();
        if (elements.isPresent() && elements.get() instanceof Answer.Found) {
            return elements.get();
        }
        Optional<Read> fault = byLabel.or(() -> byMarker);
        if (fault.isPresent()) {
            return unparseable(fault.get());
        }
        if (elements.isPresent()) {
            return elements.get();
        }
        List<String> labels = part.writtenLabels().stream().map(l -> "'" + l + "'").toList();
        String reason = "no label found in problem " + problemId + "'s region (lines " + (from + 1) + "–" + to
                + "): looked for " + String.join(", ", labels) + " and a part marker such as '(" + letter + ")'";
        if (!longLines.isEmpty()) {
            reason += "; " + String.join("; ", longLines);
        }
        return new Answer.Missing(reason, Optional.empty());
    }

    /** The last member of a chain; when it is empty ("k =" then the matrix below), the next line. */
    private Candidate valueOf(Clause c, Optional<LogicalLine> next, Evidence how, String detail) {
        Statement s = c.statement();
        if (LogicalLine.isBlank(c.line().clean, s.valueStart(), s.valueEnd()) && next.isPresent()) {
            LogicalLine below = next.get();
            if (!below.statements.isEmpty() && !below.statements.get(0).isChain()) {
                Statement v = below.statements.get(0);
                return candidate(below, new Span(v.start(), v.end()), new Span(v.start(), v.end()), c.therefore(), false,
                        how, detail);
            }
        }
        return candidate(c.line(), new Span(s.valueStart(), s.valueEnd()), new Span(s.start(), s.end()), c.therefore(),
                false, how, detail);
    }

    /** A candidate; a \boxed{...} in its value is the value (and is preferred). */
    private Candidate candidate(LogicalLine ll, Span value, Span statement, boolean therefore, boolean scan, Evidence how,
            String detail) {
        Optional<Span> box = boxed(ll.clean, value.start(), value.end());
        if (box.isPresent()) {
            return new Candidate(ll, box.get(), statement, therefore, true, false, how == Evidence.LABEL ? how : Evidence.BOXED,
                    detail, order++);
        }
        return new Candidate(ll, value, statement, therefore, false, scan, how, detail, order++);
    }

    /** The inside of the first \boxed{...} in [from, to) of a cleaned text. */
    private static Optional<Span> boxed(String clean, int from, int to) {
        int at = clean.indexOf("\\boxed{", from);
        if (at < 0 || at >= to) {
            return Optional.empty();
        }
        int open = at + "\\boxed{".length();
        int depth = 1;
        for (int i = open; i < to; i++) {
            char ch = clean.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return Optional.of(new Span(open, i));
            }
        }
        return Optional.empty();
    }

    /**
     * A statement without '=' in a part's own lines: the value is found in it after the marker. It is
     * the marker's value when the marker starts the statement, else a value met in the part's lines.
     */
    private Candidate bare(Clause c) {
        Statement s = c.statement();
        LogicalLine ll = c.line();
        int start = s.start();
        String text = ll.raw.substring(start, Math.min(s.end(), start + Headings.PREFIX));
        int skip = Math.min(Headings.markerEnd(text, problemId, letters.of(problemId)), s.end() - start);
        boolean marked = skip > 0;
        if (skip == 0 && NumberedItems.number(text) > 0) {
            // A list item's "2. " is never a value; it marks this part when it is the part's number.
            skip = Math.min(NumberedItems.markEnd(text), s.end() - start);
            marked = NumberedItems.number(text) == letters.ordered(problemId).indexOf(letter) + 1;
        }
        return candidate(ll, new Span(start + skip, s.end()), new Span(s.start(), s.end()), c.therefore(), true,
                marked ? Evidence.MARKER : Evidence.LAST_VALUE, marked ? "marker (" + letter + ")" : "value in the part's lines");
    }

    /**
     * The last candidate that reads, preferring those after "therefore"; else the last fault. The
     * candidates are read from the last back, so the first that reads ends the search.
     */
    private Optional<Read> choose(Recent recent) {
        Read lastError = null;
        for (ArrayDeque<Candidate> q : recent.queues()) {
            for (Iterator<Candidate> it = q.descendingIterator(); it.hasNext(); ) {
                Read r = read(it.next());
                if (r == null) {
                    continue;
                }
                if (r.ok()) {
                    return Optional.of(r);
                }
                if (lastError == null || r.candidate().order() > lastError.candidate().order()) {
                    lastError = r;
                }
            }
        }
        return Optional.ofNullable(lastError);
    }

    private Read read(Candidate c) {
        AnswerKind kind = part.kind();
        int vs = kind == AnswerKind.EXPRESSION && c.scan() ? mathStart(c.line(), c.value().start(), c.value().end())
                : c.value().start();
        int ve = kind == AnswerKind.EXPRESSION ? mathEnd(c.line(), vs, c.value().end()) : c.value().end();
        String text = c.line().clean.substring(vs, ve);
        if (!c.scan()) {
            if (text.isBlank()) {
                return null;
            }
            ValueSyntax.Leading lead = ValueSyntax.parseLeading(text, kind);
            Read whole = new Read(c, lead.value(), vs + leadingSpace(text), vs + lead.end());
            if (lead.value() instanceof ParsedValue.Ok || lead.value() instanceof ParsedValue.Error e && e.isTheAnswer()) {
                return whole;
            }
            // "= 18, so 8 x 18 x 18": the value may follow a remark inside the last member.
            Read inner = scan(c, vs, text, kind);
            return inner != null && restIsProse(c.line().clean, inner.end(), c.value().end()) ? inner : whole;
        }
        return scan(c, vs, text, kind);
    }

    /**
     * Where the math of a sentence starts ("The answer is $g \\odot h$" holds the expression
     * "g \\odot h"): after its first '$', "\\[" or "\\("; {@code from} when none.
     */
    private static int mathStart(LogicalLine ll, int from, int to) {
        if (!ll.math) {
            return from;
        }
        String raw = ll.raw;
        for (int i = from; i < to; i++) {
            char ch = raw.charAt(i);
            if (ch == '$') {
                while (i < to && raw.charAt(i) == '$') {
                    i++;
                }
                return i;
            }
            if (ch == '\\' && i + 1 < to) {
                if (raw.charAt(i + 1) == '[' || raw.charAt(i + 1) == '(') {
                    return i + 2;
                }
                i++;
            }
        }
        return from;
    }

    /**
     * Where the math holding an expression ends: the first closing '$', "\\]" or "\\)" after some of
     * it ("$s - e_y$ 가 된다" is the expression "s - e_y"); {@code to} when none.
     */
    private static int mathEnd(LogicalLine ll, int from, int to) {
        if (!ll.math) {
            return to;
        }
        String raw = ll.raw;
        boolean content = false;
        for (int i = from; i < to; i++) {
            char ch = raw.charAt(i);
            boolean delimiter = ch == '$' || ch == '\\' && i + 1 < to && (raw.charAt(i + 1) == ']' || raw.charAt(i + 1) == ')');
            if (delimiter && content) {
                return i;
            }
            content |= !delimiter && !ValueLexer.isSpace(ch);
            if (ch == '\\') {
                i++; // a command's next character is never a delimiter
            }
        }
        return to;
    }

    /**
     * The first value that reads where one may start in prose (at most 8 tries), or one that divides
     * by zero (the student's answer, wrong); none is not a fault. A number that names a problem
     * ("see Problem 2") is not a value.
     */
    private static Read scan(Candidate c, int vs, String text, AnswerKind kind) {
        int tries = 0;
        for (int k = 0; k < text.length() && tries < 8; k++) {
            if (startsValue(text, k, kind) && !Headings.namesProblem(text, k)) {
                tries++;
                ValueSyntax.Leading lead = ValueSyntax.parseLeading(text.substring(k), kind);
                if (lead.value() instanceof ParsedValue.Ok || lead.value() instanceof ParsedValue.Error e && e.isTheAnswer()) {
                    return new Read(c, lead.value(), vs + k, vs + k + lead.end());
                }
            }
        }
        return null;
    }

    /**
     * An answer found without a label. A boxed value, one after "therefore"/"answer", a chain's
     * result and a value right after the part's marker are taken; any other bare value is taken
     * only when no other value of the part's lines disagrees with it, else both go to review.
     */
    private Answer unlabelled(Read r, List<Layout.Hit> hits) {
        Candidate c = r.candidate();
        if (c.boxed() || !c.scan() || c.how() == Evidence.MARKER) {
            return found(r, c.therefore() && !c.boxed() && c.scan() ? Evidence.ANSWER_WORD : c.how(), hits);
        }
        if (c.therefore()) {
            return found(r, Evidence.ANSWER_WORD, hits);
        }
        Optional<Read> other = disagreeing(r);
        if (other.isEmpty()) {
            return found(r, Evidence.ONLY_VALUE, hits);
        }
        Answer.Found last = found(r, Evidence.LAST_VALUE, new ArrayList<>());
        if (other.get().value() instanceof ParsedValue.Error e) {
            Position at = other.get().candidate().line().position(other.get().at());
            return new Answer.ForReview("part " + part.id() + " has " + last.value() + " (line " + last.source().line()
                    + ") and, later on line " + at.line() + ", a value that does not read (" + e.message()
                    + "); label the answer (" + hint() + ") or keep one value", List.of(last));
        }
        Answer.Found earlier = found(other.get(), Evidence.LAST_VALUE, new ArrayList<>());
        return new Answer.ForReview("two unlabelled values are written for part " + part.id() + ": "
                + earlier.value() + " (line " + earlier.source().line() + ") and " + last.value() + " (line "
                + last.source().line() + "); label the answer (" + hint() + ") or keep one value", List.of(earlier, last));
    }

    /**
     * "(a) conv 3 → 16 with 3×3 kernels: 448 parameters": the chain's result (16) is followed in its
     * member by a ':' and another value (448), and either may be the answer, so both go to review.
     * Only a ':' outside brackets, not a ratio ("16:9"), and only a value that reads and differs.
     */
    private Optional<Answer> afterColon(Read r) {
        Candidate c = r.candidate();
        if (c.scan() || part.kind().isText()) {
            return Optional.empty();
        }
        String clean = c.line().clean;
        int end = c.value().end();
        int depth = 0;
        for (int i = r.end(); i < end; i++) {
            char ch = clean.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ':' && depth == 0 && !(i + 1 < end && ValueLexer.isDigit(clean.charAt(i + 1))
                    && ValueLexer.isDigit(clean.charAt(i - 1)))) {
                Read later = scan(c, i + 1, clean.substring(i + 1, end), part.kind());
                Value value = ((ParsedValue.Ok) r.value()).value();
                if (later == null || !(later.value() instanceof ParsedValue.Ok ok) || ok.value().equals(value)) {
                    return Optional.empty();
                }
                Answer.Found first = found(r, c.how(), new ArrayList<>());
                Answer.Found second = found(later, c.how(), new ArrayList<>());
                return Optional.of(new Answer.ForReview("part " + part.id() + " has two values in one statement: "
                        + first.value() + " and, after ':', " + second.value() + " (line " + second.source().line()
                        + "); write the answer alone after its label (" + hint() + ")", List.of(first, second)));
            }
        }
        return Optional.empty();
    }

    /** How to label this part's answer, for a message: its first label. */
    private String hint() {
        return part.labels().isEmpty() ? "(" + letter + ") value" : part.labels().get(0) + " = ...";
    }

    /**
     * The latest other unlabelled value of the part's lines that differs from {@code chosen}: a later
     * value in the chosen statement itself ("18528, then 110720", or one there that does not read),
     * else one of another statement.
     */
    private Optional<Read> disagreeing(Read chosen) {
        Value value = ((ParsedValue.Ok) chosen.value()).value();
        Candidate self = chosen.candidate();
        if (chosen.end() < self.value().end() && !part.kind().isText()) { // an expression takes its statement's math
            Candidate rest = new Candidate(self.line(), new Span(chosen.end(), self.value().end()), self.statement(),
                    self.therefore(), false, true, self.how(), self.detail(), self.order());
            String text = self.line().clean.substring(chosen.end(), self.value().end());
            Read later = scan(rest, chosen.end(), text, part.kind());
            // A later value that does not read ("8c) 3/0") disagrees too: it may be the real answer.
            if (later != null && !(later.value() instanceof ParsedValue.Ok ok && ok.value().equals(value))) {
                return Optional.of(later);
            }
        }
        Read best = null;
        for (ArrayDeque<Candidate> q : marked.queues()) {
            for (Candidate c : q) {
                if (c == chosen.candidate() || best != null && c.order() < best.candidate().order()) {
                    continue;
                }
                Read r = read(c);
                if (r != null && r.value() instanceof ParsedValue.Ok ok && !ok.value().equals(value)) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Answer found(Read r, List<Layout.Hit> hits) {
        return found(r, r.candidate().how(), hits);
    }

    private Answer.Found found(Read r, Evidence how, List<Layout.Hit> hits) {
        Candidate c = r.candidate();
        Position pos = c.line().position(r.at());
        hits.add(new Layout.Hit(part.id(), pos.line(), pos.column(), how.key() + (c.detail().isEmpty() ? "" : " (" + c.detail() + ")")));
        return new Answer.Found(((ParsedValue.Ok) r.value()).value(), new Source(file, pos.line(), pos.column(),
                quote(c.line(), c.statement(), r.at()), how));
    }

    /**
     * The text a source quotes: its statement, from the start of the line it cites when the statement
     * began on an earlier line (a bracket left open there), so that the cited line is where the quote begins.
     */
    private static String quote(LogicalLine ll, Span statement, int cited) {
        return cap(ll.rawText(Math.max(statement.start(), ll.lineStart(cited)), statement.end()));
    }

    private Answer unparseable(Read r) {
        ParsedValue.Error e = (ParsedValue.Error) r.value();
        Candidate c = r.candidate();
        Position pos = c.line().position(r.at() + e.column() - 1);
        String text = c.line().rawText(c.value().start(), c.value().end());
        return new Answer.Missing("value unparseable: " + e.message() + " at " + file + ":" + pos.line() + ":"
                + pos.column() + " in '" + cap(text) + "'", Optional.of(new Source(file, pos.line(), pos.column(),
                quote(c.line(), c.value(), r.at() + e.column() - 1), c.how())));
    }

    /** k_{11} = 4, k_{12} = 2, ...: a matrix assembled from element-wise answers (the last of each entry). */
    private Optional<Answer> elements(Entries e, List<Layout.Hit> hits) {
        if (e.first == null) {
            return Optional.empty();
        }
        Statement s = e.first.statement();
        LogicalLine ll = e.first.line();
        Position pos = ll.position(s.start() + leadingSpace(ll.clean.substring(s.start(), s.end())));
        Source source = new Source(file, pos.line(), pos.column(), cap(e.text.toString()), Evidence.ELEMENTS);
        if ((long) e.rows * e.cols > Limits.MAX_ENTRIES || e.values.size() != e.rows * e.cols) {
            List<String> missing = new ArrayList<>();
            for (int i = 1; i <= e.rows && missing.size() < 5; i++) {
                for (int j = 1; j <= e.cols && missing.size() < 5; j++) {
                    if (!e.values.containsKey((long) i * 100_000 + j)) {
                        missing.add("(" + i + "," + j + ")");
                    }
                }
            }
            return Optional.of(new Answer.Missing("element-wise answer incomplete: entries " + String.join(", ", missing)
                    + " of the " + e.rows + "×" + e.cols + " matrix were not found", Optional.of(source)));
        }
        hits.add(new Layout.Hit(part.id(), pos.line(), pos.column(), Evidence.ELEMENTS.key()));
        return Optional.of(new Answer.Found(Tensor.matrix(e.rows, e.cols, new ArrayList<>(e.values.values())), source));
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

    private static boolean startsValue(String t, int k, AnswerKind kind) {
        char c = t.charAt(k);
        char prev = k == 0 ? ' ' : t.charAt(k - 1);
        boolean free = !Character.isLetterOrDigit(prev) && prev != '_' && prev != '^' && prev != '.';
        return switch (kind) {
            case VECTOR, MATRIX, TENSOR -> c == '[' || t.startsWith("\\begin", k) || t.startsWith("\\left", k)
                    || free && (t.startsWith("np.", k) || t.startsWith("array(", k) || t.startsWith("numpy.", k));
            case SHAPE -> free && (c == '(' || c == '[' || ValueLexer.isDigit(c));
            case INTEGER, NUMBER -> free && (ValueLexer.isDigit(c) || (c == '-' || c == '\u2212') && k + 1 < t.length()
                    && ValueLexer.isDigit(t.charAt(k + 1)) || t.startsWith("\\frac", k) || t.startsWith("\\dfrac", k));
            case EXPRESSION, CHOICE, MANUAL -> k == leadingSpace(t);
        };
    }

    private static int leadingSpace(String t) {
        int i = 0;
        while (i < t.length() && ValueLexer.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String cap(String s) {
        return FreeFormReader.cap(s);
    }
}
