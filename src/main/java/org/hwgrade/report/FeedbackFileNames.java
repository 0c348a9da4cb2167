package org.hwgrade.report;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file names (without extension) of a class's per-student pages, feedback/NAME.md and the
 * HTML page beside it, one per student in roster order. Student names come
 * from file names that students choose, so a name is made safe before it names a file: no control
 * or path characters, no leading dot, Unicode in NFC (macOS stores names decomposed), at most
 * {@link #MAX_STEM_BYTES} bytes of UTF-8 cut on a character boundary (file systems allow 255), and
 * unique even on a case-insensitive file system. The same names come out in every locale.
 */
public final class FeedbackFileNames {

    /** Bytes of UTF-8 before the extension: well under the 255 bytes most file systems allow in a name. */
    static final int MAX_STEM_BYTES = 200;

    private FeedbackFileNames() {
    }

    /** A safe, unique file name, without extension, for each student, in the order given. */
    public static List<String> assign(List<String> students) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>(students.size());
        for (String student : students) {
            String stem = safeStem(student);
            String name = stem;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                String suffix = "-" + i;
                name = cut(stem, MAX_STEM_BYTES - suffix.length()) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    static String safeStem(String student) {
        String text = Normalizer.normalize(Escape.line(student), Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append("/\\:*?\"<>|\u0000".indexOf(c) >= 0 ? '_' : c);
        }
        String stem = sb.toString().strip();
        while (stem.startsWith(".")) {
            stem = stem.substring(1);
        }
        stem = cut(stem, MAX_STEM_BYTES).strip();
        return stem.isEmpty() ? "_" : stem;
    }

    /** The longest prefix of whole characters (grapheme clusters) that fits in {@code maxBytes} of UTF-8. */
    static String cut(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        int bytes = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            bytes += text.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }
}
