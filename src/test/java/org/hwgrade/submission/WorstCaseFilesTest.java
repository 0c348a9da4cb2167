package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of the size limit made of the shapes that once made the reader quadratic (every statement
 * rescanned every marker's lines: 926 s for 2 MB of "(a)" lines): each is read to its last line.
 * Their cost is measured in docs/submissions.md; here the answers on the last lines are checked.
 */
class WorstCaseFilesTest {

    private static final int SIZE = (int) Limits.MAX_FILE_BYTES - 100;

    @TempDir
    Path dir;

    private Submission read(String head, String unit, String tail) throws IOException {
        StringBuilder b = new StringBuilder(SIZE).append(head);
        while (b.length() + unit.length() + tail.length() < SIZE) {
            b.append(unit);
        }
        b.append(tail);
        Path f = dir.resolve("worst.md");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return HostileInputTest.READER.read(f);
    }

    private static int lines(String head, String unit, String tail) {
        return (SIZE - head.length() - tail.length()) / unit.length() + 2;
    }

    @Test
    void twoMegabytesOfMarkerLines() throws IOException {
        Submission s = read("## Problem 4\n", "(a)\n", "(a) 12352\n");
        Answer.Found a = assertInstanceOf(Answer.Found.class, s.answer("4a"), () -> s.answer("4a").toString());
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
}
