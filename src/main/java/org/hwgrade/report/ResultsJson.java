package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.hwgrade.model.Lateness;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Source;
import org.hwgrade.model.StudentInfo;
import org.hwgrade.model.SubmissionResult;

/**
 * results.json (schema: docs/results.md), streamed one submission at a time so that a class of
 * 100,000 never sits in memory as one tree; compact, one submission per line. Student strings go
 * through {@link Escape#clean}: JSON escapes control characters, but a lone surrogate would stop
 * the writer (and with it the class's reports).
 */
public final class ResultsJson implements AutoCloseable {

    public static final int SCHEMA = 1;

    private final JsonGenerator json;

    public ResultsJson(OutputStream out, Rubric rubric, String rubricSha256) throws IOException {
        json = Json.MAPPER.getFactory().createGenerator(out);
        json.setPrettyPrinter(new OneSubmissionPerLine());
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeNumberField("schema", SCHEMA);
        json.writeStringField("assignment", rubric.id());
        json.writeStringField("rubric_sha256", rubricSha256);
        json.writeFieldName("submissions");
        json.writeStartArray();
    }

    public void write(SubmissionResult result) throws IOException {
        submission(json, result);
    }

    /** Closes the document; the stream itself stays open for its owner. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** One submission as it appears in results.json, as a document of its own (`check --format json`). */
    public static String single(SubmissionResult r) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(bytes)) {
            submission(g, r);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Streamed field by field: a class of 100,000 would otherwise build as many trees. */
    private static void submission(JsonGenerator g, SubmissionResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("student", Escape.clean(r.student()));
        g.writeStringField("header", r.submission().header().map(Escape::clean).orElse(null));
        identity(g, r.submission().info());
        if (r.variant().isPresent()) { // only a rubric that draws per student has one: other results stay as they were
            g.writeStringField("variant", r.variant().get());
        }
        g.writeArrayFieldStart("files");
        for (String f : r.submission().files()) {
            g.writeString(Escape.clean(f));
        }
        g.writeEndArray();
        g.writeStringField("status", r.submission().unreadable().isPresent() ? "unreadable" : "graded");
        g.writeStringField("reason", r.submission().unreadable().map(Escape::clean).orElse(null));
        score(g, "score", r.score());
        score(g, "max_score", r.maxScore());
        if (r.late().isPresent()) {
            late(g, r.late().get());
        }
        g.writeArrayFieldStart("parts");
        for (PartResult p : r.parts()) {
            part(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What the download and roster say about the student; nothing for a plain folder, so its results stay as they were. */
    private static void identity(JsonGenerator g, StudentInfo info) throws IOException {
        optional(g, "id", info.id());
        optional(g, "name", info.name());
        optional(g, "email", info.email());
        if (info.system().isPresent()) {
            g.writeStringField("system", info.system().get());
            optional(g, "system_id", info.systemId());
            g.writeBooleanField("marked_late", info.markedLate());
        }
        optional(g, "submitted_at", info.submittedAt());
    }

    /** How the late policy judged the hand-in (docs/late.md); only with a policy, so other results stay as they were. */
    private static void late(JsonGenerator g, Lateness l) throws IOException {
        g.writeObjectFieldStart("late");
        g.writeStringField("status", l.status().key());
        g.writeStringField("submitted_at", l.submittedAt().map(LateText::time).orElse(null));
        g.writeStringField("time_from", l.timeFrom());
        g.writeStringField("due", LateText.time(l.due()));
        g.writeBooleanField("extended", l.extended());
        g.writeNumberField("days", l.days());
        g.writeFieldName("penalty");
        g.writeNumber(ScoreFormat.display(l.penalty()));
        g.writeFieldName("score_before");
        g.writeNumber(ScoreFormat.display(l.scoreBefore()));
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, java.util.Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, Escape.clean(value.get()));
        }
    }

    private static void part(JsonGenerator g, PartResult p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.partId());
        score(g, "score", p.score());
        score(g, "max_score", p.maxScore());
        g.writeStringField("verdict", p.verdict().key());
        g.writeStringField("matched", p.matched().key());
        g.writeFieldName("received");
        g.writeTree(p.received().map(ValueJson::of).orElse(null));
        g.writeFieldName("expected");
        g.writeTree(p.expected().map(ValueJson::of).orElse(null));
        g.writeStringField("feedback", Escape.clean(String.join("\n", p.feedback())));
        g.writeFieldName("source");
        if (p.source().isEmpty()) {
            g.writeNull();
        } else {
            Source src = p.source().get();
            g.writeStartObject();
            g.writeStringField("file", Escape.clean(src.file()));
            g.writeNumberField("line", src.line());
            g.writeNumberField("column", src.column());
            g.writeStringField("text", Escape.clean(src.text()));
            g.writeStringField("how", src.how().key());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A score as a number rounded for display, plus its exact value ("116/3") beside it. */
    private static void score(JsonGenerator g, String field, Rational value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(ScoreFormat.display(value));
        if (!value.isInteger() && field.equals("score")) {
            g.writeStringField("score_exact", value.toString());
        }
    }
}
