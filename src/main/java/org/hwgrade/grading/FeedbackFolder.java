package org.hwgrade.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * Swaps a freshly written feedback folder in for the old one with two renames, so readers see the
 * old set of feedback files or the new one, never a mix; feedback of students no longer in the
 * class goes with the old folder. Files that are not feedback (not *.md) are kept.
 */
final class FeedbackFolder {

    private FeedbackFolder() {
    }

    static void replace(Path target, Path staging) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        List<Path> kept;
        try (Stream<Path> files = Files.list(target)) {
            kept = files.filter(f -> !f.getFileName().toString().endsWith(".md")).toList();
        }
        for (Path f : kept) {
            Files.move(f, staging.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path old = target.resolveSibling(staging.getFileName() + "-old");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteQuietly(old);
    }

    /** Best effort: a leftover hidden folder is untidy, not wrong. */
    static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for the TA to remove; the reports themselves are complete.
        }
    }
}
