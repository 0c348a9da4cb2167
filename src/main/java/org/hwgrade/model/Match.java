package org.hwgrade.model;

/** Which reference the answer matched: the key, a named misconception, follow-through, a person's override, or none. */
public sealed interface Match {

    record Key() implements Match {
        @Override
        public String key() {
            return "key";
        }
    }

    record Misconceived(String name) implements Match {
        @Override
        public String key() {
            return "misconception:" + name;
        }
    }

    /** Consistent with the student's own answers to the parts listed in {@code upstream}. */
    record FollowedThrough(java.util.List<String> upstream) implements Match {
        public FollowedThrough {
            upstream = java.util.List.copyOf(upstream);
        }

        @Override
        public String key() {
            return "follow-through";
        }
    }

    /** Scored by a person in review ({@code overrides.yaml}); {@code who} is who decided. */
    record Overridden(String who) implements Match {
        @Override
        public String key() {
            return "override";
        }
    }

    record None() implements Match {
        @Override
        public String key() {
            return "none";
        }
    }

    /** The spelling used in results.json: key, misconception:NAME, follow-through, override, none. */
    String key();
}
