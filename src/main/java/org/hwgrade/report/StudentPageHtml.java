package org.hwgrade.report;


import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;

/**
 * students/NAME.html: one student's grades for the staff, linked from report.html: per part the
 * score, verdict, what matched, where the answer was read and the raw text, what was read, the key
 * and the feedback. Self-contained and script-free like the report; every student string escaped.
 */
public final class StudentPageHtml {

    private StudentPageHtml() {
    }

    public static String render(Rubric rubric, SubmissionResult r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(Escape.html(rubric.title())).append(": ").append(Escape.html(r.student())).append("</title><style>").append(ClassReportHtml.STYLE)
                .append("</style></head><body>\n<p><a href=\"../report.html\">class report</a></p>\n<h1>")
                .append(Escape.html(r.student())).append("</h1>\n<p id=\"total\">")
                .append(ScoreFormat.display(r.score(), r.maxScore())).append("</p>\n");
        String late = LateText.of(r);
        if (!late.isEmpty()) {
            h.append("<p id=\"late\">").append(Escape.html(late)).append("</p>\n");
        }
        r.submission().info().name().ifPresent(n -> h.append("<p>").append(Escape.html(n)).append("</p>\n"));
        r.submission().header().ifPresent(hd -> h.append("<p>Header: <code>").append(Escape.html(hd)).append("</code></p>\n"));
        r.variant().ifPresent(v -> h.append("<p>Variant: <code>").append(v).append("</code></p>\n"));
        h.append("<p>Files: ");
        r.submission().files().forEach(f -> h.append("<code>").append(Escape.html(f)).append("</code> "));
        h.append("</p>\n");
        r.submission().unreadable().ifPresent(why -> h.append("<p class=\"note\">Not read: ").append(Escape.html(why)).append("</p>\n"));
        h.append("<table id=\"parts\"><tr><th>part</th><th>score</th><th>verdict</th><th>matched</th><th>read at</th>"
                + "<th>text read</th><th>understood</th><th>key</th><th>feedback</th></tr>\n");
        for (PartResult p : r.parts()) {
            h.append("<tr><td>").append(Escape.html(p.partId())).append("</td><td>").append(ScoreFormat.display(p.score(), p.maxScore()))
                    .append("</td><td>").append(p.verdict().key()).append("</td><td>").append(Escape.html(p.matched().key()))
                    .append("</td><td>").append(Escape.html(p.source().map(s -> s.location()).orElse(""))).append("</td><td><code>")
                    .append(Escape.html(p.source().map(s -> s.text()).orElse(""))).append("</code></td><td><code>")
                    .append(Escape.html(p.received().map(Object::toString).orElse(""))).append("</code></td><td><code>")
                    .append(Escape.html(p.expected().map(Object::toString).orElse(""))).append("</code></td><td>")
                    .append(Escape.html(String.join("\n", p.feedback())).replace("\n", "<br>")).append("</td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }
}
