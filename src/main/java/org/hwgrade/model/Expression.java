package org.hwgrade.model;

import java.util.Objects;

/**
 * A symbolic answer (problem 1's gradients) kept as its source text: LaTeX or plain. The parsed
 * form is built by the symbolic package when it is graded, so the model stays free of parsing.
 */
public record Expression(String source) implements Value {

    public Expression {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String describe() {
        return "an expression";
    }

    @Override
    public String toString() {
        return source;
    }
}
