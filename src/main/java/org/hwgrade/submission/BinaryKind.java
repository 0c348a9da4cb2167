package org.hwgrade.submission;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a hand-in that is not text is, told by its first bytes (the signatures image and office
 * formats begin with), so that the student is told what they handed in: a photo of a page, a Word
 * document. hwgrade reads none of them; a person looks at the file and the student is asked for the
 * source file. The file's name is not trusted: a `.png` that is Markdown is read as Markdown.
 */
final class BinaryKind {

    private BinaryKind() {
    }

    /** "an image (PNG)", "a Word or office document (zip)", ...; empty when the bytes start with no known signature. */
    static Optional<String> of(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of("an image (PNG)");
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("an image (JPEG)");
        }
        if (starts(b, 0, 'G', 'I', 'F', '8')) {
            return Optional.of("an image (GIF)");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("an image (WebP)");
        }
        if (starts(b, 0, 'I', 'I', '*', 0) || starts(b, 0, 'M', 'M', 0, '*')) {
            return Optional.of("an image (TIFF)");
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "";
            return Optional.of(brand.startsWith("he") || brand.equals("mif1") || brand.equals("msf1")
                    ? "an image (HEIC)" : "a video or image (ISO media)");
        }
        if (starts(b, 0, 'P', 'K', 3, 4)) {
            return Optional.of("a zip archive or office document (.docx, .pptx, .odt)");
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("an old-style office document (.doc)");
        }
        return Optional.empty();
    }

    /** A PDF starts with {@code %PDF-} (read by {@link PdfReader}, whatever the file is called). */
    static boolean isPdf(byte[] b) {
        return starts(b, 0, '%', 'P', 'D', 'F', '-');
    }

    private static boolean starts(byte[] b, int at, int... signature) {
        if (b.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[at + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
