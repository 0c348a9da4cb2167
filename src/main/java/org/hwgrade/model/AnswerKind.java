package org.hwgrade.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a part asks for; decides how a student's text is read and how it is compared. */
public enum AnswerKind {
    INTEGER, NUMBER, VECTOR, MATRIX, TENSOR, SHAPE, EXPRESSION,
    /** Multiple choice: the student names one of the part's options by its letter or its text. */
    CHOICE,
    /** Scored only by a person (overrides.yaml): the reader keeps what was written, nothing computes a key. */
    MANUAL;

    /** The spelling used in rubric files and reports. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the answer is an array of numbers, read as brackets or a LaTeX matrix and graded per entry. */
    public boolean isTensor() {
        return this == VECTOR || this == MATRIX || this == TENSOR;
    }

    /** Whether the answer is kept as the text written (an expression, a written explanation, an option to be
     * matched against the part's options) rather than parsed as a number. */
    public boolean isText() {
        return this == EXPRESSION || this == CHOICE || this == MANUAL;
    }

    /** Every kind's spelling, in declaration order: "integer, number, vector, ...". */
    public static String spellings() {
        return Arrays.stream(values()).map(AnswerKind::key).collect(Collectors.joining(", "));
    }
}
