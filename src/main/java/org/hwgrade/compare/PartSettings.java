package org.hwgrade.compare;

import java.util.Objects;
import java.util.Optional;
import org.hwgrade.model.EntryCredit;
import org.hwgrade.model.FollowThrough;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.ShapeLayout;
import org.hwgrade.model.Tolerance;

/**
 * A part's grading settings with the rubric's defaults filled in, so that no other code in this
 * package has to know which settings a part may override.
 */
public record PartSettings(
        Optional<Tolerance> tolerance,
        GradingDefaults defaults,
        EntryCredit entries,
        FollowThrough followThrough,
        boolean showKey,
        ShapeLayout layout) {

    public PartSettings {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(followThrough, "followThrough");
        Objects.requireNonNull(layout, "layout");
    }

    public static PartSettings of(Part part, GradingDefaults defaults) {
        return new PartSettings(
                part.tolerance(),
                defaults,
                part.entries().orElse(defaults.entries()),
                part.followThrough().orElse(defaults.followThrough()),
                part.showKey().orElse(defaults.showKey()),
                part.layout());
    }

    /**
     * These settings with the key kept out of the result and its feedback: for student-facing
     * output below the `key` reveal level, whatever the rubric says.
     */
    public PartSettings withKeyHidden() {
        return new PartSettings(tolerance, defaults, entries, followThrough, false, layout);
    }

    /** The rule for one key number (a matrix may mix rational and irrational entries). */
    public Tolerance ruleFor(Num key) {
        return NumberRules.ruleFor(key, tolerance, defaults);
    }

    public boolean matches(Num received, Num key) {
        return NumberRules.matches(received, key, ruleFor(key));
    }

    /** Whether {@code received} agrees with {@code reference}, recomputed in place of {@code key}. */
    public boolean matches(Num received, Num reference, Num key) {
        return NumberRules.matches(received, reference, NumberRules.ruleFor(reference, key, tolerance, defaults));
    }
}
