package org.hwgrade.lms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hwgrade.model.HwgradeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipUnpackerTest {

    @TempDir
    Path dir;

    private Path zip(Map<String, String> entries) throws IOException {
        Path z = dir.resolve("class.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return z;
    }

    @Test
    void unpacksNestedFoldersByteForByte() throws IOException {
        Path z = zip(Map.of("Jane Doe_7_assignsubmission_file/sub/hw.md", "1a: 3\n"));
        new ZipUnpacker().unpack(z, dir.resolve("out"));
        assertArrayEquals("1a: 3\n".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(dir.resolve("out/Jane Doe_7_assignsubmission_file/sub/hw.md")));
    }

    @Test
    void anEntryClimbingOutOfTheTargetRefusesTheZip() throws IOException {
        for (String name : new String[] {"../evil.md", "a/../../evil.md", "/etc/evil.md", "C:/evil.md", "..\\evil.md"}) {
            Path z = zip(Map.of(name, "x"));
            Path target = dir.resolve("out-" + Math.abs(name.hashCode()));
            HwgradeException e = assertThrows(HwgradeException.class, () -> new ZipUnpacker().unpack(z, target), name);
            assertTrue(e.getMessage().contains("the zip was not unpacked"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("evil.md")), name);
        }
    }

    @Test
    void tooManyEntriesOrBytesRefuseTheZip() throws IOException {
        Path z = zip(Map.of("a.md", "12345", "b.md", "12345", "c.md", "12345"));
        assertThrows(HwgradeException.class, () -> new ZipUnpacker(2, 1000, 1000).unpack(z, dir.resolve("o1")));
        assertThrows(HwgradeException.class, () -> new ZipUnpacker(10, 12, 1000).unpack(z, dir.resolve("o2")));
        HwgradeException e = assertThrows(HwgradeException.class, () -> new ZipUnpacker(10, 1000, 4).unpack(z, dir.resolve("o3")));
        assertTrue(e.getMessage().contains("more than 4 bytes"), e.getMessage());
        new ZipUnpacker(3, 15, 5).unpack(z, dir.resolve("o4"));
    }

    @Test
    void docsClassesStatesTheLimitsInForce() throws IOException {
        String doc = Files.readString(Path.of("docs/classes.md"));
        assertTrue(doc.contains(String.format(java.util.Locale.ROOT, "more than %,d entries", ZipUnpacker.MAX_ENTRIES)), "entries");
        assertTrue(doc.contains("more than " + (ZipUnpacker.MAX_TOTAL_BYTES >> 30) + " GiB"), "total");
        assertTrue(doc.contains("an entry over " + (ZipUnpacker.MAX_ENTRY_BYTES >> 20) + " MiB"), "entry");
    }

    @Test
    void aBrokenZipIsAUsageErrorNamingIt() throws IOException {
        Path z = Files.writeString(dir.resolve("broken.zip"), "not a zip");
        HwgradeException e = assertThrows(HwgradeException.class, () -> new ZipUnpacker().unpack(z, dir.resolve("o")));
        assertTrue(e.getMessage().startsWith(z + ": "), e.getMessage());
    }
}
