package org.hwgrade.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one untrusted file as UTF-8 text: the size is checked before anything is read and at most
 * {@link Limits#MAX_FILE_BYTES} + 1 bytes are ever read (a file that grows, or /dev/zero, is still
 * bounded). A UTF-8 byte order mark is dropped; UTF-16, binary and invalid UTF-8 are reported.
 */
final class FileBytes {

    /** Text, or the reason the file cannot be read as text. Exactly one is non-null. */
    record Decoded(String text, String problem) {
        static Decoded text(String text) {
            return new Decoded(text, null);
        }

        static Decoded problem(String problem) {
            return new Decoded(null, problem);
        }

        boolean ok() {
            return text != null;
        }
    }

    private FileBytes() {
    }

    static Decoded read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Decoded.problem(Files.exists(file) ? "not a regular file" : "the file does not exist");
            }
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                return tooLarge(size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
            }
            if (bytes.length > Limits.MAX_FILE_BYTES) {
                return tooLarge(bytes.length);
            }
            return decode(bytes);
        } catch (IOException | SecurityException e) {
            return Decoded.problem("cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        }
    }

    private static Decoded tooLarge(long size) {
        return Decoded.problem("the file has " + size + " bytes, more than the " + Limits.MAX_FILE_BYTES / (1024 * 1024)
                + " MB limit for a submission file; it was not read");
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return Decoded.problem("the file is UTF-16 encoded; save it as UTF-8");
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                boolean utf16 = i - start <= 1 || i + 1 < bytes.length && bytes[i + 1] != 0 && (i - start) % 2 == 1;
                return Decoded.problem(utf16 && i - start < 4
                        ? "the file looks UTF-16 encoded (NUL bytes between characters); save it as UTF-8"
                        : "the file looks binary (a NUL byte at offset " + (i) + "), not a text answer file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return Decoded.problem("the file is not valid UTF-8 (first bad byte at offset " + firstBadByte(bytes, start)
                    + "); it may be binary or saved in another encoding: save it as UTF-8");
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 20 > text.length()) {
            return Decoded.problem("the file looks binary (" + controls + " control characters), not a text answer file");
        }
        return Decoded.text(text);
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
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
