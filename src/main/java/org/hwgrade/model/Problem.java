package org.hwgrade.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem: its givens, the solver family that turns them into a graph of named quantities, and
 * its parts. For symbolic problems, {@code symbols} declares the names a student may use with their
 * shapes ("s" → "m", "W" → "m×n") or index ranges ("y" → "1..m"), and {@code definitions} holds
 * named expressions: a declared symbol's meaning ("l" → "W x") or a key a part names ("dL_dl" →
 * "s - e_y"). Both are empty for numeric problems.
 */
public record Problem(
        String id,
        String title,
        String family,
        Map<String, Given> givens,
        Map<String, String> symbols,
        Map<String, String> definitions,
        List<Part> parts) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        givens = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(givens));
        symbols = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(symbols));
        definitions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(definitions));
        parts = List.copyOf(parts);
    }
}
