package org.hwgrade.symbolic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hwgrade.latex.LatexLexer;
import org.hwgrade.latex.LatexToken;
import org.hwgrade.symbolic.Token.Kind;

/**
 * Splits LaTeX or plain text into tokens; LaTeX commands are read by the shared {@link LatexLexer},
 * as in numeric answers. Presentation is dropped here: wrappers such as {@code \mathbf{s}} or
 * {@code \text{diag}} yield their content, {@code \left}/{@code \right} and spacing vanish,
 * Unicode operators become their LaTeX names. As in LaTeX, an unbraced sub- or
 * superscript is one character ({@code s_1s_2} is s_1 times s_2), and a run of letters is a product
 * of one-letter symbols unless it is a known word (diag, softmax, exp, log, ln, onehot or a declared
 * multi-letter symbol).
 */
final class ExpressionLexer {

    static final int MAX_DEPTH = 200;

    private static final Set<String> FUNCTIONS = Set.of("diag", "exp", "log", "ln", "softmax", "onehot", "sigma",
            "sigmoid", "tanh", "relu");
    private static final Map<String, Kind> COMMANDS = Map.ofEntries(
            Map.entry("cdot", Kind.TIMES), Map.entry("times", Kind.TIMES), Map.entry("ast", Kind.TIMES),
            Map.entry("odot", Kind.HADAMARD), Map.entry("circ", Kind.HADAMARD),
            Map.entry("frac", Kind.FRAC), Map.entry("dfrac", Kind.FRAC), Map.entry("tfrac", Kind.FRAC),
            Map.entry("delta", Kind.DELTA), Map.entry("gt", Kind.COMPARE), Map.entry("lt", Kind.COMPARE),
            Map.entry("top", Kind.TRANSPOSE_MARK), Map.entry("intercal", Kind.TRANSPOSE_MARK),
            Map.entry("prime", Kind.PRIME),
            Map.entry("vdots", Kind.DOTS), Map.entry("cdots", Kind.DOTS), Map.entry("ddots", Kind.DOTS),
            Map.entry("dots", Kind.DOTS), Map.entry("ldots", Kind.DOTS), Map.entry("dotsc", Kind.DOTS),
            Map.entry("dotsb", Kind.DOTS), Map.entry("iddots", Kind.DOTS),
            Map.entry("Rightarrow", Kind.EQUALS), Map.entry("implies", Kind.EQUALS),
            Map.entry("approx", Kind.EQUALS), Map.entry("coloneqq", Kind.EQUALS), Map.entry("in", Kind.MEMBER_OF),
            Map.entry("geq", Kind.COMPARE), Map.entry("ge", Kind.COMPARE), Map.entry("geqslant", Kind.COMPARE),
            Map.entry("leq", Kind.COMPARE), Map.entry("le", Kind.COMPARE), Map.entry("leqslant", Kind.COMPARE));
    private static final Map<Character, String> UNICODE = Map.ofEntries(
            Map.entry('\u2212', "-"), Map.entry('\u2013', "-"), Map.entry('\u00d7', "\\times "),
            Map.entry('\u00b7', "\\cdot "), Map.entry('\u22c5', "\\cdot "), Map.entry('\u2299', "\\odot "),
            Map.entry('\u2218', "\\circ "), Map.entry('\u1d40', "^T"), Map.entry('\u22a4', "\\top "),
            Map.entry('\u03b4', "\\delta "), Map.entry('\u22ee', "\\vdots "), Map.entry('\u22ef', "\\cdots "),
            Map.entry('\u22f1', "\\ddots "), Map.entry('\u2026', "\\dots "), Map.entry('\u2019', "'"),
            Map.entry('\u00a0', " "), Map.entry('\u2032', "'"), Map.entry('\u03c3', "\\sigma "),
            Map.entry('\u2265', "\\geq "), Map.entry('\u2264', "\\leq "), Map.entry('\u2016', "\\| "),
            Map.entry('\u2217', "\\ast ")); // ∗, the asterisk operator: read as the value reader reads it, as *

    private final String text;
    private final Set<String> words;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Boolean> environments = new ArrayDeque<>();

    private ExpressionLexer(String text, Set<String> words) {
        this.text = text;
        this.words = words;
    }

    /** Replaces Unicode operators by their LaTeX spelling (positions in messages refer to the result). */
    static String normalise(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.' && raw.startsWith("...", i)) {
                out.append("\\dots ");
                i += 2;
                continue;
            }
            out.append(UNICODE.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }

    /**
     * @param text normalised text
     * @param symbolWords declared symbol names longer than one letter
     */
    static List<Token> lex(String text, Set<String> symbolWords) throws ReadException {
        ExpressionLexer lexer = new ExpressionLexer(text, symbolWords);
        lexer.run(0, text.length(), 0);
        lexer.tokens.add(new Token(Kind.EOF, "", text.length(), text.length()));
        return lexer.tokens;
    }

    private void run(int from, int to, int depth) throws ReadException {
        if (depth > MAX_DEPTH) {
            throw new ReadException("the text is nested more than " + MAX_DEPTH + " levels deep");
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean script = !tokens.isEmpty() && (last().is(Kind.CARET) || last().is(Kind.UNDERSCORE));
            if (Character.isWhitespace(c) || c == '$') {
                i++;
            } else if (script && c != '{' && c != '\\' && c != '-' && c != '(') {
                emit(isAsciiDigit(c) ? Kind.NUMBER : isAsciiLetter(c) ? Kind.LETTERS : kindOf(c), i, i + 1);
                i++;
            } else if (script && c == '-' && last().is(Kind.CARET)) {
                emit(Kind.MINUS, i, i + 1);
                i++;
                if (i < to && (isAsciiDigit(text.charAt(i)) || isAsciiLetter(text.charAt(i)))) {
                    emit(isAsciiDigit(text.charAt(i)) ? Kind.NUMBER : Kind.LETTERS, i, i + 1);
                    i++;
                }
            } else if (isAsciiDigit(c) || c == '.' && i + 1 < to && isAsciiDigit(text.charAt(i + 1))) {
                int end = i;
                while (end < to && isAsciiDigit(text.charAt(end))) {
                    end++;
                }
                if (end < to && text.charAt(end) == '.' && end + 1 < to && isAsciiDigit(text.charAt(end + 1))) {
                    end++;
                    while (end < to && isAsciiDigit(text.charAt(end))) {
                        end++;
                    }
                }
                emit(Kind.NUMBER, i, end);
                i = end;
            } else if (isAsciiLetter(c)) {
                int end = i;
                while (end < to && isAsciiLetter(text.charAt(end))) {
                    end++;
                }
                letters(i, end);
                i = end;
            } else if (c == '\\') {
                i = command(i, to, depth);
            } else if (c == '.' || c == '~') {
                i++;
            } else {
                emit(kindOf(c), i, i + 1);
                i++;
            }
        }
    }

    /** Only ASCII digits: Character.isDigit also accepts ٣ or ３, which Double.parseDouble rejects. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static Kind kindOf(char c) {
        return switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.TIMES;
            case '/' -> Kind.SLASH;
            case '^' -> Kind.CARET;
            case '_' -> Kind.UNDERSCORE;
            case '\'' -> Kind.PRIME;
            case '(', '[' -> Kind.OPEN;
            case ')', ']' -> Kind.CLOSE;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case ',' -> Kind.COMMA;
            case '&' -> Kind.AMP;
            case '=' -> Kind.EQUALS;
            case '<', '>' -> Kind.COMPARE;
            default -> Kind.UNSUPPORTED;
        };
    }

    private void letters(int from, int to) {
        String word = text.substring(from, to);
        if (FUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
            tokens.add(new Token(Kind.FUNCTION, word.toLowerCase(Locale.ROOT), from, to));
        } else if (words.contains(word)) {
            emit(Kind.LETTERS, from, to);
        } else {
            for (int k = from; k < to; k++) {
                emit(Kind.LETTERS, k, k + 1);
            }
        }
    }

    /** Lexes the command at {@code at} (a backslash); returns where lexing continues. */
    private int command(int at, int to, int depth) throws ReadException {
        LatexToken command = LatexLexer.command(text, at);
        int end = Math.min(command.end(), to);
        String name = command.name();
        switch (command.kind()) {
            case SPACE -> { }
            case ROW_BREAK -> {
                if (isMatrixContext()) {
                    emit(Kind.ROW_SEP, at, end);
                }
            }
            case BEGIN, END -> {
                return environment(command, to);
            }
            case WRAPPER -> {
                return wrapper(end, to, depth);
            }
            case FRACTION -> emit(Kind.FRAC, at, end);
            case TIMES -> emit(Kind.TIMES, at, end);
            case DIVIDE -> emit(Kind.SLASH, at, end);
            case OPEN -> emit(Kind.OPEN, at, end);
            case CLOSE -> emit(Kind.CLOSE, at, end);
            case NORM -> emit(Kind.NORM, at, end);
            case SYMBOL, INVALID -> emit(Kind.UNSUPPORTED, at, end);
            case COMMAND -> {
                if (FUNCTIONS.contains(name)) {
                    tokens.add(new Token(Kind.FUNCTION, name, at, end));
                } else if (name.equals("ell")) {
                    tokens.add(new Token(Kind.LETTERS, "l", at, end));
                } else {
                    emit(COMMANDS.getOrDefault(name, Kind.UNSUPPORTED), at, end);
                }
            }
        }
        return end;
    }

    /** \mathbf{...} and friends: their content, parenthesised when it is more than one token. */
    private int wrapper(int after, int to, int depth) throws ReadException {
        int open = skipSpaces(after, to);
        if (open >= to || text.charAt(open) != '{') {
            return after;
        }
        int close = matchingBrace(open, to);
        int before = tokens.size();
        run(open + 1, close, depth + 1);
        if (tokens.size() - before > 1) {
            tokens.add(before, new Token(Kind.OPEN, "(", open, open + 1));
            tokens.add(new Token(Kind.CLOSE, ")", close, close + 1));
        }
        return close + 1;
    }

    /** A matrix environment becomes BEGIN/END tokens, a layout environment vanishes, any other is unsupported. */
    private int environment(LatexToken command, int to) throws ReadException {
        boolean begin = command.is(LatexToken.Kind.BEGIN);
        String name = command.name();
        int next = command.end();
        if (LatexLexer.isMatrixEnvironment(name)) {
            tokens.add(new Token(begin ? Kind.BEGIN : Kind.END, name, command.start(), next));
            if (begin) {
                environments.push(true);
            } else if (!environments.isEmpty()) {
                environments.pop();
            }
        } else if (LatexLexer.isLayoutEnvironment(name)) {
            if (begin) {
                environments.push(false);
            } else if (!environments.isEmpty()) {
                environments.pop();
            }
        } else {
            emit(Kind.UNSUPPORTED, command.start(), next);
        }
        return next;
    }

    /** {@code &} and {@code \\} separate cells only inside a matrix; elsewhere they are layout. */
    private boolean isMatrixContext() {
        return !environments.isEmpty() && environments.peek();
    }

    private int matchingBrace(int open, int to) throws ReadException {
        int after = LatexLexer.afterGroup(text, open, to);
        if (after < 0) {
            throw new ReadException("a `{` has no matching `}`: `" + Parser.excerpt(text, open) + "`");
        }
        return after - 1;
    }

    private int skipSpaces(int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private Token last() {
        return tokens.get(tokens.size() - 1);
    }

    private void emit(Kind kind, int start, int end) {
        if (kind == Kind.AMP && !isMatrixContext()) {
            return;
        }
        tokens.add(new Token(kind, text.substring(start, end), start, end));
    }
}
