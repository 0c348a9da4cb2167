package org.hwgrade.formula;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a formula reads from its scope, in order of first use: givens and other quantities.
 * Op names, keyword names and attribute names are not among them. A quantity depends on exactly
 * these names, which is how the rubric builds its dependency graph.
 */
public final class FreeNames {

    private FreeNames() {
    }

    public static Set<String> of(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        collect(e, names);
        return Collections.unmodifiableSet(names);
    }

    private static void collect(Expr e, Set<String> names) {
        if (e instanceof Expr.Name n) {
            names.add(n.name());
        }
        for (Expr child : e.children()) {
            collect(child, names);
        }
    }
}
