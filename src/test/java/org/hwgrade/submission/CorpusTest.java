package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/corpus.md: every part of every corpus file reads as what the student wrote, found as the
 * table says, or goes to review where the table says so; and the agreement table by style is the
 * one these readings give.
 */
class CorpusTest {

    private static final Path DOC = Path.of("docs/corpus.md");
    private static final Path FILES = Path.of("src/test/resources/corpus");

    record Row(String file, String rubric, String style, String part, String written, String read) {
    }

    static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = table("<!-- corpus -->").stream().map(c -> new Row(c[0], c[1], c[2], c[3], c[4], c[5])).toList();
    }

    /** The rows (cells trimmed, '\|' unescaped) of the Markdown table after {@code marker}. */
    private static List<String[]> table(String marker) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int at = lines.indexOf(marker);
        assertTrue(at >= 0, "no " + marker + " in " + DOC);
        List<String[]> out = new ArrayList<>();
        for (int i = at + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i).strip();
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            for (int k = 0; k < cells.length; k++) {
                cells[k] = cells[k].strip().replace("\\|", "|");
            }
            out.add(cells);
        }
        return out;
    }

    private static final Map<String, SubmissionReader> READERS = new HashMap<>();
    private static final Map<String, Submission> READ = new HashMap<>();

    private static Answer answer(Row r) {
        SubmissionReader reader = READERS.computeIfAbsent(r.rubric(),
                id -> new SubmissionReader(RubricLoader.load(Path.of("rubrics", id + ".yaml"))));
        return READ.computeIfAbsent(r.file(), f -> reader.read(corpusFile(f))).answer(r.part());
    }

    /**
     * A corpus file; a PDF is made from its text ({@code pdf-01.pdf.txt}) with PDFBox, laid out as a
     * typed page ({@link Pdfs#ofText}), so that the corpus holds no binary file.
     */
    private static Path corpusFile(String name) {
        if (!name.endsWith(".pdf")) {
            return FILES.resolve(name);
        }
        try {
            Path pdf = Path.of("target/corpus-pdf").resolve(name);
            Files.createDirectories(pdf.getParent());
            Files.write(pdf, Pdfs.ofText(Files.readString(FILES.resolve(name + ".txt"))));
            return pdf;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    List<DynamicTest> everyPartReadsAsWritten() {
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.file() + " " + r.part(), () -> {
            Answer a = answer(r);
            if (r.read().equals("review")) {
                assertInstanceOf(Answer.ForReview.class, a, a::toString);
                return;
            }
            Answer.Found f = assertInstanceOf(Answer.Found.class, a, a::toString);
            String value = f.value() instanceof Expression e ? "expr: " + e.source() : f.value().toString();
            assertEquals(r.written(), value, f.source()::toString);
            assertEquals(r.read(), f.source().how().key(), f.source()::toString);
        })).toList();
    }

    @Test
    void theAgreementTableIsTheReadingsByStyle() throws IOException {
        Map<String, int[]> byStyle = new LinkedHashMap<>(); // files, parts, right, review
        Map<String, java.util.Set<String>> files = new HashMap<>();
        int[] all = new int[4];
        java.util.Set<String> allFiles = new java.util.HashSet<>();
        for (Row r : rows) {
            int[] s = byStyle.computeIfAbsent(r.style(), k -> new int[4]);
            files.computeIfAbsent(r.style(), k -> new java.util.HashSet<>()).add(r.file());
            allFiles.add(r.file());
            boolean review = answer(r) instanceof Answer.ForReview;
            s[1]++;
            all[1]++;
            s[review ? 3 : 2]++;
            all[review ? 3 : 2]++;
        }
        List<String> expected = new ArrayList<>();
        byStyle.forEach((style, s) -> expected.add(style + " | " + files.get(style).size() + " | " + s[1] + " | " + s[2]
                + " | " + s[3] + " | 0"));
        expected.add("all | " + allFiles.size() + " | " + all[1] + " | " + all[2] + " | " + all[3] + " | 0");
        List<String> documented = table("<!-- agreement -->").stream().map(c -> String.join(" | ", c)).toList();
        assertEquals(expected, documented);
        assertTrue(allFiles.size() >= 60, "the corpus has " + allFiles.size() + " files");
        assertTrue(all[3] * 10 <= all[1], all[3] + " of " + all[1] + " parts go to review (at most 10%)");
    }
}
