package org.hwgrade.grading;

import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hwgrade.compare.Fractions;
import org.hwgrade.model.LatePolicy;
import org.hwgrade.model.Lateness;
import org.hwgrade.model.Lateness.Status;
import org.hwgrade.model.Rational;

/**
 * The late policy's arithmetic (docs/late.md): lateness counted from the student's due time (the
 * rubric's, or an extension's), on time within the grace, then whole days where a started day
 * counts, each costing per_day of the assignment's points, never below 0; past max_days the total
 * is 0 or the penalty stays that of max_days.
 */
final class LatePenalty {

    private LatePenalty() {
    }

    /**
     * @param total the total after overrides
     * @param max   the assignment's points, of which per_day is a share
     */
    static Lateness judge(LatePolicy policy, OffsetDateTime due, boolean extended, Optional<OffsetDateTime> submitted,
            String timeFrom, Rational total, Rational max) {
        if (submitted.isEmpty()) {
            return new Lateness(Status.UNKNOWN, submitted, timeFrom, due, extended, 0, Rational.ZERO, total);
        }
        Duration lateBy = Duration.between(due, submitted.get());
        if (lateBy.isNegative() || lateBy.isZero()) {
            return new Lateness(Status.ON_TIME, submitted, timeFrom, due, extended, 0, Rational.ZERO, total);
        }
        if (lateBy.compareTo(policy.grace()) <= 0) {
            return new Lateness(Status.IN_GRACE, submitted, timeFrom, due, extended, 0, Rational.ZERO, total);
        }
        long days = ceilDays(lateBy);
        boolean pastMax = policy.maxDays().isPresent() && days > policy.maxDays().get();
        if (pastMax && policy.pastMax() == LatePolicy.PastMax.ZERO) {
            return new Lateness(Status.NOT_ACCEPTED, submitted, timeFrom, due, extended, clamp(days), total, total);
        }
        long charged = pastMax ? policy.maxDays().get() : days;
        Rational penalty = min(total, Fractions.multiply(Fractions.multiply(policy.perDay(), Rational.of(charged)), max));
        return new Lateness(pastMax ? Status.CAPPED : Status.LATE, submitted, timeFrom, due, extended, clamp(days), penalty, total);
    }

    /** The total less the penalty. */
    static Rational apply(Lateness late) {
        return Fractions.add(late.scoreBefore(), negate(late.penalty()));
    }

    private static long ceilDays(Duration lateBy) {
        long day = Duration.ofDays(1).toNanos();
        BigInteger nanos = BigInteger.valueOf(lateBy.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(lateBy.getNano()));
        BigInteger[] qr = nanos.divideAndRemainder(BigInteger.valueOf(day));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /** Days late as the reports show them; a hand-in years late is still a whole number of days. */
    private static int clamp(long days) {
        return (int) Math.min(days, Integer.MAX_VALUE);
    }

    private static Rational min(Rational a, Rational b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Rational negate(Rational r) {
        return new Rational(r.numerator().negate(), r.denominator());
    }
}
