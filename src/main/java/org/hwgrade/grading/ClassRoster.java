package org.hwgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hwgrade.model.HwgradeException;

/**
 * Turns the PATHs a TA names into one entry per student, in a stable order: a file is one student;
 * a folder is a class, whose files are one student each and whose sub-folders are one student each
 * (a student who handed in several files). Hidden entries (".name") are skipped. Every other entry
 * becomes a student, readable or not, so that no hand-in is lost.
 */
public final class ClassRoster {

    private ClassRoster() {
    }

    /** One student's hand-in and the name reports use for it (unique within the class). */
    public record Entry(String student, Path path) {
    }

    /**
     * The class, leaving out {@code outDir} when it lies in a class folder: reports written inside
     * the submissions folder (--out submissions/grades) must not be graded as a student next time.
     */
    public static List<Entry> of(List<Path> paths, Path outDir) {
        Path out = outDir.toAbsolutePath().normalize();
        List<Path> handIns = new ArrayList<>();
        for (Path path : paths) {
            requireExists(path);
            if (Files.isDirectory(path)) {
                children(path).stream()
                        .filter(child -> !child.toAbsolutePath().normalize().equals(out))
                        .forEach(handIns::add);
            } else {
                handIns.add(path);
            }
        }
        return name(handIns);
    }

    /** One student's hand-in named on the command line: a file, or a folder of that student's files. */
    public static Entry single(Path path) {
        requireExists(path);
        return name(List.of(path)).get(0);
    }

    private static void requireExists(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new HwgradeException("no such file or folder", new HwgradeException.Location(path.toString(), 0, 0),
                    "check the path; give submission files or folders of submissions");
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new HwgradeException("cannot list the folder: " + e.getMessage(),
                    new HwgradeException.Location(folder.toString(), 0, 0), "check its permissions");
        }
    }

    /**
     * Names students after the file's stem (or the folder's name). When two hand-ins would share a
     * name (alice.md and alice.txt, or the same name in two class folders) the later ones keep their
     * full file name, then a counter, so reports never merge two students.
     */
    static List<Entry> name(List<Path> handIns) {
        Set<String> taken = new HashSet<>();
        List<Entry> out = new ArrayList<>();
        for (Path p : handIns) {
            String file = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            String stem = Files.isDirectory(p) || file.lastIndexOf('.') <= 0 ? file : file.substring(0, file.lastIndexOf('.'));
            String name = stem;
            if (taken.contains(name)) {
                name = file;
            }
            for (int i = 2; taken.contains(name); i++) {
                name = stem + "-" + i;
            }
            taken.add(name);
            out.add(new Entry(name, p));
        }
        return out;
    }
}
