package org.hwgrade.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises problem headings, part markers and the header of a document. Only the first
 * {@value #PREFIX} characters of a line are looked at, and the patterns have no nested
 * repetition, so a very long line costs nothing here.
 */
final class Headings {

    static final int PREFIX = 200;

    enum Strength {
        /** "Problem 2", "## 2. Title", "\section*{Problem 2}", "Q2", "문제 2", "2번". */
        STRONG,
        /** A line holding only "2" or "2." after a blank line. */
        WEAK,
        /** "2a)", "2(a)": a part marker that also tells the problem. */
        PART
    }

    record Heading(int line, String problemId, Strength strength, String letter) {
    }

    private static final Pattern SECTION = Pattern.compile(
            "^\\\\(section|subsection|subsubsection|paragraph|chapter)(\\*?)\\s*\\{(.{0,150})\\}");
    /** The words that announce a problem ("Problem 2", "Q3", "문제 2", "Aufgabe 4"), in lower case. */
    private static final Set<String> PROBLEM_WORDS = Set.of("problem", "question", "exercise", "task", "prob", "q", "p",
            "문제", "문항", "問題", "aufgabe", "exercice", "ejercicio", "problema", "pregunta", "probleme", "problème");
    /** A word that announces a problem, then the id; the longest word first, so that "Problema 2" is not "Problem" and "a 2". */
    private static final Pattern KEYWORD = Pattern.compile("\\[?(?:" + PROBLEM_WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
            .map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\.?\\s*(?:no\\.?\\s*)?#?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PREFIXED_PART = Pattern.compile(
            "^\\(?(\\d{1,3})\\s*[.\\-]?\\s*(?:\\(\\s*([a-z])\\s*\\)|([a-z])(?:[.):]|\\s|$))");
    /** "\item[(b)]", "\item[2a)]", and "\item[(1)]" for a problem whose parts are numbered (a number only before a letter is the problem's). */
    private static final Pattern ITEM = Pattern.compile(
            "^\\\\item\\s*\\[\\s*\\(?\\s*(?:(\\d{1,3})\\s*(?=[a-z]))?([a-z]|\\d{1,2})\\s*[.):]?\\s*\\]");
    private static final Pattern PAREN_LETTER = Pattern.compile("^\\(\\s*(?:(\\d{1,3})\\s*[.\\-]?\\s*)?([a-z])\\s*\\)");
    private static final Pattern LETTER_PUNCT = Pattern.compile("^(?:(\\d{1,3})\\s*[.\\-]?\\s*)?([a-z])[.):](?=\\s|$)");
    private static final Pattern NUMBER_PAREN_LETTER = Pattern.compile("^(\\d{1,3})\\s*\\(\\s*([a-z])\\s*\\)");
    private static final Pattern PART_WORD = Pattern.compile("^(?:part|파트|부분)\\s*\\(?\\s*([a-z])\\s*\\)?(?=[\\s.):]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_LETTER_SPACE = Pattern.compile("^(\\d{1,3})([a-z])(?=\\s|$)");
    private static final Pattern HEADER_KEY = Pattern.compile(
            "^(?:name|student|student\\s*(?:id|no\\.?|number)|id|matr\\.?|matriculation|이름|성명|학번|氏名|学籍番号|nom|nombre|author)\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHOR = Pattern.compile("\\\\author\\s*\\{(.{1,150})\\}");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d)\\d{6,12}(?!\\d)");

    private Headings() {
    }

    /**
     * Whether the word of two letters or more that ends {@code text} before {@code at}, spaces and
     * '#' aside, announces a problem ("see Problem 2", "## Problem 2"): the number at {@code at} then
     * names a problem and is not a value. One-letter words ("p", "q") are left out: in a sentence they are variables.
     */
    static boolean namesProblem(String text, int at) {
        int e = at;
        while (e > 0 && (ValueLexer.isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '#')) {
            e--;
        }
        int b = e;
        while (b > 0 && e - b < 12 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return e - b >= 2 && (b == 0 || !Character.isLetter(text.charAt(b - 1)))
                && PROBLEM_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /** A line's first characters without Markdown/LaTeX decoration; markup[0] tells whether it had heading markup. */
    static String strip(String line, boolean[] markup) {
        String s = Cut.prefix(line, PREFIX);
        s = s.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' || c == '*' || c == '_') {
                markup[0] = true;
                i++;
            } else if (c == '>' || c == '$' || ValueLexer.isSpace(c)) {
                i++;
            } else if ((c == '-' || c == '\u2022' || c == '+') && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                i += 2;
            } else if (s.startsWith("\\textbf{", i) || s.startsWith("\\textit{", i) || s.startsWith("\\emph{", i)) {
                markup[0] = true;
                i = s.indexOf('{', i) + 1;
            } else if (s.startsWith("\\[", i) || s.startsWith("\\(", i)) {
                i += 2;
            } else {
                break;
            }
        }
        int e = s.length();
        while (e > i && ("*_:$}".indexOf(s.charAt(e - 1)) >= 0 || ValueLexer.isSpace(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(i, e);
    }

    /**
     * The heading on this line, if any. {@code sections} counts unstarred \section commands (LaTeX
     * numbers them 1, 2, ...); {@code afterBlank}: the line before is blank (a bare "2" must be).
     */
    static Heading heading(String line, int lineNo, Set<String> problemIds, java.util.function.Function<String, Set<String>> letters,
            int[] sections, boolean afterBlank) {
        String trimmed = line.strip();
        if (trimmed.length() > PREFIX) {
            trimmed = trimmed.substring(0, PREFIX); // a question as the heading: its start is enough
        }
        Matcher sec = trimmed.startsWith("\\") ? SECTION.matcher(trimmed) : null;
        if (sec != null && sec.find()) {
            boolean numbered = sec.group(2).isEmpty() && sec.group(1).equals("section");
            if (numbered) {
                sections[0]++;
            }
            IdAt at = idAt(strip(sec.group(3), new boolean[1]), problemIds);
            String id = at != null ? at.id() : numbered ? String.valueOf(sections[0]) : null;
            return id != null && problemIds.contains(id) ? new Heading(lineNo, id, Strength.STRONG, null) : null;
        }
        boolean[] markup = new boolean[1];
        String s = strip(line, markup);
        IdAt at = idAt(s, problemIds);
        if (at != null) {
            Strength strength = at.strength(markup[0]);
            if (strength == Strength.STRONG || strength == Strength.WEAK && afterBlank) {
                return new Heading(lineNo, at.id(), strength, null);
            }
        }
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '(')) {
            return null; // the pattern below starts with a digit or '('
        }
        Matcher part = PREFIXED_PART.matcher(s);
        if (part.find() && problemIds.contains(part.group(1))) {
            String letter = part.group(2) != null ? part.group(2) : part.group(3);
            if (letters.apply(part.group(1)).contains(letter)) {
                return new Heading(lineNo, part.group(1), Strength.PART, letter);
            }
        }
        return null;
    }

    /**
     * A problem id at the start of a heading's text, after a keyword ("Problem", "Q", "문제") or not,
     * and what follows it: {@code punctuated} when '.', ')' or ':' ends the id ("2.", "A)").
     */
    private record IdAt(String id, boolean keyword, boolean punctuated, String rest) {

        /**
         * A keyword, or markup around an id alone or with a title, makes a strong heading; an id
         * alone or punctuated before a title ("2.", "A) Consider ...") is weak: it must follow a
         * blank line and is taken only when the problem has no strong heading. Markup before an id
         * and a title without punctuation ("## 2 Title") is strong only for ids with a digit, so
         * that "# A note" is not problem A.
         */
        Strength strength(boolean markup) {
            if (keyword) {
                return Strength.STRONG;
            }
            if (rest.isEmpty()) {
                return markup ? Strength.STRONG : Strength.WEAK;
            }
            if (punctuated) {
                return markup ? Strength.STRONG : Strength.WEAK;
            }
            return markup && id.chars().anyMatch(Character::isDigit) ? Strength.STRONG : null;
        }
    }

    /** The longest rubric problem id at the start of {@code s} (any case), with or without a keyword before it. */
    private static IdAt idAt(String s, Set<String> ids) {
        if (s.isEmpty()) {
            return null;
        }
        IdAt direct = idAt(s, 0, ids, false);
        if (direct != null || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '[')) {
            return direct;
        }
        Matcher k = KEYWORD.matcher(s);
        return k.lookingAt() ? idAt(s, k.end(), ids, true) : null;
    }

    private static IdAt idAt(String s, int from, Set<String> ids, boolean keyword) {
        String best = null;
        for (String id : ids) {
            if ((best == null || id.length() > best.length()) && s.regionMatches(true, from, id, 0, id.length())
                    && endsToken(s, from + id.length())) {
                best = id;
            }
        }
        if (best == null) {
            return null;
        }
        int e = from + best.length();
        if (e < s.length() && s.charAt(e) == '번') {
            return new IdAt(best, true, false, s.substring(e + 1).strip()); // "2번": the Korean counter word
        }
        boolean punctuated = e < s.length() && ".):：".indexOf(s.charAt(e)) >= 0;
        return new IdAt(best, keyword, punctuated, s.substring(punctuated ? e + 1 : e).strip());
    }

    /** An id ends where a letter or digit does not follow it, nor a decimal point ("2.5" is not "2"). */
    private static boolean endsToken(String s, int e) {
        if (e >= s.length()) {
            return true;
        }
        char c = s.charAt(e);
        if (c == '번') {
            return true;
        }
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !(c == '.' && e + 1 < s.length() && Character.isDigit(s.charAt(e + 1)));
    }

    /** The part letter this line starts with ("(a)", "a)", "2(a)", "\item[(a)]", "Part a"), if one of {@code letters}. */
    static String marker(String line, String problemId, Set<String> letters) {
        Matched m = markerMatch(line, problemId, letters);
        return m == null ? null : m.letter;
    }

    /** The marker and how many characters of the stripped line it takes. */
    record Matched(String letter, String stripped, int length) {
    }

    static Matched markerMatch(String line, String problemId, Set<String> letters) {
        String s = strip(line, new boolean[1]);
        for (Pattern p : candidates(s)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                String letter = m.group(m.groupCount()).toLowerCase(Locale.ROOT);
                String number = m.groupCount() >= 2 ? m.group(1) : null;
                if (number != null && !number.equals(problemId)) {
                    return null;
                }
                return letters.contains(letter) ? new Matched(letter, s, m.end()) : null;
            }
        }
        return null;
    }

    private static final List<Pattern> NO_PATTERNS = List.of();
    private static final List<Pattern> AFTER_BACKSLASH = List.of(ITEM);
    private static final List<Pattern> AFTER_PAREN = List.of(PAREN_LETTER);
    private static final List<Pattern> AFTER_DIGIT = List.of(NUMBER_PAREN_LETTER, LETTER_PUNCT, NUMBER_LETTER_SPACE);
    private static final List<Pattern> AFTER_LETTER = List.of(LETTER_PUNCT, PART_WORD);

    /**
     * The marker patterns that can match a line starting as {@code s} does, in their order of
     * precedence: every pattern is anchored, so its first character rules most lines out without
     * running it (this is the parser's innermost loop).
     */
    private static List<Pattern> candidates(String s) {
        if (s.isEmpty()) {
            return NO_PATTERNS;
        }
        char c = s.charAt(0);
        if (c == '\\') {
            return AFTER_BACKSLASH;
        }
        if (c == '(') {
            return AFTER_PAREN;
        }
        if (c >= '0' && c <= '9') {
            return AFTER_DIGIT;
        }
        return Character.isLetter(c) ? AFTER_LETTER : NO_PATTERNS;
    }

    /** The characters a line's marker takes in the original line (0 when none), to read what follows it. */
    static int markerEnd(String line, String problemId, Set<String> letters) {
        Matched m = markerMatch(line, problemId, letters);
        if (m == null) {
            return 0;
        }
        int at = line.indexOf(m.stripped().substring(0, Math.min(m.length(), m.stripped().length())));
        return at < 0 ? 0 : at + m.length();
    }

    /** A name, student number or \author found in the lines before the first problem. */
    static String header(String[] lines, int before) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(before, 40); i++) {
            String line = Cut.prefix(lines[i], PREFIX);
            Matcher a = line.contains("\\author") ? AUTHOR.matcher(line) : null;
            if (a != null && a.find()) {
                found.add(a.group(1).strip());
                continue;
            }
            String s = strip(line, new boolean[1]);
            if (s.isEmpty()) {
                continue;
            }
            if (HEADER_KEY.matcher(s).find() || LONG_NUMBER.matcher(s).find()) {
                found.add(s);
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        String joined = String.join(" | ", new ArrayList<>(found));
        return joined.length() > 200 ? Cut.prefix(joined, 200) + "…" : joined;
    }
}
