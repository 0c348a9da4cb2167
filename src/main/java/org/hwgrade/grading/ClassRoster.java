package org.hwgrade.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.lms.Downloads;
import org.hwgrade.lms.HandIn;
import org.hwgrade.lms.Roster;
import org.hwgrade.lms.ZipUnpacker;
import org.hwgrade.model.HwgradeException;

/**
 * Turns the PATHs a TA names into one entry per student, in a stable order: a file is one student;
 * a zip is unpacked (checked) into the folder it is given and read as the folder it holds; a folder is a
 * class, laid out by a learning system or plainly ({@link Downloads}). With a roster, students are
 * named by their roster id and every student of the roster appears, with or without a hand-in.
 */
public final class ClassRoster {

    /** Gives the fresh, empty folder a zip given as a PATH is unpacked into. */
    interface UnpackTarget {
        Path folderFor(Path zip) throws IOException;
    }

    private ClassRoster() {
    }

    /**
     * One student's hand-in, the name reports use for it (unique within the class), and for each of
     * its paths where its files must really lie to be read: the path's own place inside the class
     * folder's real path (so a link out of it, even to another student's file, is refused), or the
     * real path of a hand-in named on the command line.
     */
    public record Entry(String student, HandIn handIn, List<Path> roots) {
        /** What to name when the hand-in cannot be read at all. */
        List<String> files() {
            return handIn.paths().stream().map(Path::toString).toList();
        }
    }

    /**
     * The class, leaving out {@code outDir} when it lies in a class folder: reports written inside
     * the submissions folder (--out submissions/grades) must not be graded as a student next time.
     */
    static List<Entry> of(List<Path> paths, Path outDir, Optional<Roster> roster, UnpackTarget unpackInto)
            throws IOException {
        List<HandIn> handIns = new ArrayList<>();
        Map<Path, Path> roots = new HashMap<>();
        for (Path path : paths) {
            requireExists(path);
            if (ZipUnpacker.isZip(path)) {
                Path target = unpackInto.folderFor(path);
                new ZipUnpacker().unpack(path, target);
                addClass(target, Downloads.of(target, outDir), handIns, roots);
            } else if (Files.isDirectory(path)) {
                addClass(path, Downloads.of(path, outDir), handIns, roots);
            } else {
                handIns.add(HandIn.plain(path));
            }
        }
        return name(roster.map(r -> r.apply(handIns)).orElse(handIns), roots);
    }

    private static void addClass(Path folder, List<HandIn> found, List<HandIn> handIns, Map<Path, Path> roots) {
        Path real = realPath(folder);
        for (HandIn h : found) {
            for (Path p : h.paths()) {
                roots.put(p, real.resolve(folder.relativize(p).toString()));
            }
        }
        handIns.addAll(found);
    }

    /** A path's real location; a dangling link's own absolute path (nothing lies inside it). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** One student's hand-in named on the command line: a file, or a folder of that student's files. */
    public static Entry single(Path path) {
        requireExists(path);
        return name(List.of(HandIn.plain(path))).get(0);
    }

    static void requireExists(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new HwgradeException("no such file or folder", new HwgradeException.Location(path.toString(), 0, 0),
                    "check the path; give submission files, folders of submissions or a class download zip");
        }
    }

    /**
     * Makes names unique. When two hand-ins would share a name (alice.md and alice.txt, or the same
     * name in two class folders) the later plain ones keep their full file name, then a counter, so
     * reports never merge two students.
     */
    static List<Entry> name(List<HandIn> handIns) {
        return name(handIns, Map.of());
    }

    /** @param roots where each path of a class folder must really lie; a path named on the command line is its real path */
    private static List<Entry> name(List<HandIn> handIns, Map<Path, Path> roots) {
        Set<String> taken = new HashSet<>();
        List<Entry> out = new ArrayList<>();
        for (HandIn h : handIns) {
            String name = h.name();
            if (taken.contains(name) && h.plain()) {
                Path p = h.paths().get(0);
                name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            }
            for (int i = 2; taken.contains(name); i++) {
                name = h.name() + "-" + i;
            }
            taken.add(name);
            // Not getOrDefault(p, realPath(p)): that resolves every path of a class folder again, one
            // realpath call per file, and throws the answer away.
            out.add(new Entry(name, h, h.paths().stream()
                    .map(p -> Optional.ofNullable(roots.get(p)).orElseGet(() -> realPath(p))).toList()));
        }
        return out;
    }
}
