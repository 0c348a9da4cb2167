package org.hwgrade.lms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.hwgrade.model.HwgradeException;

/**
 * Unpacks a class download zip into a fresh folder, refusing the whole zip when an entry would land
 * outside it (an absolute path, a drive letter, a ".." step), or when it holds more entries or more
 * bytes than the limits: the bytes are counted as they are written, not taken from the entry headers,
 * which a crafted zip can fake.
 */
public final class ZipUnpacker {

    /** Entries in one zip: a class of 2,000 with a dozen files each. */
    public static final int MAX_ENTRIES = 25_000;
    /** Bytes unpacked from one zip, all entries together. */
    public static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** Bytes unpacked from one entry (a scanned PDF is rarely larger). */
    public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private final int maxEntries;
    private final long maxTotalBytes;
    private final long maxEntryBytes;

    public ZipUnpacker() {
        this(MAX_ENTRIES, MAX_TOTAL_BYTES, MAX_ENTRY_BYTES);
    }

    public ZipUnpacker(int maxEntries, long maxTotalBytes, long maxEntryBytes) {
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    public static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /**
     * @param target a folder that does not exist yet
     * @throws HwgradeException when the zip cannot be read or breaks a rule; nothing is left in {@code target} then
     *                          but what was written before the fault (the caller removes it)
     */
    public void unpack(Path zip, Path target) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > maxEntries) {
                throw refuse(zip, "it holds " + file.size() + " entries, more than " + maxEntries);
            }
            Files.createDirectories(target);
            Path root = target.toAbsolutePath().normalize();
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                Path destination = destination(zip, root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
                    total += copy(zip, entry.getName(), in, out, maxTotalBytes - total);
                }
            }
        } catch (ZipException e) {
            throw new HwgradeException("cannot read the zip: " + e.getMessage(), new HwgradeException.Location(zip.toString(), 0, 0),
                    "download it again; a zip cut short cannot be read", e);
        } catch (IOException e) {
            throw new HwgradeException("cannot unpack the zip: " + e.getMessage(),
                    new HwgradeException.Location(zip.toString(), 0, 0), "check the disk space and that " + target + " is writable", e);
        }
    }

    private static Path destination(Path zip, Path root, String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0")) {
            throw refuse(zip, "entry '" + name + "' has an absolute path");
        }
        Path d = root.resolve(n).normalize();
        if (!d.startsWith(root) || d.equals(root)) {
            throw refuse(zip, "entry '" + name + "' would be written outside the folder it is unpacked into");
        }
        return d;
    }

    private long copy(Path zip, String name, InputStream in, OutputStream out, long totalLeft) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            written += n;
            if (written > maxEntryBytes) {
                throw refuse(zip, "entry '" + name + "' unpacks to more than " + maxEntryBytes + " bytes");
            }
            if (written > totalLeft) {
                throw refuse(zip, "it unpacks to more than " + maxTotalBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    private static HwgradeException refuse(Path zip, String why) {
        return new HwgradeException("the zip was not unpacked: " + why, new HwgradeException.Location(zip.toString(), 0, 0),
                "unpack it yourself after checking it, and give the folder instead");
    }
}
