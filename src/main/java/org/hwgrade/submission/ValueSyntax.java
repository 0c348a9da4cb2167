package org.hwgrade.submission;

import java.util.Objects;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Expression;

/**
 * Reads one value written in any supported syntax, according to the part's kind: numbers with exact
 * arithmetic, fractions, decimals and scientific notation; matrices as LaTeX environments, numpy
 * lists or MATLAB rows; shapes as tuples or 16×2×2; expressions kept as their source text. The
 * grammar and the limits are in docs/submissions.md.
 */
public final class ValueSyntax {

    /** Longest expression kept as text (a symbolic answer is a line, not a page). */
    static final int MAX_EXPRESSION_CHARS = 20_000;

    private ValueSyntax() {
    }

    /** The whole of {@code text} as a value of {@code kind}, or what is wrong and at which column (1-based). */
    public static ParsedValue parse(String text, AnswerKind kind) {
        return read(text, kind, false).value();
    }

    /** A value followed by prose ("2160 parameters.") and where the value ends in the text (exclusive). */
    record Leading(ParsedValue value, int end) {
    }

    /** Like {@link #parse} but prose or punctuation after the value ends it instead of being a fault. */
    static Leading parseLeading(String text, AnswerKind kind) {
        return read(text, kind, true);
    }

    private static Leading read(String text, AnswerKind kind, boolean allowTrailing) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (kind.isText()) {
            return expression(text, allowTrailing);
        }
        if (text.isBlank()) {
            return new Leading(new ParsedValue.Error("no value: the text is empty", 1), 0);
        }
        try {
            ValueParser.Result r = new ValueParser(text, kind).parse(kind, allowTrailing);
            return new Leading(new ParsedValue.Ok(r.value()), r.end());
        } catch (ValueParser.Fail f) {
            return new Leading(new ParsedValue.Error(f.getMessage(), f.pos + 1), 0);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // Defensive: the parser checks zero divisors and shapes itself; a slip here must still be a result.
            return new Leading(new ParsedValue.Error("cannot read the value: " + e.getMessage(), 1), 0);
        }
    }

    /** An expression is kept as written; only its size and nesting are checked. */
    private static Leading expression(String text, boolean allowTrailing) {
        int start = 0;
        int end = text.length();
        while (start < end && ValueLexer.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && (ValueLexer.isSpace(text.charAt(end - 1))
                || allowTrailing && ".,;".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (start == end) {
            return new Leading(new ParsedValue.Error("no expression: the text is empty", 1), 0);
        }
        if (end - start > MAX_EXPRESSION_CHARS) {
            return new Leading(new ParsedValue.Error("an expression longer than " + MAX_EXPRESSION_CHARS
                    + " characters", start + 1), 0);
        }
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > Limits.MAX_DEPTH) {
                    return new Leading(new ParsedValue.Error("nested more than " + Limits.MAX_DEPTH
                            + " levels deep", i + 1), 0);
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return new Leading(new ParsedValue.Ok(new Expression(text.substring(start, end))), end);
    }
}
