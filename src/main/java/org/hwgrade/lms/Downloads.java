package org.hwgrade.lms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.StudentInfo;

/**
 * Turns a class folder into hand-ins, recognising how the learning system laid it out: a
 * Gradescope export (its metadata file, at the top or in the one folder its zip holds), Canvas
 * files (grouped by user id, so a student's .tex and .pdf are one student), Moodle folders and flat
 * files (grouped by participant id, so uploads and online text are one student), and anything else
 * as a plain hand-in: a file, or a folder of one student's files. Hidden entries are skipped.
 */
public final class Downloads {

    /** Folders deeper than this inside one student's hand-in are not searched for files. */
    static final int MAX_DEPTH = 8;

    private Downloads() {
    }

    /** The hand-ins in {@code folder}, in name order of their first entry; {@code exclude} (the reports' folder) is left out. */
    public static List<HandIn> of(Path folder, Path exclude) {
        Path skip = exclude.toAbsolutePath().normalize();
        List<Path> children = children(folder).stream()
                .filter(c -> !c.toAbsolutePath().normalize().equals(skip)).toList();
        if (GradescopeExport.isExport(folder)) {
            return GradescopeExport.handIns(folder, children);
        }
        if (children.size() == 1 && Files.isDirectory(children.get(0)) && GradescopeExport.isExport(children.get(0))) {
            return GradescopeExport.handIns(children.get(0), children(children.get(0)));
        }
        Map<String, HandIn> byStudent = new LinkedHashMap<>();
        for (Path child : children) {
            String file = child.getFileName().toString();
            Optional<CanvasName> canvas = CanvasName.parse(file).filter(c -> Files.isRegularFile(child)); // the name first: no stat for a plain class
            Optional<MoodleName> moodle = canvas.isPresent() ? Optional.empty() : MoodleName.parse(file);
            if (canvas.isPresent()) {
                CanvasName c = canvas.get();
                merge(byStudent, "canvas:" + c.userId(), new HandIn(c.student(), List.of(child),
                        new StudentInfo(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("canvas"),
                                Optional.of(c.userId()), c.late(), Optional.empty()), false));
            } else if (moodle.isPresent()) {
                MoodleName m = moodle.get();
                Optional<String> name = m.fullName().equals("Participant") ? Optional.empty() : Optional.of(m.fullName());
                merge(byStudent, "moodle:" + m.participantId(), new HandIn(m.student(), filesUnder(child),
                        new StudentInfo(Optional.empty(), name, Optional.empty(), Optional.of("moodle"),
                                Optional.of(m.participantId()), false, Optional.empty()), false));
            } else {
                byStudent.put("plain:" + file, HandIn.plain(child));
            }
        }
        return List.copyOf(byStudent.values());
    }

    /** A student's further file joins their first: one student, all files, late if any file was. */
    private static void merge(Map<String, HandIn> byStudent, String key, HandIn next) {
        byStudent.merge(key, next, (first, more) -> {
            List<Path> files = new ArrayList<>(first.paths());
            files.addAll(more.paths());
            StudentInfo i = first.info();
            return new HandIn(first.name(), files, new StudentInfo(i.id(), i.name(), i.email(), i.system(), i.systemId(),
                    i.markedLate() || more.info().markedLate(), i.submittedAt()), false);
        });
    }

    /** The folder's entries, hidden ones left out, sorted by name. */
    static List<Path> children(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new HwgradeException("cannot list the folder: " + e.getMessage(),
                    new HwgradeException.Location(folder.toString(), 0, 0), "check its permissions");
        }
    }

    /** A file, or every regular file below a folder (links not followed, hidden ones left out), by path. */
    static List<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path, MAX_DEPTH)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(path.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            // The reader meets the same fault and makes it this student's result, never the class's.
            return List.of(path);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
