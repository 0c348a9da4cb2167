package org.hwgrade.symbolic;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hwgrade.symbolic.SymbolicResult.Status;

/**
 * Grades a matrix-calculus answer by randomized numeric equivalence: the answer and the key are
 * read (LaTeX or plain text, matrices with ellipses included), evaluated at {@value Instances#TRIALS}
 * random instances of the problem drawn from the seed label, and compared entry by entry. What the
 * problem is comes from the rubric alone: its symbols with their shapes, its indices and its
 * definitions. Immutable and safe to share between threads.
 */
public final class SymbolicChecker {

    /** Longer answers are not read at all: nobody writes a gradient in 20,000 characters. */
    public static final int MAX_LENGTH = 20_000;

    private final SymbolTable table;
    private final Definitions definitions;

    /**
     * @param symbolShapes the rubric's symbols and shapes, e.g. {@code {W: "m x n", x: "n", y: "1..m"}};
     *     a single dimension is a column vector, a range {@code 1..m} declares an index
     * @param definitions the rubric's definitions, e.g. {@code {l: "W x", s: "softmax(l)",
     *     e_y: "onehot(y)"}}: a defined symbol takes its definition's value in every instance, an
     *     undeclared name defines a key expression (checked here, so that a bad key is a rubric error)
     * @throws IllegalArgumentException if a name, shape or definition cannot be read, the definitions
     *     form a cycle, or a definition does not evaluate to its symbol's shape
     */
    public SymbolicChecker(Map<String, String> symbolShapes, Map<String, String> definitions) {
        this.table = SymbolTable.fromShapes(symbolShapes);
        this.definitions = Definitions.read(definitions, table);
        requireDefined();
    }

    /** Every definition must evaluate at a generic instance (sizes all different, every index inside). */
    private void requireDefined() {
        TreeMap<String, Integer> sizes = new TreeMap<>();
        for (String dimension : table.dimensions()) {
            sizes.put(dimension, Instances.MIN_SIZE + sizes.size());
        }
        TreeMap<String, Integer> indices = new TreeMap<>();
        table.indexRanges().forEach((index, range) -> indices.put(index, Instances.sizeOf(range, sizes)));
        Instance instance;
        try {
            instance = Instances.create(table, definitions, sizes, indices, new Random(0));
        } catch (EvalException undefined) {
            throw new IllegalArgumentException(undefined.getMessage());
        }
        for (Definitions.Definition expression : definitions.expressions()) {
            try {
                expression.node().evaluate(Scope.of(instance));
            } catch (EvalException undefined) {
                throw new IllegalArgumentException("the definition " + expression.name() + " = " + expression.text()
                        + " is undefined at " + instance.describe() + ": " + undefined.getMessage());
            }
        }
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
            List<Instance> instances;
            try {
                instances = Instances.trials(table, definitions, seedLabel == null ? "" : seedLabel);
            } catch (EvalException undefined) {
                return SymbolicResult.of(Status.UNREADABLE, "the problem's " + undefined.getMessage());
            }
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
        return Parser.parse(text, table, definitions);
    }
}
