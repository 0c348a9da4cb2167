package org.hwgrade.rubric;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Options;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Value;

/**
 * Reads a multiple-choice part's {@code options: {a: "stride 1", b: 2}} and its {@code answer: b}.
 * Letters are single letters, compared in lower case as a student may write {@code B}; an option
 * written as a number can be the value of a computed key.
 */
final class OptionsReader {

    private OptionsReader() {
    }

    static Optional<Options> options(YamlMap part, String id, AnswerKind kind) {
        if (kind != AnswerKind.CHOICE) {
            for (String key : new String[] {"options", "answer"}) {
                part.find(key).ifPresent(node -> {
                    throw node.error("part " + id + " is not multiple choice and has no " + key,
                            "write 'kind: choice' for a multiple-choice part, or remove '" + key + ":'");
                });
            }
            return Optional.empty();
        }
        YamlNode list = part.find("options").orElseThrow(() -> part.self().error(
                "part " + id + " is multiple choice (kind: choice) but lists no options",
                "add 'options: {a: \"first option\", b: \"second option\"}'"));
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Value> values = new LinkedHashMap<>();
        YamlMap map = list.asMap();
        map.entries().forEach((letter, option) -> {
            if (!letter.matches("[A-Za-z]")) {
                throw map.keys().get(letter).error("option '" + letter + "' of part " + id + " is not a single letter",
                        "name options a, b, c, ...");
            }
            String key = letter.toLowerCase(Locale.ROOT);
            if (texts.put(key, option.asNonEmptyText().strip()) != null) {
                throw map.keys().get(letter).error("option " + key + " of part " + id + " is listed twice",
                        "give every option its own letter");
            }
            if (GivenReader.number(option)) {
                values.put(key, new Scalar(option.asRational()));
            }
        });
        if (texts.size() < 2) {
            throw list.error("part " + id + " has " + texts.size() + " option(s)", "list at least two options");
        }
        Optional<String> answer = part.find("answer").map(node -> letter(node, texts, "answer of part " + id));
        return Optional.of(new Options(texts, values, answer));
    }

    /** A letter naming one of the options ({@code answer: b}, a misconception's {@code option: a}). */
    static String letter(YamlNode node, Map<String, String> texts, String what) {
        String letter = node.asNonEmptyText().strip().toLowerCase(Locale.ROOT);
        if (!texts.containsKey(letter)) {
            throw node.error(what + " names option '" + node.asText() + "', which the part does not list",
                    "write one of the options' letters: " + String.join(", ", texts.keySet()));
        }
        return letter;
    }
}
