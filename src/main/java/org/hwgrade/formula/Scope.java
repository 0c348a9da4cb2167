package org.hwgrade.formula;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Value;

/** Resolves a formula's names: givens, other quantities, a student's own answers. */
public interface Scope {

    Optional<Datum> lookup(String name);

    /** Every name the scope knows, for "did you mean" hints. */
    Collection<String> names();

    static Scope of(Map<String, ? extends Datum> values) {
        Map<String, Datum> copy = new LinkedHashMap<>(values);
        return new Scope() {
            @Override
            public Optional<Datum> lookup(String name) {
                return Optional.ofNullable(copy.get(name));
            }

            @Override
            public Collection<String> names() {
                return copy.keySet();
            }
        };
    }

    static Scope ofValues(Map<String, ? extends Value> values) {
        Map<String, Datum> data = new LinkedHashMap<>();
        values.forEach((k, v) -> data.put(k, Datum.of(v)));
        return of(data);
    }
}
