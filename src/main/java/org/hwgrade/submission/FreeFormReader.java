package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.hwgrade.latex.LatexMacros;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.submission.Clauses.Clause;
import org.hwgrade.submission.LogicalLine.Statement;

/**
 * Reads a Markdown, LaTeX or plain-text answer file (rules in docs/submissions.md) in four jobs,
 * each one pass over the lines: {@link Regions} (which lines answer which problem),
 * {@link PartIndex} (which part's marker each line follows), {@link Clauses} (what each statement
 * says) and {@link AnswerChoice} (each part's answer among the statements offered to it). The cost
 * is linear in the file's size and the memory held is the lines plus one index entry per line.
 */
final class FreeFormReader {

    private static final String RUNAWAY = "its LaTeX macros expand past the limits (nested more than "
            + LatexMacros.MAX_NESTING + " deep, or longer than " + Limits.MAX_LINE_CHARS + " characters); a person"
            + " will read it";

    private final Rubric rubric;
    private final PartLetters letters;
    private final Regions regions;
    private final Clauses clauses;

    FreeFormReader(Rubric rubric) {
        this.rubric = rubric;
        this.letters = new PartLetters(rubric);
        this.regions = new Regions(rubric, letters);
        this.clauses = new Clauses(rubric);
    }

    FileResult read(String file, String text, boolean tex, String stem) {
        LatexMacros.Expanded expanded = LatexMacros.expand(Lines.split(text), text, Limits.MAX_LINE_CHARS);
        String[] lines = expanded.lines();
        BitSet runaway = expanded.runaway();
        int n = lines.length;
        boolean[] tooLong = new boolean[n];
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (runaway.get(i)) {
                // Read as written, its macros might give a value the student never meant: a person reads it.
                tooLong[i] = true;
                notes.add("line " + (i + 1) + " was not read: " + RUNAWAY);
            } else if (lines[i].length() > Limits.MAX_LINE_CHARS) {
                tooLong[i] = true;
                notes.add("line " + (i + 1) + " was not read: it has " + lines[i].length() + " characters (limit "
                        + Limits.MAX_LINE_CHARS + ")");
            }
        }
        Regions.Found found = regions.find(lines, tooLong, stem);
        Optional<String> header = Optional.ofNullable(Headings.header(lines, found.headerLines()));

        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Layout.Marker> markers = new ArrayList<>();
        List<Layout.Hit> hits = new ArrayList<>();
        for (Problem problem : rubric.problems()) {
            Optional<Regions.Span> span = found.of(problem);
            if (span.isEmpty()) {
                String reason = Regions.noRegion(problem);
                problem.parts().forEach(p -> answers.put(p.id(), new Answer.Missing(reason, Optional.empty())));
                continue;
            }
            Map<String, Answer> read = readRegion(file, problem, lines, span.get(), tex, tooLong, found.headingLines(),
                    markers, hits);
            int runawayLine = runaway.nextSetBit(span.get().from());
            if (runawayLine >= 0 && runawayLine < span.get().to()) {
                String reason = "line " + (runawayLine + 1) + " of the region was not read: " + RUNAWAY;
                read.replaceAll((part, a) -> a instanceof Answer.Missing ? new Answer.ForReview(reason, List.of()) : a);
            }
            answers.putAll(read);
        }
        Layout layout = new Layout(file, found.layout(), markers, hits, notes);
        return new FileResult(file, header, answers, Optional.empty(), Optional.of(layout));
    }

    /** One problem's answers: every statement of its region is offered to the part it may answer. */
    private Map<String, Answer> readRegion(String file, Problem problem, String[] lines, Regions.Span span, boolean tex,
            boolean[] tooLong, BitSet headingLines, List<Layout.Marker> markers, List<Layout.Hit> hits) {
        int from = span.from();
        int to = span.to();
        PartIndex index = PartIndex.of(problem, letters, lines, from, Math.min(to, from + span.headingLines()), to, tooLong);
        markers.addAll(index.markers());
        Map<Part, AnswerChoice> choices = new HashMap<>();
        for (Part part : problem.parts()) {
            choices.put(part, new AnswerChoice(file, problem.id(), part, letters));
        }
        // A problem of one part owns its region below the heading: its answer may be written without label or marker.
        Optional<Part> sole = problem.parts().size() == 1 ? Optional.of(problem.parts().get(0)) : Optional.empty();
        // A heading or a marker starts its own line: it is never part of another statement, nor the value below one.
        IntPredicate ownLine = i -> headingLines.get(i) || index.startsWithMarker(i);
        Iterator<LogicalLine> it = LogicalLine.of(lines, from, to, tex, tooLong, ownLine);
        LogicalLine ll = it.hasNext() ? it.next() : null;
        while (ll != null) {
            LogicalLine following = it.hasNext() ? it.next() : null;
            Optional<LogicalLine> below = following != null && following.firstLine == ll.lastLine() + 1
                    && !ownLine.test(following.firstLine - 1) ? Optional.of(following) : Optional.empty();
            for (Statement s : pieces(index, ll)) {
                LogicalLine.Position at = ll.position(ll.firstNonBlank(s.start(), s.end()));
                Optional<Part> marked = index.owner(at.line(), at.column());
                Optional<Part> owner = at.line() > span.headingLines() + from ? marked.or(() -> sole) : marked;
                Clause c = clauses.classify(problem, ll, s, owner);
                if (c.role() instanceof Clauses.Labelled l) {
                    choices.get(l.part()).labelled(c, l.label(), l.own(), below);
                } else if (c.role() instanceof Clauses.Entry e) {
                    choices.get(e.part()).entry(c, e.element(), e.own());
                } else if (c.role() instanceof Clauses.Unlabelled && owner.isPresent()) {
                    choices.get(owner.get()).unlabelled(c, below, marked.isPresent());
                }
            }
            ll = following;
        }
        List<String> longLines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tooLong[i]) {
                longLines.add("line " + (i + 1) + " was not read: longer than " + Limits.MAX_LINE_CHARS + " characters");
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Part part : problem.parts()) {
            answers.put(part.id(), choices.get(part).answer(hits, from, to, longLines));
        }
        return answers;
    }

    /** The statements of a logical line, cut at markers that start after the beginning of its lines. */
    private static List<Statement> pieces(PartIndex index, LogicalLine ll) {
        if (ll.statements.size() == 1) {
            return index.pieces(ll, ll.statements.get(0));
        }
        List<Statement> out = new ArrayList<>();
        ll.statements.forEach(s -> out.addAll(index.pieces(ll, s)));
        return out;
    }

    static String cap(String s) {
        return s.length() > Limits.MAX_SOURCE_TEXT ? Cut.prefix(s, Limits.MAX_SOURCE_TEXT) + "…" : s;
    }
}
