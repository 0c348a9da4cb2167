package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.hwgrade.model.LatePolicy;
import org.hwgrade.model.Lateness;
import org.hwgrade.model.Rational;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The late policy's arithmetic, case by case: due 2026-10-15T23:59+09:00, grace 15m, 10% of 40 points per day, 3 days at most. */
class LatePenaltyTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-10-15T23:59:00+09:00");
    private static final Rational MAX = Rational.of(40);

    private static LatePolicy policy(LatePolicy.PastMax pastMax) {
        return new LatePolicy(DUE, Duration.ofMinutes(15), Rational.of(1, 10), Optional.of(3), pastMax);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // after the due time, total before, past max, extended due (else the rubric's) -> status, days, total after
                Arguments.of("an hour early", Duration.ofHours(-1), 30, "zero", null, "on_time", 0, "30"),
                Arguments.of("exactly on the due time", Duration.ZERO, 30, "zero", null, "on_time", 0, "30"),
                Arguments.of("at the end of the grace", Duration.ofMinutes(15), 30, "zero", null, "in_grace", 0, "30"),
                Arguments.of("a minute after the grace: day 1", Duration.ofMinutes(16), 30, "zero", null, "late", 1, "26"),
                Arguments.of("exactly one day", Duration.ofDays(1), 30, "zero", null, "late", 1, "26"),
                Arguments.of("a second into day 2", Duration.ofDays(1).plusSeconds(1), 30, "zero", null, "late", 2, "22"),
                Arguments.of("day 3, the last accepted", Duration.ofDays(3), 30, "zero", null, "late", 3, "18"),
                Arguments.of("past max_days: not accepted", Duration.ofDays(3).plusMinutes(1), 30, "zero", null, "not_accepted", 4, "0"),
                Arguments.of("past max_days, capped", Duration.ofDays(9), 30, "cap", null, "capped", 9, "18"),
                Arguments.of("a penalty larger than the total stops at 0", Duration.ofDays(2), 5, "zero", null, "late", 2, "0"),
                Arguments.of("an extension of 2 days: on time", Duration.ofHours(40), 30, "zero", Duration.ofDays(2), "on_time", 0, "30"),
                Arguments.of("an extension of 1 day: 1 day late", Duration.ofHours(40), 30, "zero", Duration.ofDays(1), "late", 1, "26"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theTable(String name, Duration after, int total, String pastMax, Duration extension, String status, int days, String totalAfter) {
        LatePolicy p = policy(pastMax.equals("cap") ? LatePolicy.PastMax.CAP : LatePolicy.PastMax.ZERO);
        OffsetDateTime due = extension == null ? DUE : DUE.plus(extension);
        Lateness l = LatePenalty.judge(p, due, extension != null, Optional.of(DUE.plus(after)), "times_csv", Rational.of(total), MAX);
        assertEquals(status, l.status().key());
        assertEquals(days, l.days());
        assertEquals(totalAfter, LatePenalty.apply(l).toString());
        assertEquals(extension != null, l.extended());
    }

    @ParameterizedTest(name = "an unknown time costs nothing")
    @MethodSource("unknown")
    void anUnknownTimeCostsNothing(int total) {
        Lateness l = LatePenalty.judge(policy(LatePolicy.PastMax.ZERO), DUE, false, Optional.empty(), "none", Rational.of(total), MAX);
        assertEquals("unknown", l.status().key());
        assertEquals(Rational.of(total), LatePenalty.apply(l));
    }

    static Stream<Integer> unknown() {
        return Stream.of(0, 17, 40);
    }
}
