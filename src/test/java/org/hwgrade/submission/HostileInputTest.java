package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted files: each gives a per-file diagnostic, never an exception, a hang or an out-of-memory. */
class HostileInputTest {

    static final SubmissionReader READER = new SubmissionReader(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml")));

    @TempDir
    Path dir;

    /** A class unpacked to memory (/dev/shm, a tmpfs) is read: only /dev's devices are system files. */
    @Test
    void aClassInSharedMemoryIsRead() throws IOException {
        Path shm = Path.of("/dev/shm");
        Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no writable /dev/shm on this machine");
        Path classDir = Files.createTempDirectory(shm, "hwgrade-class");
        try {
            Path f = Files.writeString(classDir.resolve("ana.md"), "## Problem 4\n(e) 163696\n", StandardCharsets.UTF_8);
            Submission s = READER.read(f);
            assertTrue(s.unreadable().isEmpty(), s.unreadable().toString());
            assertInstanceOf(Answer.Found.class, s.answer("4e"));
        } finally {
            try (var files = Files.list(classDir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(classDir);
        }
    }

    private Submission readText(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return READER.read(f);
    }

    @Test
    void aHundredMegabyteFileIsRejectedByItsSizeAlone() throws IOException {
        Path big = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024); // sparse: nothing is written
        }
        Submission s = READER.read(big);
        // Its bytes are all NUL: had any been decoded, the reason would say "binary".
        assertTrue(s.unreadable().orElseThrow().contains("more than the 2 MB limit"), s.unreadable()::toString);
        assertEquals("huge", s.student());
    }

    @Test
    void binaryBytesGoToAPersonWithoutAReading() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path f = dir.resolve("noise.txt");
        Files.write(f, bytes);
        Submission s = READER.read(f);
        assertTrue(s.unreadable().isEmpty(), s.unreadable()::toString);
        for (String part : List.of("1a", "2d", "4e")) {
            Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer(part));
            assertTrue(r.readings().isEmpty(), r::toString);
            assertTrue(r.reason().contains("looks binary") && r.reason().contains("hand in the source file (.md/.tex/.ipynb)"),
                    r::reason);
        }
    }

    @Test
    void imagesAndOfficeFilesAreNamedFromTheirFirstBytesNotTheirNames() throws IOException {
        Path photo = dir.resolve("answers.md");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        assertTrue(((Answer.ForReview) READER.read(photo).answer("4a")).reason().contains("an image (JPEG)"));
        Path heic = dir.resolve("IMG_0042.HEIC");
        Files.write(heic, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0});
        assertTrue(((Answer.ForReview) READER.read(heic).answer("4a")).reason().contains("an image (HEIC)"));
        Path docx = dir.resolve("hw3.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertTrue(((Answer.ForReview) READER.read(docx).answer("4a")).reason().contains(".docx"));
        Path markdown = dir.resolve("scan.png");
        Files.writeString(markdown, "## Problem 4\n\n(a) 12352\n");
        assertInstanceOf(Answer.Found.class, READER.read(markdown).answer("4a"));
    }

    @Test
    void anEmptyFileIsUnreadable() throws IOException {
        assertEquals("the file is empty", readText("empty.md", "").unreadable().orElseThrow());
        assertEquals("the file is empty", readText("blank.md", " \n\n\t\n").unreadable().orElseThrow());
    }

    @Test
    void otherEncodingsGetAClearMessage() throws IOException {
        Path utf16 = dir.resolve("utf16.md");
        Files.write(utf16, "## Problem 4\n(a) 12352\n".getBytes(StandardCharsets.UTF_16));
        assertTrue(READER.read(utf16).unreadable().orElseThrow().contains("UTF-16"));
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "## Problem 4\n(a) 12352 \u00e9l\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(READER.read(latin1).unreadable().orElseThrow().contains("not valid UTF-8"));
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsTextButOneFromABadByteIsNot() throws IOException {
        // The fast decoder turns a bad byte into U+FFFD too; only the strict check tells the two apart.
        Submission written = readText("fffd.md", "## Problem 4\n\n(a) 12352 \uFFFD\n");
        assertInstanceOf(Answer.Found.class, written.answer("4a"));
        Path bad = dir.resolve("bad.md");
        byte[] text = "## Problem 4\n\n(a) 12352 \uFFFD x\n".getBytes(StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0xC3; // a lead byte followed by a newline: malformed
        Files.write(bad, text);
        String problem = READER.read(bad).unreadable().orElseThrow();
        assertTrue(problem.contains("not valid UTF-8 (first bad byte at offset " + (text.length - 2) + ")"), problem);
    }

    @Test
    void aByteOrderMarkIsTolerated() throws IOException {
        Submission s = readText("bom.md", "\uFEFF## Problem 4\n\n(a) 12352\n");
        assertInstanceOf(Answer.Found.class, s.answer("4a"));
        assertEquals(3, ((Answer.Found) s.answer("4a")).source().line());
    }

    @Test
    void aVanishedFileIsAResult() {
        Submission s = READER.read(dir.resolve("gone.md"));
        assertTrue(s.unreadable().orElseThrow().contains("does not exist"));
    }

    @Test
    void tenThousandNestedBracesAreTooDeep() throws IOException {
        String braces = "{".repeat(10_000) + "4" + "}".repeat(10_000);
        ParsedValue.Error e = assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse(braces, AnswerKind.INTEGER));
        assertTrue(e.message().contains("nested more than 100"));
        Submission s = readText("braces.md", "## Problem 4\n\n(a) total = " + braces + "\n");
        Answer.Missing m = assertInstanceOf(Answer.Missing.class, s.answer("4a"));
        assertTrue(m.reason().contains("nested more than 100"), m::reason);
        assertEquals(3, m.near().orElseThrow().line());
    }

    @Test
    void aMatrixOfAMillionEntriesIsRefused() throws IOException {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "1" : ", 1");
        }
        String million = sb.append("]").toString();
        ParsedValue.Error e = assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse(million, AnswerKind.MATRIX));
        assertTrue(e.message().contains("more than 10000 entries"), e::message);
        String rows = "[[" + "1, ".repeat(999) + "1]" + (",\n [" + "1, ".repeat(999) + "1]").repeat(11) + "]";
        Submission s = readText("rows.txt", "Problem 2\n(a) k = " + rows + "\n");
        assertTrue(((Answer.Missing) s.answer("2a")).reason().contains("more than 10000 entries"));
    }

    @Test
    void aNumberWithAMillionDigitsIsRefused() throws IOException {
        String digits = "7".repeat(1_000_000);
        ParsedValue.Error e = assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse(digits, AnswerKind.INTEGER));
        assertTrue(e.message().contains("more than 1000 digits"));
        Submission yaml = readText("digits.yaml", "4a: " + digits + "\n");
        assertTrue(((Answer.Missing) yaml.answer("4a")).reason().contains("more than 1000 digits"));
        Submission json = readText("digits.json", "{\"4a\": \"" + digits + "\"}");
        assertTrue(((Answer.Missing) json.answer("4a")).reason().contains("more than 1000 digits"));
    }

    @Test
    void aOneMegabyteLineIsNotReadButNamed() throws IOException {
        Submission s = readText("line.md", "## Problem 4\n\n(a) " + "9".repeat(1 << 20) + "\n\n(b) 129248\n");
        Answer.Missing m = assertInstanceOf(Answer.Missing.class, s.answer("4a"));
        assertTrue(m.reason().contains("line 3 was not read"), m::reason);
        assertInstanceOf(Answer.Found.class, s.answer("4b"));
    }

    @Test
    void hugeExponentsAndPowersAreRefused() throws IOException {
        assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse("12345^{1000}", AnswerKind.INTEGER));
        assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse("10^{10^{10}}", AnswerKind.INTEGER));
        Submission json = readText("exp.json", "{\"4a\": 1e999999999}");
        assertTrue(((Answer.Missing) json.answer("4a")).reason().contains("exponent"));
    }

    @Test
    void deeplyNestedJsonIsUnreadable() throws IOException {
        Submission s = readText("deep.json", "{\"2a\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertTrue(s.unreadable().orElseThrow().contains("not valid JSON"), s.unreadable()::toString);
    }

    @Test
    void anAnswerFileThatIsNotAMapSaysSo() throws IOException {
        assertTrue(readText("list.yaml", "- 1\n- 2\n").unreadable().orElseThrow().contains("must map part ids"));
    }
}
