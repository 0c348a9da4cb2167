package org.hwgrade.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hwgrade.model.Part;

/**
 * report.html: the class at a glance, in one self-contained file (no script, no network: a
 * Content-Security-Policy forbids every fetch; plots are inline SVG). Every string that came from a
 * student (names, answers, file names) goes through {@link #esc}; numbers are ours.
 */
public final class ClassReportHtml {

    private static final int BINS = 10;

    private ClassReportHtml() {
    }

    public static String render(ClassReport c) {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(Escape.html(c.rubric.title())).append(": class report</title>\n")
                .append("<style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(Escape.html(c.rubric.title())).append("</h1>\n<p id=\"overview\">")
                .append(c.students.size()).append(" students, mean ").append(num(mean(c.totals))).append(" of ")
                .append(num(c.maxTotal())).append(", ").append(c.reviewCount).append(c.reviewCount == 1 ? " answer" : " answers")
                .append(" awaiting review.</p>\n");
        histogram(h, c);
        partsTable(h, c);
        misconceptions(h, c);
        commonWrong(h, c);
        pairs(h, c);
        reviewQueue(h, c);
        students(h, c);
        return h.append("</body></html>\n").toString();
    }

    private static void histogram(StringBuilder h, ClassReport c) {
        int[] bins = new int[BINS];
        double max = c.maxTotal();
        for (double t : c.totals) {
            bins[max <= 0 ? 0 : Math.min(BINS - 1, (int) Math.floor(t / max * BINS))]++;
        }
        int top = 1;
        for (int b : bins) {
            top = Math.max(top, b);
        }
        int width = 600;
        int height = 200;
        int bar = (width - 40) / BINS;
        h.append("<h2>Scores</h2>\n<svg id=\"histogram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height + 40).append("\" role=\"img\" aria-label=\"histogram of total scores\">\n");
        for (int i = 0; i < BINS; i++) {
            int barHeight = (int) Math.round((double) bins[i] / top * height);
            int x = 30 + i * bar;
            h.append("<rect class=\"bin\" x=\"").append(x).append("\" y=\"").append(height - barHeight).append("\" width=\"")
                    .append(bar - 4).append("\" height=\"").append(barHeight).append("\"><title>")
                    .append(num(max * i / BINS)).append("–").append(num(max * (i + 1) / BINS)).append(": ").append(bins[i])
                    .append("</title></rect>");
            h.append("<text x=\"").append(x + (bar - 4) / 2).append("\" y=\"").append(height + 15)
                    .append("\" text-anchor=\"middle\">").append(num(max * i / BINS)).append("</text>");
            h.append("<text x=\"").append(x + (bar - 4) / 2).append("\" y=\"").append(Math.max(12, height - barHeight - 3))
                    .append("\" text-anchor=\"middle\">").append(bins[i]).append("</text>\n");
        }
        h.append("<text x=\"").append(width / 2).append("\" y=\"").append(height + 35)
                .append("\" text-anchor=\"middle\">total score (students per band of ").append(num(max / BINS)).append(")</text>\n</svg>\n");
    }

    private static void partsTable(StringBuilder h, ClassReport c) {
        h.append("<h2>Parts</h2>\n<table id=\"parts\"><tr><th>part</th><th>points</th><th>mean</th><th>full marks</th>"
                + "<th>review</th><th>discrimination</th></tr>\n");
        int n = c.students.size();
        for (int i = 0; i < c.parts.size(); i++) {
            Part p = c.parts.get(i);
            double sum = 0;
            int full = 0;
            for (double[] s : c.partScores) {
                sum += s[i];
                if (s[i] >= p.points().toDouble()) {
                    full++;
                }
            }
            int review = c.reviewByPart.getOrDefault(p.id(), 0);
            OptionalDouble d = c.discrimination(i);
            h.append("<tr><td>").append(Escape.html(p.id())).append("</td><td>").append(num(p.points().toDouble())).append("</td><td>")
                    .append(n == 0 ? "–" : num(sum / n)).append("</td><td>").append(n == 0 ? 0 : Math.round(100.0 * full / n))
                    .append("%</td><td>").append(review).append("</td><td>").append(d.isPresent() ? num(d.getAsDouble()) : "–")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Discrimination: Pearson's r between a part's score and the rest of the total "
                + "(near 0 or below: the part does not separate strong from weak answers, or its key deserves a look).</p>\n");
    }

    private static void misconceptions(StringBuilder h, ClassReport c) {
        h.append("<h2>Misconceptions</h2>\n<table id=\"misconceptions\"><tr><th>part</th><th>misconception</th><th>students</th></tr>\n");
        for (Part p : c.parts) {
            c.misconceptions.get(p.id()).entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> h.append("<tr><td>").append(Escape.html(p.id())).append("</td><td>").append(Escape.html(e.getKey()))
                            .append("</td><td>").append(e.getValue()).append("</td></tr>\n"));
        }
        h.append("</table>\n");
    }

    private static void commonWrong(StringBuilder h, ClassReport c) {
        h.append("<h2>Most common wrong answers</h2>\n<table id=\"wrong\"><tr><th>part</th><th>answer</th><th>students</th></tr>\n");
        for (Part p : c.parts) {
            c.wrong.get(p.id()).entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, ClassReport.Wrong> e) -> -e.getValue().count))
                    .limit(5)
                    .forEach(e -> h.append("<tr><td>").append(Escape.html(p.id())).append("</td><td><code>").append(Escape.html(e.getKey()))
                            .append("</code></td><td>").append(e.getValue().count).append("</td></tr>\n"));
        }
        h.append("</table>\n");
    }

    private static void pairs(StringBuilder h, ClassReport c) {
        h.append("<h2>Students sharing rare wrong answers</h2>\n<p class=\"note\">Two students who gave the same wrong answer, "
                + "given by at most ").append(ClassReport.MAX_SHARERS).append(" students, in two or more parts. A signal to look "
                + "at, not an accusation: study groups and shared slips explain many.</p>\n<table id=\"pairs\"><tr><th>students</th>"
                + "<th>shared wrong answers</th></tr>\n");
        for (Map.Entry<String, List<String>> e : c.sharedRareAnswers()) {
            String[] two = e.getKey().split("\u0000", 2);
            h.append("<tr><td>").append(link(c, two[0])).append(" and ").append(link(c, two[1])).append("</td><td>");
            for (String answer : e.getValue()) {
                h.append("<code>").append(Escape.html(answer)).append("</code> ");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void reviewQueue(StringBuilder h, ClassReport c) {
        h.append("<h2>Review queue</h2>\n<p class=\"note\">").append(c.reviewCount)
                .append(" answers await a person (`hwgrade review` prints them with decisions to paste into overrides.yaml)")
                .append(c.reviewCount > c.review.size() ? "; the first " + c.review.size() + " are listed" : "")
                .append(".</p>\n<table id=\"review\"><tr><th>student</th><th>part</th><th>read at</th><th>text read</th><th>why</th></tr>\n");
        for (ClassReport.Pending r : c.review) {
            h.append("<tr><td><a href=\"").append(href(r.page())).append("\">").append(Escape.html(r.student())).append("</a></td><td>")
                    .append(Escape.html(r.part())).append("</td><td>").append(Escape.html(r.location())).append("</td><td><code>")
                    .append(Escape.html(r.text())).append("</code></td><td>").append(Escape.html(r.why())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void students(StringBuilder h, ClassReport c) {
        boolean late = c.lates.stream().anyMatch(l -> !l.isEmpty());
        h.append("<h2>Students</h2>\n<table id=\"students\"><tr><th>student</th><th>total</th>")
                .append(late ? "<th>late policy</th>" : "").append("</tr>\n");
        for (int i = 0; i < c.students.size(); i++) {
            h.append("<tr><td><a href=\"").append(href(c.pages.get(i))).append("\">").append(Escape.html(c.students.get(i)))
                    .append("</a></td><td>").append(num(c.totals.get(i))).append("</td>")
                    .append(late ? "<td>" + Escape.html(c.lates.get(i)) + "</td>" : "").append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String link(ClassReport c, String student) {
        int i = c.students.indexOf(student);
        return i < 0 ? Escape.html(student) : "<a href=\"" + href(c.pages.get(i)) + "\">" + Escape.html(student) + "</a>";
    }

    /** A relative link to a page whose name may hold any character: each path segment percent-encoded. */
    static String href(String page) {
        StringBuilder sb = new StringBuilder();
        for (String segment : page.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Escape.html(sb.toString());
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "–";
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;"
            + "vertical-align:top}th{background:#f2f2f2}code{white-space:pre-wrap;word-break:break-all}.note{color:#555}"
            + "rect.bin{fill:#4a7bb7}svg text{font-size:11px;fill:#333}";
}
