package org.hwgrade.lms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hwgrade.model.StudentInfo;

/**
 * One student's hand-in as found in a class download: the name the download suggests for the
 * student, the paths that make it up, and what the download says about the student. A plain hand-in
 * is one path (a file, or a folder read as that student's files); a learning system's is the list
 * of that student's files, wherever they lie.
 */
public record HandIn(String name, List<Path> paths, StudentInfo info, boolean plain) {

    public HandIn {
        Objects.requireNonNull(name, "name");
        paths = List.copyOf(paths);
        Objects.requireNonNull(info, "info");
        if (plain && paths.size() != 1) {
            throw new IllegalArgumentException("a plain hand-in is one path: " + paths);
        }
    }

    /** A file or a folder named after the file's stem or the folder's name. */
    public static HandIn plain(Path path) {
        return new HandIn(stem(path), List.of(path), StudentInfo.NONE, true);
    }

    /** A file's name without its extension, or a folder's name. */
    static String stem(Path p) {
        String file = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        return Files.isDirectory(p) || file.lastIndexOf('.') <= 0 ? file : file.substring(0, file.lastIndexOf('.'));
    }

    public HandIn withName(String newName) {
        return new HandIn(newName, paths, info, plain);
    }

    public HandIn withInfo(StudentInfo newInfo) {
        return new HandIn(name, paths, newInfo, plain);
    }
}
