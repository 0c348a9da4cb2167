package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem: its givens, the named quantities computed from them, and its parts. A quantity is a
 * formula over givens and other quantities ({@code y: relu(k)}); a problem written for one of the
 * older solver families names it in {@code family} instead (empty for a problem of formulas).
 * For symbolic problems, {@code symbols} declares the names a student may use with their shapes
 * ("s" → "m", "W" → "m×n") or index ranges ("y" → "1..m"), and {@code definitions} holds named
 * expressions: a declared symbol's meaning ("l" → "W x") or a key a part names ("dL_dl" →
 * "s - e_y"). Both are empty for numeric problems.
 */
public record Problem(
        String id,
        String title,
        String family,
        Map<String, Given> givens,
        Map<String, FormulaText> quantities,
        Map<String, String> symbols,
        Map<String, String> definitions,
        List<Part> parts) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        givens = Collections.unmodifiableMap(new LinkedHashMap<>(givens));
        quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
        symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        parts = List.copyOf(parts);
    }

    /** A problem of one of the solver families. */
    public Problem(String id, String title, String family, Map<String, Given> givens, Map<String, String> symbols,
            Map<String, String> definitions, List<Part> parts) {
        this(id, title, family, givens, Map.of(), symbols, definitions, parts);
    }

    /** Whether its quantities are formulas written in the rubric (rather than a family's). */
    public boolean isFormulas() {
        return family.isEmpty();
    }
}
