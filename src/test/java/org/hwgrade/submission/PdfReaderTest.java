package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.hwgrade.submission.Pdfs.Drawn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF hand-ins, made here with PDFBox itself: text read with its page and line; only unambiguous
 * readings (a number or shape by label or marker, on one baseline, nothing crowding it) stand, the
 * rest go to review with what was read.
 */
class PdfReaderTest {

    private static final SubmissionReader READER = new SubmissionReader(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml")));

    @TempDir
    Path dir;

    private Path pdf(String name, List<List<Drawn>> pages) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, Pdfs.of(pages));
        return f;
    }

    @Test
    void numbersAndShapesByLabelOrMarkerStandWithTheirPageAndLine() throws IOException {
        Path f = pdf("lee.pdf", List.of(
                List.of(new Drawn(720, "Problem 4"), new Drawn(690, "(a) 12352 parameters"), new Drawn(672, "(b) 129248"),
                        new Drawn(640, "Problem 3"), new Drawn(610, "(a) (8, 18, 18)")),
                List.of(new Drawn(720, "Problem 2"), new Drawn(690, "k = [[4, 2], [-2, -6]]"))));
        Submission s = READER.read(f);
        Answer.Found a = assertInstanceOf(Answer.Found.class, s.answer("4a"), () -> s.answer("4a").toString());
        assertEquals("12352", a.value().toString());
        assertEquals(f + " page 1", a.source().file());
        assertEquals(2, a.source().line());
        assertEquals(Evidence.MARKER, a.source().how());
        assertEquals("129248", ((Answer.Found) s.answer("4b")).value().toString());
        assertEquals("(8, 18, 18)", ((Answer.Found) s.answer("3a")).value().toString());

        Answer.ForReview k = assertInstanceOf(Answer.ForReview.class, s.answer("2a"), () -> s.answer("2a").toString());
        assertEquals(PdfReader.NOT_CERTAIN, k.reason());
        assertEquals("[[4, 2], [-2, -6]]", k.readings().get(0).value().toString());
        assertEquals(f + " page 2", k.readings().get(0).source().file());
        assertEquals(2, k.readings().get(0).source().line());
    }

    @Test
    void aSuperscriptMakesItsLineUncertain() throws IOException {
        Path f = pdf("sup.pdf", List.of(List.of(new Drawn(720, "Problem 4"), new Drawn(690, "(a) 10", "3"),
                new Drawn(672, "(b) 129248"))));
        Submission s = READER.read(f);
        Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer("4a"), () -> s.answer("4a").toString());
        assertEquals(1, r.readings().size(), r::toString);
        assertInstanceOf(Answer.Found.class, s.answer("4b"));
    }

    @Test
    void aPdfWithoutTextWaitsForAPersonAndAsksForTheSource() throws IOException {
        Path f = pdf("scan.pdf", List.of(List.of()));
        Submission s = READER.read(f);
        assertTrue(s.unreadable().isEmpty());
        Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer("2d"));
        assertTrue(r.reason().contains("a PDF without text") && r.reason().contains("hand in the source file (.md/.tex/.ipynb)"),
                r::reason);
        assertTrue(r.readings().isEmpty());
    }

    @Test
    void aBrokenPdfIsUnreadableWithTheReason() throws IOException {
        Path f = dir.resolve("broken.pdf");
        Files.write(f, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n%%garbage".getBytes(StandardCharsets.US_ASCII));
        Submission s = READER.read(f);
        String why = s.unreadable().orElseGet(() -> ((Answer.ForReview) s.answer("4a")).reason());
        assertTrue(why.contains("PDF") && why.contains("hand in the source file"), why);
    }
}
