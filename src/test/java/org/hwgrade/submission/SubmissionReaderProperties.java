package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Source;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;

/**
 * Whatever a file holds, reading it gives a submission with an answer or a reason for every part:
 * arbitrary text in every format, and the sample files with random insertions, deletions and byte
 * flips. Inputs are bounded in size; the readers are linear, so no timing is needed here.
 */
class SubmissionReaderProperties {

    static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"));
    static final SubmissionReader READER = new SubmissionReader(RUBRIC);
    static final List<Path> SAMPLES = samples();

    /** One edit of a file's bytes at a position (taken modulo the length). */
    record Edit(int kind, int position, byte value, String snippet) {
    }

    @Property(tries = 150)
    void anyTextIsReadInEveryFormat(@ForAll @StringLength(max = 2_000) String text) {
        FileResult free = new FreeFormReader(RUBRIC).read("any.md", text, false, "any");
        assertEquals(RUBRIC.parts().count(), free.answers().size());
        FileResult tex = new FreeFormReader(RUBRIC).read("any.tex", text, true, "any");
        assertEquals(RUBRIC.parts().count(), tex.answers().size());
        for (boolean yaml : new boolean[]{true, false}) {
            FileResult structured = new StructuredReader(RUBRIC).read("any", text, yaml);
            assertTrue(structured.unreadable().isPresent() || structured.answers().size() == RUBRIC.parts().count());
        }
    }

    /**
     * Text made of answer pieces gives every part an answer or a reason, and every reading points
     * at a line of the file that holds the text it quotes: feedback never cites a place the student
     * did not write.
     */
    @Property(tries = 150)
    void textMadeOfAnswerPiecesIsReadWhereItIsWritten(@ForAll("answerish") String text) {
        FileResult r = new FreeFormReader(RUBRIC).read("pieces.md", text, false, "pieces");
        assertEquals(RUBRIC.parts().count(), r.answers().size());
        List<String> lines = text.lines().toList();
        for (Answer a : r.answers().values()) {
            sources(a).forEach(source -> {
                assertEquals("pieces.md", source.file());
                assertTrue(source.line() >= 1 && source.line() <= lines.size(), source + " in " + lines.size() + " lines");
                // The quote begins on the cited line (spaces aside) and runs on over the following
                // lines when its brackets were open there; a statement begun on an earlier line is
                // quoted from the cited line's start.
                String quoted = source.text().replaceFirst("…$", "");
                String from = squash(String.join("", lines.subList(source.line() - 1, lines.size())));
                int citedLineEnd = squash(lines.get(source.line() - 1)).length();
                // A matrix read entry by entry quotes its entries' statements joined by "; ", the first
                // at the cited line, the others wherever the later entries are written.
                List<String> pieces = source.how() == Evidence.ELEMENTS ? List.of(quoted.split("; ")) : List.of(quoted);
                int at = from.indexOf(squash(pieces.get(0)));
                assertTrue(at >= 0 && at < Math.max(1, citedLineEnd), source + " quotes text that does not begin on its line");
                String file = squash(text);
                for (String piece : pieces) {
                    assertTrue(file.contains(squash(piece)), source + " quotes an entry that is not in the file");
                }
            });
        }
    }

    /** Shrunk samples that failed: a marker line whose open brace joins the next lines, and a heading after '='. */
    @Example
    void aLogicalLineJoinedAcrossAHeadingIsQuotedWhereItIsWritten() {
        textMadeOfAnswerPiecesIsReadWhereItIsWritten(
                "## Problem 2\n(a) {## Problem 2\n2b) \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
    }

    @Example
    void aHeadingAfterAnEqualsSignIsNotAValue() {
        textMadeOfAnswerPiecesIsReadWhereItIsWritten(
                "Problem 3\n{## Problem 2\n" + "Problem 3\n".repeat(13) + "}(C_a, H_a, W_a) = ## Problem 2\n");
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Stream<Source> sources(Answer a) {
        if (a instanceof Answer.Found f) {
            return Stream.of(f.source());
        }
        if (a instanceof Answer.ForReview r) {
            return r.readings().stream().map(Answer.Found::source);
        }
        return ((Answer.Missing) a).near().stream();
    }

    @Property(tries = 60)
    void mutatedSamplesAreRead(@ForAll("samplePaths") Path sample, @ForAll("edits") List<Edit> edits) throws IOException {
        byte[] bytes = Files.readAllBytes(sample);
        for (Edit e : edits) {
            bytes = apply(bytes, e);
        }
        Path dir = Files.createTempDirectory("mutant");
        Path file = dir.resolve(sample.getFileName());
        try {
            Files.write(file, bytes);
            Submission s = READER.read(file);
            assertNotNull(s);
            assertTrue(s.unreadable().isPresent() || s.answers().size() == RUBRIC.parts().count());
            RUBRIC.parts().forEach(p -> assertNotNull(s.answer(p.id())));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static byte[] apply(byte[] b, Edit e) {
        int n = b.length;
        int at = n == 0 ? 0 : Math.floorMod(e.position(), n + 1);
        return switch (e.kind()) {
            case 0 -> splice(b, at, new byte[]{e.value()}, 0);
            case 1 -> n == 0 ? b : splice(b, Math.min(at, n - 1), new byte[0], 1);
            case 2 -> {
                byte[] c = b.clone();
                if (n > 0) {
                    c[Math.min(at, n - 1)] ^= (byte) (1 << Math.floorMod(e.value(), 8));
                }
                yield c;
            }
            default -> splice(b, at, e.snippet().getBytes(java.nio.charset.StandardCharsets.UTF_8), 0);
        };
    }

    private static byte[] splice(byte[] b, int at, byte[] insert, int delete) {
        byte[] c = new byte[b.length - delete + insert.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(insert, 0, c, at, insert.length);
        System.arraycopy(b, at + delete, c, at + insert.length, b.length - at - delete);
        return c;
    }

    @Provide
    Arbitrary<Path> samplePaths() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> snippets = Arbitraries.of("{{{{{{", "}}", "\\begin{bmatrix}", "\\end{bmatrix}", "$$", "\n## Problem 2\n",
                "\n3\n\n", "=", "[[", "]]", "\\\\", "(a)", "\\therefore", "k_{12} = ", ":", "\"", "- ", "\n  ", "&", "\u2212", "\uFEFF");
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers(),
                Arbitraries.bytes(), snippets).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> answerish() {
        List<String> pieces = List.of("## Problem 2\n", "Problem 3\n", "\n4\n\n", "(a) ", "2b) ", "\\item[(c)] ", "k = ", "y = ",
                "\\frac{dL}{dW} = ", "(C_a, H_a, W_a) = ", "total = ", "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}",
                "[[1, 2], [3, 4]]", "[1 2; 3 4]", "(16, 2, 2)", "16 \\times 2", "163,328", "$$", "\\therefore ", "k_{11} = 4",
                "\n", " ", "=", "{", "}", "[", "]", "(", ")", "\\\\", ";", ",", "s - e_y");
        return Arbitraries.of(pieces).list().ofMaxSize(80).map(l -> String.join("", l));
    }

    private static List<Path> samples() {
        try (Stream<Path> s = Files.walk(Path.of("submissions-sample"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
