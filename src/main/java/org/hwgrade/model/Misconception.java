package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named, recognised mistake. Its answer is never typed in: the solver recomputes the part's
 * quantity with the mistake in place, and a student answer equal to that earns {@code credit} (a
 * fraction of the part's points) with {@code feedback}. The mistake is a set of replaced
 * definitions: {@code replace} maps a quantity (the part's own, for a rubric's {@code formula:}, or
 * an upstream one such as {@code dL_dk: dL_dy}) to the mistaken formula, and everything that depends
 * on it is recomputed. {@code flags} are the older, family-defined switches.
 */
public record Misconception(String name, Set<String> flags, Map<String, FormulaText> replace, Rational credit,
        String feedback) {

    public Misconception {
        Objects.requireNonNull(name, "name");
        flags = Set.copyOf(flags);
        replace = Collections.unmodifiableMap(new LinkedHashMap<>(replace));
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(feedback, "feedback");
        if (flags.isEmpty() && replace.isEmpty()) {
            throw new IllegalArgumentException("misconception " + name + " needs a formula, a replacement or a flag");
        }
    }

    /** A mistake defined by family flags. */
    public Misconception(String name, Set<String> flags, Rational credit, String feedback) {
        this(name, flags, Map.of(), credit, feedback);
    }
}
