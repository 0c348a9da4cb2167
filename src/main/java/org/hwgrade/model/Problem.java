package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem: its givens, the named quantities computed from them, and its parts. A quantity is a
 * formula over givens and other quantities ({@code y: relu(k)}). A symbolic problem says so by its
 * content, never by a type name: {@code symbols} declares the names a student may use with their
 * shapes ("s" → "m", "W" → "m×n") or index ranges ("y" → "1..m"), and {@code definitions} holds
 * named expressions: a declared symbol's meaning ("l" → "W x") or a key a part names ("dL_dl" →
 * "s - e_y"). Both are empty for numeric problems. {@code statement} is the problem's text for a
 * student's sheet, with {@code {{name}}} where a given's value goes; {@code constraints} are formulas
 * a student's drawn givens must make true (docs/rubric.md, Variants).
 */
public record Problem(
        String id,
        String title,
        Map<String, Given> givens,
        Map<String, FormulaText> quantities,
        Map<String, String> symbols,
        Map<String, String> definitions,
        List<Part> parts,
        String statement,
        List<FormulaText> constraints) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        givens = Collections.unmodifiableMap(new LinkedHashMap<>(givens));
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        parts = List.copyOf(parts);
        Objects.requireNonNull(statement, "statement");
        constraints = List.copyOf(constraints);
    }

    /**
     * The id's hash, not the record's: the reader keys maps by problem and part for every student, and
     * hashing every given, formula and misconception on each lookup was 7% of the samples of a class run (JFR).
     * Equal records have equal ids, so this agrees with the record's {@code equals}.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** A problem without a statement template or constraints on drawn givens. */
    public Problem(String id, String title, Map<String, Given> givens, Map<String, FormulaText> quantities,
            Map<String, String> symbols, Map<String, String> definitions, List<Part> parts) {
        this(id, title, givens, quantities, symbols, definitions, parts, "", List.of());
    }

    /** The same problem with other givens and parts (a student's variant: its givens drawn). */
    public Problem with(Map<String, Given> newGivens, List<Part> newParts) {
        return new Problem(id, title, newGivens, quantities, symbols, definitions, newParts, statement, constraints);
    }

    /** The same problem with other definitions (a symbolic mistake's, which redefines a symbol). */
    public Problem withDefinitions(Map<String, String> newDefinitions) {
        return new Problem(id, title, givens, quantities, symbols, newDefinitions, parts, statement, constraints);
    }

    /**
     * Whether its answers are expressions the symbolic checker reads: it declares symbols or
     * definitions, or a part asks for an expression.
     */
    public boolean isSymbolic() {
        return !symbols.isEmpty() || !definitions.isEmpty()
                || parts.stream().anyMatch(p -> p.kind() == AnswerKind.EXPRESSION);
    }
}
