package org.hwgrade.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem: its givens, the solver family that turns them into a graph of named quantities, and
 * its parts. {@code symbols} declares, for symbolic problems, the names a student may use and their
 * shapes ("s" → "m", "W" → "m×n"); it is empty for numeric problems.
 */
public record Problem(
        String id,
        String title,
        String family,
        Map<String, Given> givens,
        Map<String, String> symbols,
        List<Part> parts) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        givens = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(givens));
        symbols = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(symbols));
        parts = List.copyOf(parts);
    }
}
