package org.hwgrade.submission;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads one untrusted file, then decodes it as UTF-8 text, only from inside the student's hand-in (links resolved;
 * devices, pipes, /proc and /sys never read): the size is checked before anything is read and at most
 * {@link Limits#MAX_FILE_BYTES} + 1 bytes are ever read (a file that grows, or /dev/zero, is still
 * bounded). A UTF-8 byte order mark is dropped; UTF-16, binary and invalid UTF-8 are reported.
 */
final class FileBytes {

    /** The file's bytes, or the reason they were not read. Exactly one is non-null. */
    record Loaded(byte[] bytes, String problem) {
        boolean ok() {
            return bytes != null;
        }
    }

    /**
     * Text, or the reason the bytes are not text. Exactly one of text and problem is non-null;
     * {@code binary} tells a binary file (NUL bytes, control characters), which a person can still
     * open, from a text in the wrong encoding, which the student can save again.
     */
    record Decoded(String text, String problem, boolean binary) {
        static Decoded text(String text) {
            return new Decoded(text, null, false);
        }

        static Decoded problem(String problem) {
            return new Decoded(null, problem, false);
        }

        static Decoded binary(String problem) {
            return new Decoded(null, problem, true);
        }

        boolean ok() {
            return text != null;
        }
    }

    /** Never read, whatever links lead there: they hold the machine's state, not a hand-in. */
    // /dev is not listed: its devices are refused as non-regular files below, and its ordinary
    // files live on memory-backed folders (/dev/shm) where a class may well be unpacked.
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"));

    private FileBytes() {
    }

    /** The real path of a hand-in named on the command line (its own links are the TA's choice). */
    static Path rootOf(Path handIn) {
        try {
            return handIn.toRealPath();
        } catch (IOException e) {
            return handIn.toAbsolutePath().normalize();
        }
    }

    /**
     * @param root the student's hand-in (its real path): the file is read only when its real path,
     *             links resolved, lies inside it, so a link to /etc/passwd, to another course's
     *             files or to another student's hand-in is refused with the reason
     */
    static Loaded load(Path file, Path root) {
        try {
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                // Asked only now: for the files that are there (all but a few) the stat would be wasted.
                if (!Files.exists(file)) {
                    return new Loaded(null, Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                            ? "a symbolic link to nothing; it was not read" : "the file does not exist");
                }
                throw e;
            }
            if (!real.startsWith(root)) {
                return new Loaded(null, "a symbolic link to " + real + ", outside this student's hand-in; only files"
                        + " inside the folders being graded are read");
            }
            if (SYSTEM_FOLDERS.stream().anyMatch(real::startsWith)) {
                return new Loaded(null, "a system file (" + real + "), not an answer file; it was not read");
            }
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return new Loaded(null, "not a regular file (a device, pipe or socket); it was not read");
            }
            long size = attributes.size();
            if (size > Limits.MAX_FILE_BYTES) {
                return tooLarge(size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                return tooLarge(bytes.length);
            }
            return new Loaded(bytes, null);
        } catch (IOException | SecurityException e) {
            return new Loaded(null, "cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private static Loaded tooLarge(long size) {
        return new Loaded(null, "the file has " + size + " bytes, more than the " + Limits.MAX_FILE_BYTES / (1024 * 1024)
                + " MB limit for a submission file; it was not read");
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return Decoded.problem("the file is UTF-16 encoded; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int controls = controlBytes(bytes, start);
        int nul = controls == 0 ? -1 : firstNul(bytes, start);
        if (nul >= 0) {
            boolean utf16 = nul - start <= 1 || nul + 1 < bytes.length && bytes[nul + 1] != 0 && (nul - start) % 2 == 1;
            return utf16 && nul - start < 4
                    ? Decoded.problem("the file looks UTF-16 encoded (NUL bytes between characters); save it as UTF-8")
                    : Decoded.binary("the file looks binary (a NUL byte at offset " + nul + "), not a text answer file");
        }
        // The String constructor is the JDK's fast decoder; it replaces a malformed sequence by U+FFFD,
        // so only a text holding U+FFFD (rare, and sometimes written on purpose) is checked strictly.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        int bad = text.indexOf('\uFFFD') >= 0 ? firstBadByte(bytes, start) : bytes.length;
        if (bad < bytes.length) {
            return Decoded.problem("the file is not valid UTF-8 (first bad byte at offset " + bad
                    + "); it may be binary or saved in another encoding: save it as UTF-8");
        }
        if (controls > 8 && controls * 20 > text.length()) {
            return Decoded.binary("the file looks binary (" + controls + " control characters), not a text answer file");
        }
        return Decoded.text(text);
    }

    /** 1 for the control characters that mark a binary file: below 0x20, other than tab, line breaks and form feed. */
    private static final int[] CONTROL = new int[256];

    static {
        for (int c = 0; c < 0x20; c++) {
            CONTROL[c] = c == '\t' || c == '\n' || c == '\r' || c == '\f' ? 0 : 1;
        }
    }

    /** Eight bytes at a time, in either byte order (only which bytes are small matters). */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long TOP_THREE_BITS = 0xE0E0E0E0E0E0E0E0L;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The control characters, NUL included, counted on the bytes: in UTF-8 a byte below 0x20 is always
     * that character, never part of a longer sequence. Eight bytes are tested at once (a byte below
     * 0x20 is one whose top three bits are clear, and the classic has-a-zero-byte test finds one);
     * only a word holding such a byte, most often a line break, is counted byte by byte. This scan
     * runs over every byte of every hand-in, and was 2 % of a 100,000-student class's CPU one byte
     * at a time.
     */
    static int controlBytes(byte[] bytes, int start) {
        int controls = 0;
        int i = start;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long top = (long) WORDS.get(bytes, i) & TOP_THREE_BITS;
            if (((top - ONES) & ~top & HIGH_BITS) != 0) {
                controls += controlsIn(bytes, i, i + Long.BYTES);
            }
        }
        return controls + controlsIn(bytes, i, bytes.length);
    }

    private static int controlsIn(byte[] bytes, int from, int to) {
        int controls = 0;
        for (int i = from; i < to; i++) {
            controls += CONTROL[bytes[i] & 0xFF];
        }
        return controls;
    }

    /** The offset of the first NUL byte at or after start, or -1. */
    private static int firstNul(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence; the length when all are valid. */
    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
