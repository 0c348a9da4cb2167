package org.hwgrade.symbolic;

import java.util.List;
import java.util.Map;
import org.hwgrade.symbolic.SymbolicResult.Status;

/**
 * Grades a matrix-calculus answer by randomized numeric equivalence: the answer and the key are
 * read (LaTeX or plain text, matrices with ellipses included), evaluated at {@value Instances#TRIALS}
 * random instances of the problem drawn from the seed label, and compared entry by entry.
 * Immutable and safe to share between threads.
 */
public final class SymbolicChecker {

    /** Longer answers are not read at all: nobody writes a gradient in 20,000 characters. */
    public static final int MAX_LENGTH = 20_000;

    private final SymbolTable table;

    /**
     * @param symbolShapes the rubric's symbols and shapes, e.g. {@code {W: "m x n", x: "n", s: "m",
     *     e_y: "m"}}; a single dimension is a column vector, {@code e_y} is the one-hot of class y
     * @throws IllegalArgumentException if a name or shape cannot be read
     */
    public SymbolicChecker(Map<String, String> symbolShapes) {
        this.table = SymbolTable.fromShapes(symbolShapes);
    }

    /**
     * Compares a student's answer with the key. Never throws; bad input is an UNREADABLE verdict.
     *
     * @param studentText the answer as written (only the part after the last top-level {@code =} counts)
     * @param keyText the key, in the same language
     * @param seedLabel fixes the random instances (use the part id): the same label gives the same verdict
     */
    public SymbolicResult check(String studentText, String keyText, String seedLabel) {
        try {
            Node key;
            try {
                key = read(keyText, "the answer key");
            } catch (ReadException unreadable) {
                return SymbolicResult.of(Status.UNREADABLE, "the answer key cannot be read: " + unreadable.getMessage());
            }
            Node answer;
            try {
                answer = read(studentText, "the answer");
            } catch (ReadException unreadable) {
                return SymbolicResult.of(Status.UNREADABLE, unreadable.getMessage());
            }
            List<Instance> instances = Instances.trials(table, seedLabel == null ? "" : seedLabel);
            return Trials.compare(answer, key, instances);
        } catch (RuntimeException | StackOverflowError bug) {
            // A bug in this package must not abort a whole grading run; the verdict says what happened.
            return SymbolicResult.of(Status.UNREADABLE, "internal error while reading the answer: " + bug);
        }
    }

    private Node read(String text, String what) throws ReadException {
        if (text == null || text.isBlank()) {
            throw new ReadException(what + " is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ReadException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        return Parser.parse(text, table);
    }
}
