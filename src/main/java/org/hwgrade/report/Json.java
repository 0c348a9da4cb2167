package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** One JSON configuration for every report: two-space indent and '\n' line ends on every platform. */
public final class Json {

    /**
     * Also the codec of every streaming generator, whose {@code writeTree} goes through
     * {@code writeValue}: by default that flushes the stream after each tree, which in results.json
     * was two write calls per part, 3.6 million for a class of 100,000 (ResultsJsonTest). The
     * generators flush when they close.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    private static final ObjectWriter WRITER = MAPPER.writer(PRETTY);

    private Json() {
    }

    public static String pretty(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A streaming generator with the same layout, for reports too large to build in memory. */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
