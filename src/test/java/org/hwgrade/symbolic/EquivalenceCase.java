package org.hwgrade.symbolic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hwgrade.symbolic.SymbolicResult.Status;

/** One line of a fixture table (equivalence-cases.tsv, catalog-graphs-cases.tsv): part, status, answer, note. */
record EquivalenceCase(String part, Status expected, String answer, String note) {

    /** The table's cases; blank lines and lines starting with # are comments. */
    static List<EquivalenceCase> read(String resource) {
        List<EquivalenceCase> cases = new ArrayList<>();
        try (var in = Objects.requireNonNull(EquivalenceCase.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    cases.add(new EquivalenceCase(fields[0], Status.valueOf(fields[1]), fields[2],
                            fields.length > 3 ? fields[3] : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @Override
    public String toString() {
        return part + " " + expected + ": " + answer + (note.isEmpty() ? "" : "  (" + note + ")");
    }
}
