package org.hwgrade.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hwgrade.model.FormulaText;
import org.hwgrade.model.Given;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Part;

/**
 * One way of evaluating a problem's graph: some givens set to other values (a part's own givens),
 * some quantities defined by other formulas (a misconception's mistaken computation). Everything
 * that depends on a changed node is recomputed. A variant compares by value, so a graph evaluates
 * each one once, however many students meet it.
 */
public record Variant(Map<String, Given> givens, Map<String, FormulaText> replaced) {

    /** The key: the problem as written. */
    public static final Variant KEY = new Variant(Map.of(), Map.of());

    public Variant {
        givens = Collections.unmodifiableMap(new LinkedHashMap<>(givens));
        replaced = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** The part's key: the problem with the part's own givens. */
    public static Variant of(Part part) {
        if (part.givens().isEmpty()) {
            return KEY;
        }
        return new Variant(part.givens(), Map.of());
    }

    /** The part's quantity as the misconception computes it (the part's givens still apply). */
    public static Variant of(Part part, Misconception m) {
        Variant base = of(part);
        return new Variant(base.givens(), m.replace());
    }

    public boolean isKey() {
        return givens.isEmpty() && replaced.isEmpty();
    }

    /** For messages: "with stride = 2", "with dL_dk = dL_dy". */
    String describe() {
        StringBuilder sb = new StringBuilder();
        givens.forEach((name, v) -> sb.append(sb.isEmpty() ? " with " : ", ").append(name).append(" = ").append(GivenData.of(v).brief()));
        replaced.forEach((name, f) -> sb.append(sb.isEmpty() ? " with " : ", ").append(name).append(" = ").append(f));
        return sb.toString();
    }
}
