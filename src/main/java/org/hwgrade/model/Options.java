package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of a multiple-choice part, by lower-case letter in file order. {@code values} holds
 * the options written as numbers, so that a computed key can name the option equal to it;
 * {@code answer} is the key's letter when the rubric gives it rather than computing it.
 */
public record Options(Map<String, String> texts, Map<String, Value> values, Optional<String> answer) {

    public Options {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(answer, "answer");
    }

    /** The option of a letter, if the part has it. */
    public Optional<Choice> option(String letter) {
        return Optional.ofNullable(texts.get(letter)).map(text -> new Choice(letter, text));
    }

    /**
     * The key: the rubric's letter, else the one option equal to the computed value (the solver
     * refuses a rubric where none or two are).
     */
    public Optional<Choice> key(Optional<Value> computed) {
        if (answer.isPresent()) {
            return option(answer.get());
        }
        return computed.map(this::equalTo).filter(options -> options.size() == 1).map(options -> options.get(0));
    }

    /** The options whose number equals {@code key}: exactly one for a well-written computed key. */
    public List<Choice> equalTo(Value key) {
        return values.entrySet().stream().filter(e -> e.getValue().equals(key))
                .map(e -> new Choice(e.getKey(), texts.get(e.getKey()))).toList();
    }
}
