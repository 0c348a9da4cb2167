package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The reference answers, by part id, in rubric order, as computed by the solver. */
public record AnswerKey(String assignment, Map<String, Value> answers) {

    public AnswerKey {
        Objects.requireNonNull(assignment, "assignment");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The key of a part, if it has one: a part scored by a person ({@code kind: manual}) has none. */
    public java.util.Optional<Value> find(String partId) {
        return java.util.Optional.ofNullable(answers.get(partId));
    }

    public Value answer(String partId) {
        Value v = answers.get(partId);
        if (v == null) {
            throw new IllegalArgumentException("no key for part " + partId);
        }
        return v;
    }
}
