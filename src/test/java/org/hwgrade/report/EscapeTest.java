package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Student text made safe for each output, and feedback file names made safe for any file system. */
class EscapeTest {

    @Test
    void controlCharactersBidiOverridesAndLoneSurrogatesAreRemoved() {
        assertEquals("red text", Escape.clean("\u001b[31mred\u001b[0m text".replace("[31m", "").replace("[0m", "")));
        assertEquals("[31mred", Escape.clean("\u001b[31mred"), "ESC goes, so no escape sequence survives");
        assertEquals("ab", Escape.clean("a\u0000\u0007\u007f\u009bb"));
        assertEquals("abc", Escape.clean("a\u202eb\u2066c"));
        assertEquals("x", Escape.clean("x\ud83d"), "half an emoji");
        assertEquals("x\ud83d\ude00", Escape.clean("x\ud83d\ude00"), "a whole one stays");
        assertEquals("a\tb\nc", Escape.clean("a\tb\nc"));
        String plain = "nothing to remove";
        assertSame(plain, Escape.clean(plain));
    }

    @Test
    void eachOutputGetsItsOwnEscaping() {
        assertEquals("a b", Escape.line("a\r\nb".replace("\r\n", "\n")));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", Escape.html("<img src=x onerror=alert(1)>"));
        assertEquals("\\<img src=x onerror=alert(1)\\>", Escape.markdownInline("<img src=x onerror=alert(1)>"));
        assertEquals("`a b`", Escape.markdownCode("a\u0085b"));
        assertEquals("ok", Escape.xml("o\u0001k\ufffe"));
    }

    @Test
    void aLongNameIsCutOnACharacterBoundaryWithinTheByteBound() {
        String name = "é".repeat(100) + "\ud83d\ude00".repeat(100);
        String file = FeedbackFileNames.assign(List.of(name)).get(0);
        int stemBytes = file.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(stemBytes <= FeedbackFileNames.MAX_STEM_BYTES, file);
        assertTrue((file + ".html").getBytes(StandardCharsets.UTF_8).length <= 255);
        assertEquals(file, Escape.clean(file), "no half character");
        assertTrue(file.startsWith("é".repeat(100)), file);
    }

    @Test
    void namesAreSafeUniqueAndTheSameInEveryLocale() {
        List<String> students = List.of("alice", "Alice", "../etc", ".hidden", "a\u0007b", "ab", "I", "ı", "", "a/b");
        Locale before = Locale.getDefault();
        List<String> names;
        List<String> turkish;
        try {
            Locale.setDefault(Locale.ROOT);
            names = FeedbackFileNames.assign(students);
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            turkish = FeedbackFileNames.assign(students);
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(names, turkish);
        assertEquals(List.of("alice", "Alice-2", "_etc", "hidden", "ab", "ab-2", "I", "ı", "_", "a_b"), names);
        assertFalse(names.stream().anyMatch(n -> n.startsWith(".")));
    }
}
