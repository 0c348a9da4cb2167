package org.hwgrade.latex;

/**
 * One LaTeX command as {@link LatexLexer#command} read it: what it is, where it starts and ends
 * (exclusive) in the text, and its name (the command without its backslash, the environment's
 * name for BEGIN and END, the bracket for OPEN and CLOSE, a message for INVALID).
 */
public record LatexToken(Kind kind, int start, int end, String name) {

    /** What a command is, for both readers. */
    public enum Kind {
        /** Spacing, sizing and presentation that a reader skips ({@code \,}, {@code \quad}, {@code \left.}). */
        SPACE,
        /** {@code \\}, with its optional spacing {@code [2pt]}: a row break in a matrix. */
        ROW_BREAK,
        /** {@code \begin{name}}. */
        BEGIN,
        /** {@code \end{name}}. */
        END,
        /** {@code \frac}, {@code \dfrac}, {@code \tfrac}, {@code \cfrac}. */
        FRACTION,
        /** {@code \times}, {@code \cdot}, {@code \ast}. */
        TIMES,
        /** {@code \div}. */
        DIVIDE,
        /** An opening bracket spelled as a command: {@code \{}, {@code \lbrace}, {@code \lbrack}, {@code \lparen}. */
        OPEN,
        /** A closing bracket spelled as a command. */
        CLOSE,
        /** {@code \|}, {@code \lVert}, {@code \rVert}, {@code \Vert}: a norm's bar. */
        NORM,
        /** A command that shows its one braced argument in another style ({@code \mathbf{s}}, {@code \text{...}}). */
        WRAPPER,
        /** Any other command with a letter name ({@code \sigma}, {@code \vdots}); the reader decides. */
        COMMAND,
        /** A backslash before a character that is no command here. */
        SYMBOL,
        /** A command that cannot be read ({@code \begin} without a name); {@code name} says why. */
        INVALID
    }

    public boolean is(Kind expected) {
        return kind == expected;
    }
}
