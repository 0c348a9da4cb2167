package org.hwgrade.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.hwgrade.model.Lateness;
import org.hwgrade.model.SubmissionResult;

/**
 * The one sentence that says how the late policy judged a hand-in, the same in the student's
 * feedback, the staff pages and the class report (docs/late.md).
 */
public final class LateText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private LateText() {
    }

    /** Empty when the rubric has no late policy. */
    public static String of(SubmissionResult r) {
        if (r.late().isEmpty()) {
            return "";
        }
        Lateness l = r.late().get();
        String due = (l.extended() ? "your extended due time " : "due ") + TIME.format(l.due());
        String submitted = l.submittedAt().map(t -> "Submitted " + TIME.format(t) + " (" + from(l) + "), ").orElse("");
        String before = ScoreFormat.display(l.scoreBefore());
        return switch (l.status()) {
            case ON_TIME -> submitted + "on time (" + due + ").";
            case IN_GRACE -> submitted + "within the grace period after the " + due + ": no late penalty.";
            case LATE -> submitted + days(l) + " late (" + due + "): late penalty −" + ScoreFormat.display(l.penalty())
                    + " points, " + before + " → " + ScoreFormat.display(r.score()) + ".";
            case NOT_ACCEPTED -> submitted + days(l) + " late (" + due + "), after the last day late hand-ins are accepted: "
                    + "not accepted, " + before + " → " + ScoreFormat.display(r.score()) + ".";
            case CAPPED -> submitted + days(l) + " late (" + due + "): late penalty −" + ScoreFormat.display(l.penalty())
                    + " points (the most the policy takes), " + before + " → " + ScoreFormat.display(r.score()) + ".";
            case UNKNOWN -> "No submission time is known, so no late penalty was applied"
                    + (r.submission().info().markedLate()
                            ? ", though " + r.submission().info().system().orElse("the system") + " marked the hand-in late"
                            + " (the staff give its time with grade --times)."
                            : ".");
        };
    }

    private static String days(Lateness l) {
        return l.days() == 1 ? "1 day" : l.days() + " days";
    }

    private static String from(Lateness l) {
        return switch (l.timeFrom()) {
            case "times_csv" -> "as the staff recorded it";
            case "none" -> "time unknown";
            default -> "as " + l.timeFrom() + " recorded it";
        };
    }

    /** The time as results.json writes it. */
    static String time(OffsetDateTime t) {
        return TIME.format(t);
    }
}
