package org.hwgrade.solver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;

/** The problem families a rubric may name, by name. */
public final class Families {

    private final Map<String, ProblemFamily> byName;

    private Families(Map<String, ProblemFamily> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The families a rubric may still name: {@code symbolic}. Numeric problems are written with quantities. */
    public static Families standard() {
        return of(new SymbolicFamily());
    }

    public static Families of(ProblemFamily... families) {
        Map<String, ProblemFamily> map = new LinkedHashMap<>();
        for (ProblemFamily f : families) {
            if (map.put(f.name(), f) != null) {
                throw new IllegalArgumentException("two families are named " + f.name());
            }
        }
        return new Families(map);
    }

    /** Name → family, in registration order. */
    public Map<String, ProblemFamily> asMap() {
        return byName;
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<ProblemFamily> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws RubricException naming the problem and listing the known families when its family is unknown */
    public ProblemFamily forProblem(Problem problem) {
        return find(problem.family()).orElseThrow(() -> new RubricException(
                "problem " + problem.id() + ": unknown family '" + problem.family() + "'",
                RubricPath.key(problem, "family"), "use one of: " + String.join(", ", byName.keySet()), null));
    }
}
