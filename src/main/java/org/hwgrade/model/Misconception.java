package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, recognised mistake. Its answer is never typed in: the solver recomputes the part's
 * quantity with the mistake in place, and a student answer equal to that earns {@code credit} (a
 * fraction of the part's points) with {@code feedback}. The mistake is a set of replaced
 * definitions: {@code replace} maps a quantity (the part's own, for a rubric's {@code formula:}, or
 * an upstream one such as {@code dL_dk: dL_dy}) to the mistaken formula, and everything that depends
 * on it is recomputed. In a symbolic problem the formulas are expressions of the answer language
 * ({@code dL_dl: (s - e_y)^T}). In a multiple-choice part the mistake is a wrong {@code option}
 * (its letter) instead.
 */
public record Misconception(String name, Map<String, FormulaText> replace, Rational credit, String feedback,
        Optional<String> option) {

    public Misconception {
        Objects.requireNonNull(name, "name");
        replace = Collections.unmodifiableMap(new LinkedHashMap<>(replace));
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(option, "option");
        if (replace.isEmpty() == option.isEmpty()) {
            throw new IllegalArgumentException("misconception " + name + " needs a formula or a replacement, or an option");
        }
    }

    /** A mistake that computes a wrong value. */
    public Misconception(String name, Map<String, FormulaText> replace, Rational credit, String feedback) {
        this(name, replace, credit, feedback, Optional.empty());
    }
}
