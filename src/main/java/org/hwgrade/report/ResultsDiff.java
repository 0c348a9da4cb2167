package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hwgrade.model.HwgradeException;

/**
 * What changed between two runs' results.json (`hwgrade diff`): students added or removed, and for
 * each student whose grades changed, the total and every changed part with its old and new score
 * and why, in this order of precedence: {@code override} (a person's decision came or went),
 * {@code reading} (the answer read is not the same: a new hand-in or a reader change), {@code key}
 * (the expected value changed: the rubric's givens or solver), {@code rule} (same answer, same key,
 * another grade: a tolerance, credit or misconception rule). The reasons are listed in docs/results.md.
 */
public final class ResultsDiff {

    /** One changed part: its id, old and new score, verdict and match, and why it changed. */
    public record PartChange(String part, String oldScore, String newScore, String why, String detail) {
    }

    /**
     * One student whose grades changed; {@code late} says how the late penalty changed ("" when it
     * did not): a new time, an extension, or a policy that came or went.
     */
    public record StudentChange(String student, String oldTotal, String newTotal, List<PartChange> parts, String late) {
    }

    private final List<String> added = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<StudentChange> changed = new ArrayList<>();
    private final boolean rubricChanged;

    private ResultsDiff(JsonNode old, JsonNode now) {
        rubricChanged = !old.path("rubric_sha256").equals(now.path("rubric_sha256"));
        Map<String, JsonNode> before = bySubmission(old);
        Map<String, JsonNode> after = bySubmission(now);
        before.keySet().stream().filter(s -> !after.containsKey(s)).forEach(removed::add);
        for (Map.Entry<String, JsonNode> e : after.entrySet()) {
            JsonNode was = before.get(e.getKey());
            if (was == null) {
                added.add(e.getKey());
                continue;
            }
            List<PartChange> parts = parts(was, e.getValue());
            String late = late(was.path("late"), e.getValue().path("late"));
            if (!parts.isEmpty() || !late.isEmpty() || !was.path("score").equals(e.getValue().path("score"))) {
                changed.add(new StudentChange(e.getKey(), was.path("score").asText(), e.getValue().path("score").asText(), parts, late));
            }
        }
    }

    public static ResultsDiff of(Path oldResults, Path newResults) {
        return new ResultsDiff(read(oldResults), read(newResults));
    }

    public List<StudentChange> changed() {
        return changed;
    }

    public List<String> added() {
        return added;
    }

    public List<String> removed() {
        return removed;
    }

    private static List<PartChange> parts(JsonNode was, JsonNode now) {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        was.path("parts").forEach(p -> before.put(p.path("id").asText(), p));
        List<PartChange> out = new ArrayList<>();
        for (JsonNode p : now.path("parts")) {
            JsonNode q = before.get(p.path("id").asText());
            if (q == null || sameGrade(q, p)) {
                continue;
            }
            out.add(new PartChange(p.path("id").asText(), q.path("score").asText(), p.path("score").asText(), why(q, p), detail(q, p)));
        }
        return out;
    }

    /** "" when the penalty is the same; else old and new penalty with status, days and the time used. */
    static String late(JsonNode was, JsonNode now) {
        if (was.path("penalty").equals(now.path("penalty")) && was.path("status").equals(now.path("status"))) {
            return "";
        }
        return describeLate(was) + " → " + describeLate(now);
    }

    private static String describeLate(JsonNode l) {
        if (l.isMissingNode()) {
            return "no late policy";
        }
        return "−" + l.path("penalty").asText() + " (" + l.path("status").asText() + ", " + l.path("days").asText() + " days, submitted "
                + (l.path("submitted_at").isNull() ? "at an unknown time" : l.path("submitted_at").asText()) + ", due "
                + l.path("due").asText() + (l.path("extended").asBoolean() ? " extended" : "") + ")";
    }

    private static boolean sameGrade(JsonNode a, JsonNode b) {
        return a.path("score").equals(b.path("score")) && a.path("verdict").equals(b.path("verdict"))
                && a.path("matched").equals(b.path("matched"));
    }

    static String why(JsonNode was, JsonNode now) {
        if (was.path("matched").asText().equals("override") || now.path("matched").asText().equals("override")) {
            return "override";
        }
        if (!Objects.equals(was.path("received"), now.path("received"))
                || !Objects.equals(was.path("source").path("text"), now.path("source").path("text"))) {
            return "reading";
        }
        if (!Objects.equals(was.path("expected"), now.path("expected"))) {
            return "key";
        }
        return "rule";
    }

    private static String detail(JsonNode was, JsonNode now) {
        String verdicts = was.path("verdict").asText() + " (" + was.path("matched").asText() + ") → "
                + now.path("verdict").asText() + " (" + now.path("matched").asText() + ")";
        return switch (why(was, now)) {
            case "reading" -> verdicts + "; read " + was.path("received") + " → " + now.path("received");
            case "key" -> verdicts + "; expected " + was.path("expected") + " → " + now.path("expected");
            default -> verdicts;
        };
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        if (rubricChanged) {
            sb.append("The rubric changed (rubric_sha256 differs).\n");
        }
        sb.append(changed.size()).append(changed.size() == 1 ? " student" : " students").append(" changed, ")
                .append(added.size()).append(" added, ").append(removed.size()).append(" removed.\n");
        added.forEach(s -> sb.append("+ ").append(Escape.line(s)).append('\n'));
        removed.forEach(s -> sb.append("- ").append(Escape.line(s)).append('\n'));
        for (StudentChange c : changed) {
            sb.append('\n').append(Escape.line(c.student())).append("  ").append(c.oldTotal()).append(" → ").append(c.newTotal())
                    .append(" (").append(delta(c.oldTotal(), c.newTotal())).append(")\n");
            if (!c.late().isEmpty()) {
                sb.append("  late penalty  late: ").append(Escape.line(c.late())).append('\n');
            }
            for (PartChange p : c.parts()) {
                sb.append("  ").append(p.part()).append("  ").append(p.oldScore()).append(" → ").append(p.newScore()).append(" (")
                        .append(delta(p.oldScore(), p.newScore())).append(")  ").append(p.why()).append(": ")
                        .append(Escape.line(p.detail())).append('\n');
            }
        }
        return sb.toString();
    }

    /** A student string on one terminal line: control characters (escape sequences, line breaks) become '?'. */
    private static String delta(String was, String now) {
        try {
            BigDecimal d = new BigDecimal(now).subtract(new BigDecimal(was)).stripTrailingZeros();
            return (d.signum() > 0 ? "+" : "") + d.toPlainString();
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    private static Map<String, JsonNode> bySubmission(JsonNode results) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        results.path("submissions").forEach(s -> out.put(s.path("student").asText(), s));
        return out;
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            if (root == null || !root.path("submissions").isArray()) {
                throw new HwgradeException("not a results.json: no submissions list", new HwgradeException.Location(file.toString(), 1, 1),
                        "give two results.json files written by hwgrade grade");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new HwgradeException("cannot read the results: " + e.getOriginalMessage(),
                    new HwgradeException.Location(file.toString(), loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()),
                    "give two results.json files written by hwgrade grade", e);
        } catch (IOException e) {
            throw new HwgradeException("cannot read the results: " + e.getMessage(), new HwgradeException.Location(file.toString(), 0, 0),
                    "check the path", e);
        }
    }
}
