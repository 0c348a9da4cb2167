package org.hwgrade.rubric;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.Delivery;
import org.hwgrade.model.LatePolicy;
import org.hwgrade.model.Rational;
import org.hwgrade.model.TimeText;

/**
 * The rubric's {@code late:} and {@code lms:} mappings (docs/late.md, docs/results.md): each value
 * checked where it is written, so a mistake names its file:line:column and the form to use.
 */
final class DeliveryReader {

    static final Set<String> LATE_KEYS = Set.of("due", "grace", "per_day", "max_days", "past_max");
    static final Set<String> LMS_KEYS = Set.of("canvas_assignment_id");

    private DeliveryReader() {
    }

    static Delivery delivery(YamlMap top) {
        Optional<LatePolicy> late = top.find("late").map(DeliveryReader::late);
        Optional<String> canvas = top.find("lms").map(l -> l.asMap().allow(LMS_KEYS, Set.of()))
                .flatMap(l -> l.find("canvas_assignment_id")).map(DeliveryReader::canvasId);
        return new Delivery(late, canvas);
    }

    private static LatePolicy late(YamlNode node) {
        YamlMap map = node.asMap().allow(LATE_KEYS, Set.of("due", "per_day"));
        YamlNode dueNode = map.get("due");
        var due = TimeText.time(dueNode.asText()).orElseThrow(() -> dueNode.error(
                "the due time '" + dueNode.asText() + "' is not a time with its UTC offset", "write " + TimeText.TIME_FORM));
        Duration grace = map.find("grace").map(g -> TimeText.duration(g.asText()).orElseThrow(() -> g.error(
                "the grace '" + g.asText() + "' is not a duration", "write " + TimeText.DURATION_FORM + " (0m for none)")))
                .orElse(Duration.ZERO);
        Optional<Integer> maxDays = map.find("max_days").map(m -> m.asInt(1));
        LatePolicy.PastMax pastMax = map.find("past_max").map(DeliveryReader::pastMax).orElse(LatePolicy.PastMax.ZERO);
        if (maxDays.isEmpty() && map.find("past_max").isPresent()) {
            throw map.get("past_max").error("past_max needs max_days", "add max_days: N, or remove past_max");
        }
        return new LatePolicy(due, grace, perDay(map.get("per_day")), maxDays, pastMax);
    }

    /** {@code 10%}, or the share itself: {@code 0.1} or {@code 1/10}; from 0 to all of the points. */
    private static Rational perDay(YamlNode node) {
        String text = node.asText().strip();
        String hint = "write the share of the assignment's points taken per day late: 10% (or 0.1, 1/10)";
        Rational share;
        if (text.length() > 20) {
            throw node.error("per_day '" + text + "' is too long for a share", hint);
        }
        try {
            share = text.endsWith("%")
                    ? Rational.of(new BigDecimal(text.substring(0, text.length() - 1).strip()).movePointLeft(2))
                    : node.asRational();
        } catch (NumberFormatException | ArithmeticException e) {
            throw node.error("per_day '" + text + "' is not a percentage or a share", hint);
        }
        if (share.signum() < 0 || share.compareTo(Rational.ONE) > 0) {
            throw node.error("per_day '" + text + "' is outside 0%..100%", hint);
        }
        return share;
    }

    private static LatePolicy.PastMax pastMax(YamlNode node) {
        String text = node.asNonEmptyText();
        for (LatePolicy.PastMax p : LatePolicy.PastMax.values()) {
            if (p.key().equals(text)) {
                return p;
            }
        }
        throw node.error("past_max '" + text + "' is unknown",
                "use zero (not accepted: the total becomes 0) or cap (the penalty of max_days, no more)");
    }

    /** Canvas's assignment ids are numbers (the importer matches "Title (id)" by digits only). */
    private static String canvasId(YamlNode node) {
        String text = node.asNonEmptyText();
        if (!text.matches("\\d{1,19}")) {
            throw node.error("canvas_assignment_id '" + text + "' is not a Canvas assignment id",
                    "write the number in the assignment's address, .../assignments/12345 → 12345");
        }
        return text;
    }
}
