package org.hwgrade.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hwgrade.model.Rational;

/** The formats `hwgrade check` prints, each rendered from a {@link CheckReport} at its reveal level. */
public enum CheckOutput {
    /** The student's page: receipt (none), the reading (found), the feedback (correctness, key). */
    TEXT,
    /** The same as JSON: extract's object (found), or the submission as in results.json. */
    JSON,
    /** JUnit XML for CI test reporters. */
    JUNIT,
    /** Gradescope's autograder results.json. */
    GRADESCOPE,
    /** GitHub Classroom's runner result, base64-encoded. */
    CLASSROOM;

    /** True for the formats that always need a graded result, whatever the reveal level. */
    public boolean needsGrading() {
        return this == GRADESCOPE;
    }

    public String render(CheckReport report, Optional<Rational> minScore) {
        return switch (this) {
            case TEXT -> text(report);
            case JSON -> json(report);
            case JUNIT -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                JunitXml.write(bytes, report);
                yield bytes.toString(StandardCharsets.UTF_8);
            }
            case GRADESCOPE -> GradescopeJson.render(report);
            case CLASSROOM -> ClassroomResult.encoded(report, minScore) + "\n";
        };
    }

    private static String text(CheckReport report) {
        return switch (report.reveal()) {
            case NONE -> receipt(report);
            case FOUND -> ExtractionReport.text(report.rubric(), List.of(report.submission()));
            case CORRECTNESS, KEY -> FeedbackMarkdown.render(report.rubric(), report.result().orElseThrow()) + "\n";
        };
    }

    private static String json(CheckReport report) {
        return switch (report.reveal()) {
            case NONE -> {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("student", Escape.clean(report.submission().student()));
                o.putPOJO("files", report.submission().files().stream().map(Escape::clean).toList());
                o.put("readable", report.readable());
                o.put("reason", report.notRead().map(Escape::clean).orElse(null));
                yield Json.pretty(o);
            }
            case FOUND -> ExtractionReport.json(report.rubric(), List.of(report.submission()));
            case CORRECTNESS, KEY -> ResultsJson.single(report.result().orElseThrow());
        };
    }

    private static String receipt(CheckReport report) {
        return report.notRead()
                .map(reason -> "Your hand-in could not be read: " + Escape.line(reason) + "\n")
                .orElse("Your hand-in (" + Escape.line(String.join(", ", report.submission().files())) + ") was received and read.\n");
    }
}
