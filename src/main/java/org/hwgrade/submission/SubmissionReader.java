package org.hwgrade.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;

/**
 * Reads one student's hand-in, a file or a folder of files, into a {@link Submission}: an answer or
 * the reason for its absence for every part of the rubric, each answer with its file, line, column
 * and raw text. Never throws for bad content: an unreadable file (binary, too large, not UTF-8,
 * vanished) is a result. Formats: .md, .tex, .txt and anything else as free-form text; .yaml,
 * .yml and .json (or text starting with '{') as a map from part id to value; .ipynb as the text of
 * its Markdown cells and outputs; .html as its text with its lines; .pdf as its pages' lines, a
 * reading standing only when unambiguous (PdfReader). An image or other binary file is not read:
 * every part goes to review, asking for the source file.
 */
public final class SubmissionReader {

    private final Rubric rubric;
    private final FreeFormReader freeForm;
    private final StructuredReader structured;
    private final NotebookReader notebook;
    private final HtmlReader html;
    private final PdfReader pdf;
    private final LongConsumer fileReadNanos;

    public SubmissionReader(Rubric rubric) {
        this(rubric, nanos -> { });
    }

    /**
     * @param fileReadNanos told how long each file's bytes took to read and decode, so that a
     *                      benchmark can split reading from parsing (docs/performance.md)
     */
    public SubmissionReader(Rubric rubric, LongConsumer fileReadNanos) {
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.freeForm = new FreeFormReader(rubric);
        this.structured = new StructuredReader(rubric);
        this.notebook = new NotebookReader(freeForm);
        this.html = new HtmlReader(freeForm);
        this.pdf = new PdfReader(freeForm, rubric);
        this.fileReadNanos = Objects.requireNonNull(fileReadNanos, "fileReadNanos");
    }

    /** A hand-in named on the command line; the student is the file's name without extension, or the folder's name. */
    public Submission read(Path fileOrFolder) {
        return read(fileOrFolder, FileBytes.rootOf(fileOrFolder));
    }

    /**
     * @param root the hand-in's real location: only files whose real path lies inside it are read
     *             (for a hand-in in a class folder, its path in the real class folder, so that a
     *             link out of it, even to another student's file, is refused with the reason)
     */
    public Submission read(Path fileOrFolder, Path root) {
        Objects.requireNonNull(fileOrFolder, "fileOrFolder");
        if (Files.isDirectory(fileOrFolder)) {
            return readFolder(fileOrFolder, root);
        }
        String student = stem(fileOrFolder);
        FileResult r = readFile(fileOrFolder, root);
        if (r.unreadable().isPresent()) {
            return Submission.unreadable(student, List.of(r.file()), r.unreadable().get());
        }
        return new Submission(student, List.of(r.file()), r.header(), chosen(r.answers()), Optional.empty());
    }

    /** For a TA or a developer: the regions, markers and hits the reader found in a free-form file (empty for YAML/JSON or an unreadable file). */
    public Optional<Layout> layout(Path file) {
        return readFile(file, FileBytes.rootOf(file)).layout();
    }

    private Submission readFolder(Path folder, Path root) {
        String student = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Files.isDirectory(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .limit(Limits.MAX_FILES_PER_FOLDER + 1L)
                    .toList();
        } catch (IOException | SecurityException e) {
            return Submission.unreadable(student, List.of(folder.toString()), "cannot list the folder: " + e.getMessage());
        }
        if (files.isEmpty()) {
            return Submission.unreadable(student, List.of(folder.toString()), "the folder holds no files");
        }
        return read(student, files, files.stream().map(f -> root).toList());
    }

    /**
     * One student's hand-in delivered as several files, wherever they lie (a learning system's
     * download groups them by student id, not by folder): each part's answer comes from the first
     * file, in the order given, that answers it.
     *
     * @param roots for each file, where it must really lie to be read (its own place in the real
     *              class folder, so that a link is refused), as in {@link #read(Path, Path)}
     */
    public Submission read(String student, List<Path> files, List<Path> roots) {
        if (files.isEmpty()) {
            return Submission.unreadable(student, List.of(), "no files were handed in");
        }
        List<String> notes = new ArrayList<>();
        if (files.size() > Limits.MAX_FILES_PER_FOLDER) {
            files = files.subList(0, Limits.MAX_FILES_PER_FOLDER);
            notes.add("only the first " + Limits.MAX_FILES_PER_FOLDER + " files were read");
        }
        List<FileResult> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            results.add(readFile(files.get(i), roots.get(i)));
        }
        List<String> names = results.stream().map(FileResult::file).toList();
        List<FileResult> readable = results.stream().filter(r -> r.unreadable().isEmpty()).toList();
        results.stream().filter(r -> r.unreadable().isPresent())
                .forEach(r -> notes.add(r.file() + " was not read: " + r.unreadable().get()));
        if (readable.isEmpty()) {
            return Submission.unreadable(student, names, String.join("; ", notes));
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Part part : rubric.parts().toList()) {
            answers.put(part.id(), merge(part, readable, notes));
        }
        Optional<String> header = readable.stream().map(FileResult::header).flatMap(Optional::stream).findFirst();
        return new Submission(student, names, header, chosen(answers), Optional.empty());
    }

    /** The text read for each multiple-choice part, read as one of its options. */
    private Map<String, Answer> chosen(Map<String, Answer> answers) {
        Map<String, Answer> out = new LinkedHashMap<>(answers);
        rubric.parts().filter(p -> p.options().isPresent() && out.containsKey(p.id()))
                .forEach(p -> out.put(p.id(), ChosenOption.of(p, out.get(p.id()))));
        return out;
    }

    /**
     * The first file (by name) that answers the part; else the first that needs a person to look;
     * else why each file did not, pointing at the most telling fault.
     */
    private static Answer merge(Part part, List<FileResult> results, List<String> notes) {
        Optional<org.hwgrade.model.Source> near = Optional.empty();
        List<String> reasons = new ArrayList<>();
        Optional<Answer> review = Optional.empty();
        for (FileResult r : results) {
            Answer a = r.answers().get(part.id());
            if (a instanceof Answer.Found) {
                return a;
            }
            if (a instanceof Answer.ForReview && review.isEmpty()) {
                review = Optional.of(a);
            }
            if (a instanceof Answer.Missing m) {
                reasons.add(results.size() > 1 ? r.file() + ": " + m.reason() : m.reason());
                if (near.isEmpty()) {
                    near = m.near();
                }
            }
        }
        if (review.isPresent()) {
            return review.get();
        }
        List<String> all = new ArrayList<>(reasons);
        all.addAll(notes);
        return new Answer.Missing(all.isEmpty() ? "no answer found for part " + part.id() : String.join("; ", all), near);
    }

    private FileResult readFile(Path file, Path root) {
        String name = file.toString();
        long start = System.nanoTime();
        FileBytes.Loaded loaded = FileBytes.load(file, root);
        if (!loaded.ok()) {
            fileReadNanos.accept(System.nanoTime() - start);
            return FileResult.unreadable(name, loaded.problem());
        }
        String ext = extension(file);
        if (ext.equals("pdf") || BinaryKind.isPdf(loaded.bytes())) {
            fileReadNanos.accept(System.nanoTime() - start);
            return pdf.read(name, loaded.bytes(), stem(file));
        }
        Optional<String> binary = BinaryKind.of(loaded.bytes());
        FileBytes.Decoded decoded = binary.isPresent() ? null : FileBytes.decode(loaded.bytes());
        fileReadNanos.accept(System.nanoTime() - start);
        if (binary.isPresent()) {
            return FileResult.notText(name, name + " is " + binary.get() + ", which hwgrade cannot read", rubric);
        }
        if (!decoded.ok()) {
            return decoded.binary() ? FileResult.notText(name, name + ": " + decoded.problem(), rubric)
                    : FileResult.unreadable(name, decoded.problem());
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return FileResult.unreadable(name, "the file is empty");
        }
        if (ext.equals("json")) {
            return structured.read(name, text, false);
        }
        if (ext.equals("yaml") || ext.equals("yml")) {
            return structured.read(name, text, true);
        }
        if (ext.equals("ipynb")) {
            return notebook.read(name, text, stem(file));
        }
        if (ext.equals("html") || ext.equals("htm")) {
            return html.read(name, text, stem(file));
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            FileResult json = structured.read(name, text, false);
            if (json.unreadable().isEmpty()) {
                return json;
            }
        }
        return freeForm.read(name, text, ext.equals("tex"), stem(file));
    }

    private static String extension(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String stem(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
