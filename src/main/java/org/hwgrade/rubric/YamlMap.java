package org.hwgrade.rubric;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hwgrade.formula.Suggestions;

/**
 * A YAML mapping checked against the keys it may hold. Keys starting with {@code x-} are free for
 * YAML anchors and notes (as in docker-compose) and are ignored.
 */
record YamlMap(YamlNode self, Map<String, YamlNode> entries, Map<String, YamlNode> keys) {

    /** Rejects unknown keys (with a "did you mean" hint) and reports the first missing required key. */
    YamlMap allow(Set<String> allowed, Set<String> required) {
        for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
            String key = e.getKey();
            if (!allowed.contains(key) && !key.startsWith("x-")) {
                String hint = Suggestions.closest(key, allowed)
                        .map(k -> "did you mean '" + k + "'? ")
                        .orElse("") + "allowed keys here: " + sorted(allowed);
                throw e.getValue().error("unknown key '" + key + "' in " + self.what(), hint);
            }
        }
        for (String key : sorted(required).split(", ")) {
            if (!key.isEmpty() && !entries.containsKey(key)) {
                throw self.error(self.what() + " lacks the required key '" + key + "'", "add '" + key + ": ...'");
            }
        }
        return this;
    }

    YamlNode get(String key) {
        YamlNode node = entries.get(key);
        if (node == null) {
            throw self.error(self.what() + " lacks the required key '" + key + "'", "add '" + key + ": ...'");
        }
        return node;
    }

    Optional<YamlNode> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    private static String sorted(Collection<String> keys) {
        return keys.stream().sorted().collect(Collectors.joining(", "));
    }
}
