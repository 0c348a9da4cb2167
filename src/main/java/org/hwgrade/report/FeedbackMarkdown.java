package org.hwgrade.report;

import java.util.Set;
import org.hwgrade.compare.PartSettings;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;

/**
 * The feedback a student reads (feedback/STUDENT.md and `hwgrade check`): each part's score, what
 * was read and where, what was expected when the rubric shows keys, and the feedback text. Student
 * text (answers, file names, the name itself) goes through {@link Escape}: inside code spans or
 * escaped, so it cannot inject Markdown, HTML or terminal escape codes into the page.
 */
public final class FeedbackMarkdown {

    private FeedbackMarkdown() {
    }

    public static String render(Rubric rubric, SubmissionResult r) {
        return render(rubric, r, Set.of());
    }

    /**
     * The feedback with the parts {@code withheld} (their tests not yet visible on the platform)
     * named but not shown: no score, verdict or value of theirs, nor the total, which would give
     * their scores away by subtraction, nor the late sentence, which states the total.
     */
    public static String render(Rubric rubric, SubmissionResult r, Set<String> withheld) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(rubric.title()).append(": feedback for ").append(Escape.markdownInline(r.student())).append("\n\n");
        r.submission().header().ifPresent(h -> sb.append("Header read from your file: ").append(Escape.markdownCode(h)).append("\n\n"));
        r.variant().ifPresent(v -> sb.append("Graded on your own numbers: variant `").append(v).append("`\n\n"));
        sb.append("Files: ");
        sb.append(String.join(", ", r.submission().files().stream().map(Escape::markdownCode).toList())).append("\n\n");
        long later = r.parts().stream().filter(p -> withheld.contains(p.partId())).count();
        if (later > 0) {
            sb.append("**").append(later).append(" part(s) are graded and shown later**: the total waits for them.\n\n");
        } else {
            sb.append("**Score: ").append(ScoreFormat.display(r.score(), r.maxScore())).append("**\n\n");
        }
        String late = later > 0 ? "" : LateText.of(r);
        if (!late.isEmpty()) {
            sb.append("Late policy: ").append(Escape.markdownInline(late)).append("\n\n");
        }
        r.submission().unreadable().ifPresent(reason -> sb.append("> Your submission could not be read: ")
                .append(Escape.markdownInline(reason)).append("\n> Every part is scored 0. Fix the file and hand it in again.\n\n"));

        sb.append("| part | score | result |\n|---|---|---|\n");
        for (PartResult p : r.parts()) {
            sb.append("| ").append(p.partId()).append(" | ").append(withheld.contains(p.partId()) ? "shown later | "
                    : ScoreFormat.display(p.score(), p.maxScore()) + " | " + describe(p)).append(" |\n");
        }
        for (PartResult p : r.parts()) {
            if (withheld.contains(p.partId())) {
                continue;
            }
            Part part = rubric.part(p.partId());
            sb.append("\n## ").append(p.partId()).append(". ").append(Escape.markdownInline(part.title()))
                    .append(" (").append(ScoreFormat.display(p.score(), p.maxScore())).append(")\n\n");
            p.source().ifPresent(src -> sb.append("- Read at ").append(Escape.markdownCode(src.location())).append(": ")
                    .append(Escape.markdownCode(src.text())).append('\n'));
            p.received().ifPresent(v -> sb.append("- Your answer: ").append(Escape.markdownCode(v.toString())).append('\n'));
            if (PartSettings.of(part, rubric.defaults()).showKey() && p.verdict() != Verdict.CORRECT) {
                p.expected().ifPresent(v -> sb.append("- Expected: ").append(Escape.markdownCode(v.toString())).append('\n'));
            }
            for (String line : p.feedback()) {
                sb.append("- ").append(Escape.markdownInline(line)).append('\n');
            }
        }
        return sb.toString();
    }

    /** "correct", "partial (misconception: flipped_kernel)", "correct (follow-through)". */
    static String describe(PartResult p) {
        String verdict = p.verdict().key();
        String matched = p.matched().key();
        if (matched.equals("key") || matched.equals("none")) {
            return verdict;
        }
        return verdict + " (" + matched.replace(":", ": ") + ")";
    }

}
