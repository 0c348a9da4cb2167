package org.hwgrade.grading;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.LatePolicy;
import org.hwgrade.model.Lateness;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.StudentInfo;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.TimeText;

/**
 * The rubric's late policy with what the TA gave for it (docs/late.md): the submission times CSV
 * ({@code --times}: student,submitted_at), which wins over a time the download carries (Gradescope's
 * {@code :created_at:}), and the extensions CSV ({@code --extensions}: student and a new due or
 * extra days). A row's student is the name in results.json, the roster id, the email or the
 * learning system's id. File times are never used: unzipping sets them to the time of unzipping.
 */
public final class LateHandIns {

    static final List<String> TIMES_COLUMNS = List.of("student", "submitted_at");
    static final List<String> EXTENSION_COLUMNS = List.of("student", "due", "extra_days");

    private final Optional<LatePolicy> policy;
    private final Map<String, OffsetDateTime> times;
    private final Map<String, OffsetDateTime> dueOf;

    private LateHandIns(Optional<LatePolicy> policy, Map<String, OffsetDateTime> times, Map<String, OffsetDateTime> dueOf) {
        this.policy = policy;
        this.times = times;
        this.dueOf = dueOf;
    }

    /** The rubric's policy alone: times only from the downloads. */
    public static LateHandIns of(Rubric rubric) {
        return load(rubric, Optional.empty(), Optional.empty());
    }

    /** @throws HwgradeException when a CSV is given for a rubric without {@code late:}, or a row is wrong (file:line) */
    public static LateHandIns load(Rubric rubric, Optional<Path> timesCsv, Optional<Path> extensionsCsv) {
        Optional<LatePolicy> policy = rubric.delivery().late();
        Optional<Path> given = timesCsv.or(() -> extensionsCsv);
        if (policy.isEmpty() && given.isPresent()) {
            throw new HwgradeException("the rubric has no late policy, so submission times and extensions mean nothing",
                    new HwgradeException.Location(given.get().toString(), 0, 0),
                    "add late: {due: 2026-10-15T23:59:00+09:00, per_day: 10%} to the rubric (docs/late.md)");
        }
        Map<String, OffsetDateTime> times = new HashMap<>();
        timesCsv.ifPresent(f -> HeaderedCsv.read(f, TIMES_COLUMNS, TIMES_COLUMNS, "submission times")
                .forEach(row -> put(times, f, row, time(f, row, "submitted_at", row.fields().get("submitted_at")))));
        Map<String, OffsetDateTime> dueOf = new HashMap<>();
        extensionsCsv.ifPresent(f -> HeaderedCsv.read(f, List.of("student"), EXTENSION_COLUMNS, "extensions")
                .forEach(row -> put(dueOf, f, row, extendedDue(policy.get(), f, row))));
        return new LateHandIns(policy, times, dueOf);
    }

    /** The result judged by the policy, its total less the penalty; unchanged without a policy. */
    public SubmissionResult apply(SubmissionResult r) {
        if (policy.isEmpty()) {
            return r;
        }
        StudentInfo info = r.submission().info();
        List<String> keys = keys(r.student(), info);
        Optional<OffsetDateTime> fromCsv = keys.stream().map(times::get).filter(t -> t != null).findFirst();
        Optional<OffsetDateTime> fromDownload = info.submittedAt().flatMap(TimeText::time);
        Optional<OffsetDateTime> submitted = fromCsv.or(() -> fromDownload);
        String timeFrom = fromCsv.isPresent() ? "times_csv" : fromDownload.isPresent() ? info.system().orElse("download") : "none";
        Optional<OffsetDateTime> extended = keys.stream().map(dueOf::get).filter(t -> t != null).findFirst();
        Lateness late = LatePenalty.judge(policy.get(), extended.orElse(policy.get().due()), extended.isPresent(), submitted,
                timeFrom, r.score(), r.maxScore());
        return new SubmissionResult(r.submission(), r.parts(), LatePenalty.apply(late), r.maxScore(), Optional.of(late), r.variant());
    }

    private static List<String> keys(String student, StudentInfo info) {
        List<String> keys = new ArrayList<>();
        keys.add(student);
        Stream.of(info.id(), info.email(), info.systemId()).flatMap(Optional::stream).forEach(keys::add);
        return keys;
    }

    private static void put(Map<String, OffsetDateTime> into, Path file, HeaderedCsv.Row row, OffsetDateTime value) {
        String student = row.fields().getOrDefault("student", "").strip();
        if (student.isEmpty()) {
            throw HeaderedCsv.error(file, row.line(), "this row names no student", "write the student as in results.json, or their roster id");
        }
        if (into.put(student, value) != null) {
            throw HeaderedCsv.error(file, row.line(), "a second row for student " + student, "keep one row per student");
        }
    }

    private static OffsetDateTime time(Path file, HeaderedCsv.Row row, String column, String text) {
        String t = text == null ? "" : text;
        return TimeText.time(t).orElseThrow(() -> HeaderedCsv.error(file, row.line(),
                column + " '" + t + "' is not a time with its UTC offset", "write " + TimeText.TIME_FORM));
    }

    /** A new due time, or the rubric's plus extra days ({@code 2}) or a duration ({@code 36h}). */
    private static OffsetDateTime extendedDue(LatePolicy policy, Path file, HeaderedCsv.Row row) {
        String due = row.fields().getOrDefault("due", "").strip();
        String extra = row.fields().getOrDefault("extra_days", "").strip();
        if (due.isEmpty() == extra.isEmpty()) {
            throw HeaderedCsv.error(file, row.line(), "give either a new due time or extra days for this student, not "
                    + (due.isEmpty() ? "neither" : "both"), "fill one of the columns due (a time) and extra_days (2, or 36h)");
        }
        if (!due.isEmpty()) {
            return time(file, row, "due", due);
        }
        return TimeText.duration(extra.matches("\\d{1,4}") ? extra + "d" : extra).map(d -> policy.due().plus(d))
                .orElseThrow(() -> HeaderedCsv.error(file, row.line(), "extra_days '" + extra + "' is not a number of days",
                        "write whole days (2) or a duration, " + TimeText.DURATION_FORM));
    }
}
