package org.hwgrade.submission;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rubric;

/** Each problem's part marker letters ("a" for part "2a", "1" for part "MC1") and the part each names, computed once per rubric. */
final class PartLetters {

    private final Map<String, Map<String, Part>> byProblem = new HashMap<>();

    PartLetters(Rubric rubric) {
        for (Problem p : rubric.problems()) {
            Map<String, Part> parts = new LinkedHashMap<>();
            for (Part part : p.parts()) {
                String m = part.marker(p.id()).toLowerCase(Locale.ROOT);
                // A letter ("a" of "2a"), or a number ("1" of "MC1", written "\item[(1)]"): markers
                // that name a part by number are read only where a problem's parts are numbered.
                if (m.length() == 1 && Character.isLetter(m.charAt(0)) || m.matches("[1-9][0-9]?")) {
                    parts.putIfAbsent(m, part);
                }
            }
            byProblem.put(p.id(), Collections.unmodifiableMap(parts));
        }
    }

    /** The problem's letters in part order: a bare \item takes the next one. */
    Set<String> of(String problemId) {
        return byProblem.getOrDefault(problemId, Map.of()).keySet();
    }

    List<String> ordered(String problemId) {
        return List.copyOf(of(problemId));
    }

    Optional<Part> part(String problemId, String letter) {
        return Optional.ofNullable(byProblem.getOrDefault(problemId, Map.of()).get(letter));
    }
}
