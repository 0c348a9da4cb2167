package org.hwgrade.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Made-up student names for generated headers. */
final class Names {

    private static final List<String> FIRST = List.of("Alice", "Bruno", "Chen", "Dana", "Eun-ji", "Farid", "Gita",
            "Hana", "Ivan", "Jun", "Kai", "Lena", "Mateo", "Noor", "Olga", "Pablo", "Quynh", "Ravi", "Sofia", "Tariq");
    private static final List<String> LAST = List.of("Moreau", "Carvalho", "Wei", "Okafor", "Lee", "Haddad", "Raman",
            "Sato", "Petrov", "Park", "Fischer", "Rossi", "Nguyen", "Kowalski", "Silva", "Haas", "Costa", "Ito");

    private Names() {
    }

    static String pick(SplittableRandom rnd) {
        return FIRST.get(rnd.nextInt(FIRST.size())) + " " + LAST.get(rnd.nextInt(LAST.size()));
    }
}
