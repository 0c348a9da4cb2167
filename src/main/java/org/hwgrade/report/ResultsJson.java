package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.hwgrade.compare.ScoreFormat;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Source;
import org.hwgrade.model.SubmissionResult;

/**
 * results.json (schema: docs/results.md), streamed one submission at a time so that a class of
 * 100,000 never sits in memory as one tree.
 */
public final class ResultsJson implements AutoCloseable {

    public static final int SCHEMA = 1;

    private final JsonGenerator json;

    public ResultsJson(OutputStream out, Rubric rubric, String rubricSha256) throws IOException {
        json = Json.generator(out);
        json.writeStartObject();
        json.writeNumberField("schema", SCHEMA);
        json.writeStringField("assignment", rubric.id());
        json.writeStringField("rubric_sha256", rubricSha256);
        json.writeFieldName("submissions");
        json.writeStartArray();
    }

    public void write(SubmissionResult result) throws IOException {
        Json.MAPPER.writeTree(json, submission(result));
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
        return Json.pretty(submission(r));
    }

    static ObjectNode submission(SubmissionResult r) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("student", r.student());
        s.put("header", r.submission().header().orElse(null));
        ArrayNode files = s.putArray("files");
        r.submission().files().forEach(files::add);
        s.put("status", r.submission().unreadable().isPresent() ? "unreadable" : "graded");
        s.put("reason", r.submission().unreadable().orElse(null));
        score(s, "score", r.score());
        score(s, "max_score", r.maxScore());
        ArrayNode parts = s.putArray("parts");
        r.parts().forEach(p -> parts.add(part(p)));
        return s;
    }

    private static ObjectNode part(PartResult p) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", p.partId());
        score(o, "score", p.score());
        score(o, "max_score", p.maxScore());
        o.put("verdict", p.verdict().key());
        o.put("matched", p.matched().key());
        o.set("received", p.received().map(ValueJson::of).orElse(null));
        o.set("expected", p.expected().map(ValueJson::of).orElse(null));
        o.put("feedback", String.join("\n", p.feedback()));
        o.set("source", p.source().map(ResultsJson::source).orElse(null));
        return o;
    }

    private static ObjectNode source(Source src) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("file", src.file());
        o.put("line", src.line());
        o.put("column", src.column());
        o.put("text", src.text());
        return o;
    }

    /** A score as a number rounded for display, plus its exact value ("116/3") beside it. */
    private static void score(ObjectNode o, String field, Rational value) {
        o.put(field, new java.math.BigDecimal(ScoreFormat.display(value)));
        if (!value.isInteger() && field.equals("score")) {
            o.put("score_exact", value.toString());
        }
    }
}
