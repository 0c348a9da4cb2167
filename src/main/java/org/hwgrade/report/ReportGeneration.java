package org.hwgrade.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hwgrade.model.HwgradeException;

/**
 * One run's reports, all or nothing. Every report of a run (results.json, gradebook.csv, feedback/,
 * and any report added later) is written into a fresh generation folder {@code OUT/.hwgrade-gen-N};
 * {@link #commit()} then switches the symbolic link {@code OUT/current} to it with one rename, so a
 * kill at any moment leaves the old set of reports or the new set, never a mix. The paths users
 * know ({@code OUT/results.json}, {@code OUT/feedback/alice.md}) are links through {@code current}.
 *
 * <p>Opening a generation takes {@code OUT/.hwgrade.lock}, so a second run on the same folder fails
 * at once with a clear message instead of silently racing the first; it refuses {@code /}, an input
 * root, and a folder holding anything but hwgrade's reports; and it removes what killed runs left.
 * Files and folders are created with the default permissions, so the umask decides their mode.
 * The layout is described in docs/results.md.
 *
 * <p>To add a report, write it with {@link #create(String)} (a file) or {@link #folder(String)} (a
 * folder of files) before {@link #commit()}; nothing else is needed.
 */
public final class ReportGeneration implements AutoCloseable {

    static final String CURRENT = "current";
    static final String LOCK = ".hwgrade.lock";
    private static final String GENERATION_PREFIX = ".hwgrade-gen-";
    private static final Pattern GENERATION = Pattern.compile(Pattern.quote(GENERATION_PREFIX) + "(\\d+)");
    private static final String SWAP_PREFIX = ".hwgrade-swap-";
    /** What hwgrade 0.1 wrote straight into OUT (and its temporary files): replaced by links on commit. */
    private static final List<String> OLD_LAYOUT = List.of("results.json", "gradebook.csv", "feedback");
    /** Where class zips given as PATHs are unpacked in OUT, afresh on every run. */
    static final String UNPACKED = "unpacked";
    /** The TA's review decisions in OUT: read by `grade`, never written by it. */
    public static final List<String> OVERRIDES = List.of("overrides.yaml", "overrides.csv");
    private static final Pattern OLD_LAYOUT_TEMP = Pattern.compile("\\.(results\\.json|gradebook\\.csv).*\\.tmp|\\.feedback-.*");

    private final Path out;
    private final Path generation;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<OutputStream> open = new ArrayList<>();
    private boolean committed;

    private ReportGeneration(Path out, Path generation, FileChannel lockChannel, FileLock lock) {
        this.out = out;
        this.generation = generation;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Locks {@code outDir}, checks that it may hold reports, cleans up after killed runs and opens a
     * new, empty generation.
     *
     * @param inputRoots the paths being graded: the output may not be one of them or hold one
     * @throws HwgradeException when the folder may not be used, or is in use by another run
     */
    public static ReportGeneration open(Path outDir, List<Path> inputRoots) {
        Path out = outDir.toAbsolutePath().normalize();
        refuseUnsafe(outDir, out, inputRoots);
        FileChannel channel = null;
        try {
            Files.createDirectories(out);
            refuseForeignEntries(outDir, out);
            channel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw error(outDir, "another hwgrade run is writing reports to this folder",
                        "wait for it to finish, or give this run a different --out");
            }
            channel.truncate(0).write(ByteBuffer.wrap(
                    ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            removeLeftovers(out);
            Path generation = Files.createDirectory(out.resolve(GENERATION_PREFIX + (lastGeneration(out) + 1)));
            return new ReportGeneration(out, generation, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw cannotWrite(outDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Null when another process, or another run in this one, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** A new report file at the top of the generation, e.g. {@code "results.json"}. */
    public OutputStream create(String name) throws IOException {
        OutputStream stream = new BufferedOutputStream(
                Files.newOutputStream(generation.resolve(checkName(name)), StandardOpenOption.CREATE_NEW), 1 << 16);
        open.add(stream);
        return stream;
    }

    /**
     * {@code OUT/unpacked/NAME}, emptied: where a class zip given as a PATH is unpacked. It lies
     * outside the generations so that the files named in results.json keep their paths from run to
     * run; the lock this generation holds keeps two runs from unpacking into it at once.
     */
    public Path unpackFolder(String name) throws IOException {
        Path folder = out.resolve(UNPACKED).resolve(checkName(name));
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(folder);
        }
        return Files.createDirectories(folder);
    }

    /** A new folder of report files at the top of the generation, e.g. {@code "feedback"}. */
    public Path folder(String name) throws IOException {
        return Files.createDirectory(generation.resolve(checkName(name)));
    }

    /**
     * Closes the streams, then switches {@code OUT/current} to this generation (the one rename that
     * publishes every report at once), links each report's usual path through it, and deletes the
     * previous generation.
     */
    public void commit() throws IOException {
        for (OutputStream stream : open) {
            stream.close();
        }
        Path current = out.resolve(CURRENT);
        Path previous = Files.isSymbolicLink(current) ? current.resolveSibling(Files.readSymbolicLink(current)) : null;
        replaceWithLink(current, generation.getFileName());
        committed = true;
        List<String> reports;
        try (Stream<Path> entries = Files.list(generation)) {
            reports = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String report : reports) {
            Path link = out.resolve(report);
            Path target = Path.of(CURRENT, report);
            if (!(Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target))) {
                replaceWithLink(link, target);
            }
        }
        removeDanglingReportLinks(out);
        if (previous != null && !previous.equals(generation)) {
            deleteTree(previous);
        }
    }

    /** Without a commit, the generation is deleted and the previous reports stay as they were. */
    @Override
    public void close() throws IOException {
        try {
            for (OutputStream stream : open) {
                closeQuietly(stream);
            }
            if (!committed) {
                deleteTree(generation);
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private static void refuseUnsafe(Path given, Path out, List<Path> inputRoots) {
        Path real = realOrSelf(out);
        if (real.getParent() == null) {
            throw error(given, "reports cannot be written to the root of the file system",
                    "give --out a folder of its own, e.g. --out grades");
        }
        for (Path input : inputRoots) {
            Path in = realOrSelf(input.toAbsolutePath().normalize());
            if (in.startsWith(real)) {
                throw error(given, "the output folder is, or holds, the submissions being graded (" + input + ")",
                        "give --out a folder of its own, e.g. --out grades");
            }
        }
    }

    /** Anything but hwgrade's own entries means the folder is someone else's: never mix into it. */
    private static void refuseForeignEntries(Path given, Path out) throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.sorted().toList()) {
                if (!isOurs(entry)) {
                    foreign.add(entry.getFileName().toString());
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw error(given, "the output folder holds files that are not hwgrade's reports: "
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ..." : ""),
                    "give --out an empty or new folder (hwgrade replaces everything it writes there)");
        }
    }

    private static boolean isOurs(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (name.equals(UNPACKED) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                || OVERRIDES.contains(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (name.equals(LOCK) || GENERATION.matcher(name).matches() || name.startsWith(SWAP_PREFIX)
                || OLD_LAYOUT_TEMP.matcher(name).matches()) {
            return true;
        }
        if (Files.isSymbolicLink(entry)) {
            Path target = Files.readSymbolicLink(entry);
            return name.equals(CURRENT) ? GENERATION.matcher(target.toString()).matches()
                    : target.equals(Path.of(CURRENT, name));
        }
        if (!OLD_LAYOUT.contains(name)) {
            return false;
        }
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS);
        }
        try (Stream<Path> files = Files.list(entry)) {
            return files.allMatch(f -> f.getFileName().toString().endsWith(".md")
                    && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Generations other than the current one, and swap links, are what a killed run leaves. */
    private static void removeLeftovers(Path out) throws IOException {
        Path current = out.resolve(CURRENT);
        Path live = Files.isSymbolicLink(current) ? Files.readSymbolicLink(current) : null;
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean deadGeneration = GENERATION.matcher(name).matches() && !Path.of(name).equals(live);
                if (deadGeneration || name.startsWith(SWAP_PREFIX) || OLD_LAYOUT_TEMP.matcher(name).matches()) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static long lastGeneration(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(p -> GENERATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToLong(m -> Long.parseLong(m.group(1)))
                    .max().orElse(0);
        }
    }

    /**
     * Makes {@code link} a symbolic link to {@code target} with one rename: a link made beside it
     * replaces whatever is there. A folder of the old layout cannot be renamed over, so it is first
     * moved aside (the one moment, once per output folder, when its path is briefly absent).
     */
    private void replaceWithLink(Path link, Path target) throws IOException {
        Path swap = link.resolveSibling(SWAP_PREFIX + link.getFileName());
        Files.deleteIfExists(swap);
        Files.createSymbolicLink(swap, target);
        Path oldFolder = null;
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            oldFolder = Files.move(link, link.resolveSibling(SWAP_PREFIX + "old-" + link.getFileName()),
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(swap, link, StandardCopyOption.ATOMIC_MOVE);
        if (oldFolder != null) {
            deleteTree(oldFolder);
        }
    }

    /** A report the new generation no longer has: its link would point at nothing. */
    private static void removeDanglingReportLinks(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(CURRENT) && Files.isSymbolicLink(entry)
                        && Files.readSymbolicLink(entry).equals(Path.of(CURRENT, name)) && !Files.exists(entry)) {
                    Files.delete(entry);
                }
            }
        }
    }

    private static String checkName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.equals(CURRENT)) {
            throw new IllegalArgumentException("not a report name: " + name);
        }
        return name;
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.getParent();
            return parent == null ? path : realOrSelf(parent).resolve(path.getFileName());
        }
    }

    /** Deletes a folder and what it holds, never following a link out of it. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // Closing after a failure: the failure already being reported is the one that matters.
        }
    }

    private static HwgradeException error(Path out, String message, String hint) {
        return new HwgradeException(message, new HwgradeException.Location(out.toString(), 0, 0), hint);
    }

    private static HwgradeException cannotWrite(Path out, IOException e) {
        return new HwgradeException("cannot write the reports: " + e, new HwgradeException.Location(out.toString(), 0, 0),
                "check that the folder is writable and the disk not full", e);
    }
}
