package org.hwgrade.model;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of times and durations that the rubric's late policy, the times and extensions
 * CSVs and the learning systems' metadata share. A time is ISO 8601 with its UTC offset
 * ({@code 2026-10-15T23:59:00+09:00}, {@code ...Z}); a space may stand for the {@code T} and come
 * before the offset, as in Gradescope's {@code 2026-11-20 23:10:04.000000000 +00:00}. A time without
 * an offset is refused: its instant would depend on the grading machine's zone. A duration is a
 * whole number with a unit: {@code 30s}, {@code 15m}, {@code 2h}, {@code 3d}.
 */
public final class TimeText {

    private static final Pattern TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([smhd])");

    /** How a time must be written, for error messages. */
    public static final String TIME_FORM = "an ISO 8601 time with its offset, e.g. 2026-10-15T23:59:00+09:00 or 2026-10-15T14:59:00Z";
    /** How a duration must be written, for error messages. */
    public static final String DURATION_FORM = "a whole number and a unit s, m, h or d, e.g. 15m or 2d";

    private TimeText() {
    }

    public static Optional<OffsetDateTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(m.group(1) + "T" + m.group(2) + m.group(3)));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2026-02-30: the right form, no such day
        }
    }

    public static Optional<Duration> duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }
}
