package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;
import org.hwgrade.submission.Headings.Heading;
import org.hwgrade.submission.Headings.Strength;

/**
 * The first job of the free-form reader: which lines belong to which problem. One scan of the file
 * finds every heading; each problem then takes one of them, and its region runs to the next chosen
 * heading.
 */
final class Regions {

    private static final Pattern STEM_PROBLEM = Pattern.compile(
            "(?:problem|prob|question|q|p|문제)[-_ ]?(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** Lines [from, to) (0-based) of the file are the answer to {@code problem}; the first {@code headingLines} are its heading. */
    record Span(Problem problem, int from, int to, int headingLines) {
    }

    /**
     * The regions found, in file order, what they look like for a TA, the lines before the first
     * region (where a name or student number may be), and every line (0-based) that is a heading,
     * chosen or not: such a line is never part of another line's statement.
     */
    record Found(List<Span> spans, List<Layout.Region> layout, int headerLines, BitSet headingLines) {

        Optional<Span> of(Problem problem) {
            return spans.stream().filter(s -> s.problem() == problem).findFirst();
        }
    }

    private final Rubric rubric;
    private final Set<String> ids = new LinkedHashSet<>();
    private final PartLetters letters;

    Regions(Rubric rubric, PartLetters letters) {
        this.rubric = rubric;
        this.letters = letters;
        rubric.problems().forEach(p -> ids.add(p.id()));
    }

    Found find(String[] lines, boolean[] tooLong, String stem) {
        int n = lines.length;
        BitSet headingLines = new BitSet();
        Map<Problem, Heading> chosen = headings(lines, tooLong, headingLines);
        List<Map.Entry<Problem, Heading>> ordered = new ArrayList<>(chosen.entrySet());
        ordered.sort(Comparator.comparingInt(e -> e.getValue().line()));
        List<Span> spans = new ArrayList<>();
        List<Layout.Region> layout = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            Heading h = ordered.get(k).getValue();
            int end = k + 1 < ordered.size() ? ordered.get(k + 1).getValue().line() - 1 : n;
            spans.add(new Span(ordered.get(k).getKey(), h.line() - 1, end, 1));
            layout.add(new Layout.Region(h.problemId(), h.line(), end, describe(h, lines[h.line() - 1])));
        }
        if (!spans.isEmpty()) {
            return new Found(spans, layout, spans.get(0).from(), headingLines);
        }
        Optional<Problem> whole = wholeFileProblem(stem);
        if (whole.isEmpty()) {
            return new Found(spans, layout, n, headingLines);
        }
        String why = onlyProblem().isPresent() ? "the rubric's only problem" : "the file name '" + stem + "'";
        return new Found(List.of(new Span(whole.get(), 0, n, 0)),
                List.of(new Layout.Region(whole.get().id(), 1, n, why)), 0, headingLines);
    }

    /**
     * One heading per problem: its first strong heading, else the first bare number after the
     * previous problem's, else a "2a)" marker. Every heading's line is set in {@code headingLines}.
     */
    private Map<Problem, Heading> headings(String[] lines, boolean[] tooLong, BitSet headingLines) {
        List<Heading> found = new ArrayList<>();
        int[] sections = {0};
        for (int i = 0; i < lines.length; i++) {
            if (tooLong[i]) {
                continue;
            }
            boolean afterBlank = i == 0 || lines[i - 1].isBlank();
            Heading h = Headings.heading(lines[i], i + 1, ids, letters::of, sections, afterBlank);
            if (h != null && h.strength() == Strength.WEAK && startsList(lines, i)) {
                continue; // "1. 8 x 18 x 18" followed by "2. ...": a numbered list, not problem 1's heading
            }
            if (h != null) {
                found.add(h);
                headingLines.set(i);
            }
        }
        Map<Problem, Heading> chosen = new LinkedHashMap<>();
        int cursor = 0;
        for (Problem p : rubric.problems()) {
            int after = cursor;
            Optional<Heading> pick = first(found, p.id(), Strength.STRONG, 0)
                    .or(() -> first(found, p.id(), Strength.WEAK, after))
                    .or(() -> first(found, p.id(), Strength.PART, after));
            if (pick.isPresent()) {
                chosen.put(p, pick.get());
                cursor = Math.max(cursor, pick.get().line());
            }
        }
        return chosen;
    }

    /** Whether line i is a numbered item followed at once by the next number's item. */
    private static boolean startsList(String[] lines, int i) {
        int k = NumberedItems.number(lines[i]);
        return k > 0 && i + 1 < lines.length && NumberedItems.number(lines[i + 1]) == k + 1;
    }

    private static Optional<Heading> first(List<Heading> found, String id, Strength strength, int after) {
        for (Heading h : found) {
            if (h.problemId().equals(id) && h.strength() == strength && h.line() > after) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static String describe(Heading h, String line) {
        String text = line.strip();
        if (text.length() > 60) {
            text = Cut.prefix(text, 60) + "…";
        }
        return h.strength().name().toLowerCase(Locale.ROOT) + " heading '" + text + "'";
    }

    /** A file with no headings is one problem's answer when its name says so ("problem2.md") or the rubric has one problem. */
    private Optional<Problem> wholeFileProblem(String stem) {
        Matcher m = STEM_PROBLEM.matcher(stem);
        while (m.find()) {
            String id = m.group(1);
            Optional<Problem> named = rubric.problems().stream().filter(p -> p.id().equals(id)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return onlyProblem();
    }

    private Optional<Problem> onlyProblem() {
        return rubric.problems().size() == 1 ? Optional.of(rubric.problems().get(0)) : Optional.empty();
    }

    /** Why a problem has no region: the headings that were looked for. */
    static String noRegion(Problem problem) {
        String id = problem.id();
        return "no region for problem " + id + ": no heading such as 'Problem " + id + "', '## " + id + "', 'Q" + id
                + "', '\\section*{Problem " + id + "}' or a line holding only '" + id + "' was found";
    }
}
