package org.hwgrade.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's hand-in, as read. {@code unreadable} holds the reason when the files could not be
 * read at all (binary, too large, wrong encoding): such a submission is still graded, at 0, so that
 * it appears in every report. {@code header} is a name or number found in the document's header;
 * {@code info} what the class download and roster say about the student.
 */
public record Submission(
        String student,
        List<String> files,
        Optional<String> header,
        Map<String, Answer> answers,
        Optional<String> unreadable,
        StudentInfo info) {

    public Submission {
        Objects.requireNonNull(student, "student");
        files = List.copyOf(files);
        Objects.requireNonNull(header, "header");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        Objects.requireNonNull(unreadable, "unreadable");
        Objects.requireNonNull(info, "info");
    }

    /** A hand-in known only by its files (a plain folder, one file, a test). */
    public Submission(String student, List<String> files, Optional<String> header, Map<String, Answer> answers,
            Optional<String> unreadable) {
        this(student, files, header, answers, unreadable, StudentInfo.NONE);
    }

    public Submission withIdentity(String newStudent, StudentInfo newInfo) {
        return new Submission(newStudent, files, header, answers, unreadable, newInfo);
    }

    public static Submission unreadable(String student, List<String> files, String reason) {
        return new Submission(student, files, Optional.empty(), Map.of(), Optional.of(reason));
    }

    public Answer answer(String partId) {
        Answer a = answers.get(partId);
        if (a != null) {
            return a;
        }
        return new Answer.Missing(unreadable.orElse("no answer found for part " + partId), Optional.empty());
    }
}
