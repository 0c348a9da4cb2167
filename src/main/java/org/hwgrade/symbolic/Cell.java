package org.hwgrade.symbolic;

/** One written cell of a bmatrix/pmatrix/array, as the parser found it. */
sealed interface Cell {

    /** Nothing between the separators: zero in a row of entries, nothing in a row of dots. */
    record Blank() implements Cell {
    }

    /** \vdots, \cdots, \ddots, \dots, \ldots. */
    record Dots() implements Cell {
    }

    /** An entry, with the text it was read from (for messages). */
    record Content(Node node, String text) implements Cell {
    }
}
