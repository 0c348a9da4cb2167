package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files of the size limit made of the shapes that once made the reader quadratic (every statement
 * rescanned every marker's lines: 926 s for 2 MB of "(a)" lines; an HTML paragraph of 2 MB of tags
 * copied its line at every tag, an ordered list counted the items before each item): each is read to
 * its last line, and a PDF to its page and text limits. Their cost is measured in
 * docs/submissions.md; here the answers on the last lines, and the limits, are checked.
 */
class WorstCaseFilesTest {

    private static final int SIZE = (int) Limits.MAX_FILE_BYTES - 100;

    @TempDir
    Path dir;

    private Submission read(String head, String unit, String tail) throws IOException {
        return read("worst.md", head, unit, tail);
    }

    /** A file named {@code name} filled as {@link #fill} does. */
    private Submission read(String name, String head, String unit, String tail) throws IOException {
        return read(name, fill(head, unit, tail).getBytes(StandardCharsets.UTF_8));
    }

    /** Part 4a's answer, which the file must hold. */
    private static Answer.Found found4a(Submission s) {
        return assertInstanceOf(Answer.Found.class, s.answer("4a"), () -> s.answer("4a").toString());
    }

    private Submission read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return HostileInputTest.READER.read(f);
    }

    /** {@code head}, as many {@code unit}s as fit, and {@code tail}: a file just under the size limit. */
    private static String fill(String head, String unit, String tail) {
        StringBuilder b = new StringBuilder(SIZE).append(head);
        while (b.length() + unit.length() + tail.length() < SIZE) {
            b.append(unit);
        }
        return b.append(tail).toString();
    }

    private static int lines(String head, String unit, String tail) {
        return (SIZE - head.length() - tail.length()) / unit.length() + 2;
    }

    @Test
    void twoMegabytesOfMarkerLines() throws IOException {
        Submission s = read("## Problem 4\n", "(a)\n", "(a) 12352\n");
        Answer.Found a = found4a(s);
        assertEquals("12352", a.value().toString());
        assertEquals(lines("## Problem 4\n", "(a)\n", "(a) 12352\n"), a.source().line());
    }

    @Test
    void twoMegabytesOfBlankLinesBetweenTwoParts() throws IOException {
        Submission s = read("## Problem 4\n(a) 12352\n", "\n", "(b) 129248\n");
        assertEquals("12352", assertInstanceOf(Answer.Found.class, s.answer("4a")).value().toString());
        assertEquals("129248", assertInstanceOf(Answer.Found.class, s.answer("4b")).value().toString());
    }

    @Test
    void twoMegabytesOfLabelledStatementsTakeTheLast() throws IOException {
        Submission s = read("## Problem 2\n", "(a) k = [[1, 2], [3, 4]]\n", "(a) k = [[4, 2], [-2, -6]]\n");
        Answer.Found k = assertInstanceOf(Answer.Found.class, s.answer("2a"));
        assertEquals("[[4, 2], [-2, -6]]", k.value().toString());
    }

    @Test
    void twoMegabytesOfUnclosedBrackets() throws IOException {
        Submission s = read("## Problem 2\n", "k = [\n", "(b) y = [[4, 2], [0, 0]]\n");
        assertInstanceOf(Answer.Missing.class, s.answer("2a"));
        assertEquals("[[4, 2], [0, 0]]", assertInstanceOf(Answer.Found.class, s.answer("2b")).value().toString());
    }

    @Test
    void twoMegabytesOfHtmlMarkerParagraphs() throws IOException {
        String head = "<html><body><h2>Problem 4</h2>\n";
        String unit = "<p>(a)</p>\n";
        Submission s = read("worst.html", head, unit, "<p>(a) 12352</p>\n");
        Answer.Found a = found4a(s);
        assertEquals("12352", a.value().toString());
        assertEquals(lines(head, unit, "<p>(a) 12352</p>\n"), a.source().line(), "the answer is on the file's last line");
    }

    /** Nested elements, and the items of one ordered list (each numbered from the one before, not by counting). */
    static Stream<Arguments> twoMegabytesOfHtml() {
        return Stream.of(
                Arguments.of("nested elements", "<h2>Problem 4</h2>\n", "<div><span>", "<p>(a) 12352</p>"),
                Arguments.of("ordered list items", "<h2>Problem 4</h2>\n<ol>", "<li>x</li>", "</ol><p>(a) 12352</p>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void twoMegabytesOfHtml(String what, String head, String unit, String tail) throws IOException {
        assertEquals("12352", found4a(read("worst.html", head, unit, tail)).value().toString(), what);
    }

    @Test
    void twoMegabytesOfTagsInOneParagraphMakeOneLineTooLongToRead() throws IOException {
        Submission s = read("worst.html", "<h2>Problem 4</h2>\n<p>(a) 12352 ", "<b>1</b>", "</p>\n<p>(b) 129248</p>\n");
        Answer.Missing a = assertInstanceOf(Answer.Missing.class, s.answer("4a"), () -> s.answer("4a").toString());
        assertTrue(a.reason().contains("line 3 was not read: longer than " + Limits.MAX_LINE_CHARS), a::reason);
        assertEquals("129248", assertInstanceOf(Answer.Found.class, s.answer("4b")).value().toString());
    }

    /** Page after page of marker lines: pages past the limit are not read, so page 201's answer never counts. */
    @Test
    void aPdfOfMorePagesThanTheLimitOfMarkerLines() throws IOException {
        String page = "(a)\n".repeat(44);
        String text = "## Problem 4\n" + (page + "(a)\n\f").repeat(Limits.MAX_PDF_PAGES - 1) + page + "(a) 12352\n\f" + "(a) 99999\n";
        Submission s = read("worst.pdf", Pdfs.ofText(text));
        Answer.Found a = found4a(s);
        assertEquals("12352", a.value().toString());
        assertTrue(a.source().file().endsWith("worst.pdf page " + Limits.MAX_PDF_PAGES), a.source()::file);
        assertEquals(45, a.source().line());
    }

    @Test
    void aPdfWithMoreTextThanTheLimitIsUnreadable() throws IOException {
        String line = "(a) " + "1".repeat(300) + "\n";
        int linesPerPage = Limits.MAX_GATHERED_CHARS / (line.length() * Limits.MAX_PDF_PAGES) + 1;
        Submission s = read("worst.pdf", Pdfs.ofText(("## Problem 4\n" + line.repeat(linesPerPage) + "\f").repeat(Limits.MAX_PDF_PAGES)));
        assertTrue(s.unreadable().orElseThrow().contains("more than " + Limits.MAX_GATHERED_CHARS + " characters"),
                () -> s.unreadable().toString());
    }
}
