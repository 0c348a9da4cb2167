package org.hwgrade.grading;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where grading spends its time, summed over threads: a few nanoTime calls and LongAdder sums per
 * submission, cheap enough to be always on. Parallel stages overlap, so the totals are
 * thread-seconds, not a partition of the wall time.
 */
public final class StageTimings {

    /** The stages of grading a class, in pipeline order. */
    public enum Stage {
        /** Reading and decoding a hand-in's bytes. */
        READ,
        /** Finding the answers in the text. */
        PARSE,
        /** Loading the rubric and computing the key (once per rubric). */
        SOLVE,
        /** Comparing answers with the key, misconceptions and follow-through. */
        COMPARE,
        /** Rendering and writing feedback files, results.json and gradebook.csv. */
        WRITE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimings() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** One line per stage: thread-seconds and share of the total. */
    public String text() {
        long total = 0;
        for (Stage s : Stage.values()) {
            total += nanos(s);
        }
        StringBuilder sb = new StringBuilder("stage      thread-s   share\n");
        for (Stage s : Stage.values()) {
            long n = nanos(s);
            sb.append(String.format(Locale.ROOT, "%-9s %9.3f %6.1f%%%n", s.name().toLowerCase(Locale.ROOT), n / 1e9,
                    total == 0 ? 0.0 : 100.0 * n / total));
        }
        return sb.toString();
    }
}
