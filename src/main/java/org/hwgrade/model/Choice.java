package org.hwgrade.model;

import java.util.Objects;

/** One option of a multiple-choice part ({@code kind: choice}): its letter and its text as the rubric writes it. */
public record Choice(String letter, String text) implements Value {

    public Choice {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String describe() {
        return "an option";
    }

    @Override
    public String toString() {
        return "(" + letter + ") " + text;
    }
}
