package org.hwgrade.model;

import java.util.Objects;
import java.util.Set;

/**
 * A named, recognised mistake. Its answer is never typed in: the solver recomputes the part's
 * quantity with {@code flags} switched on, and a student answer equal to that earns {@code credit}
 * (a fraction of the part's points) with {@code feedback}.
 */
public record Misconception(String name, Set<String> flags, Rational credit, String feedback) {

    public Misconception {
        Objects.requireNonNull(name, "name");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(feedback, "feedback");
        if (flags.isEmpty()) {
            throw new IllegalArgumentException("misconception " + name + " needs at least one flag");
        }
    }
}
