package org.hwgrade.submission;

/** The ways a value can be written, as {@link ValuePrinter} writes them and {@link ValueSyntax} reads them. */
public enum Syntax {
    /** {@code \begin{bmatrix} 4 & 2 \\ -2 & -6 \end{bmatrix}}, {@code -\frac{3}{4}}, {@code 16 \times 2 \times 2}. */
    LATEX,
    /** {@code [[4, 2], [-2, -6]]}, {@code [16, 2, 2]}. */
    NUMPY,
    /** {@code [4 2; -2 -6]}, {@code [16 2 2]}. */
    MATLAB,
    /** {@code (16, 2, 2)}. */
    TUPLE,
    /** {@code -3/4}, {@code 16×2×2}. */
    PLAIN
}
