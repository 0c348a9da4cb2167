package org.hwgrade.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Rubric;

/** What one file gave: answers by part id (or the reason it could not be read), its header and layout. */
record FileResult(String file, Optional<String> header, Map<String, Answer> answers, Optional<String> unreadable,
        Optional<Layout> layout) {

    static FileResult unreadable(String file, String reason) {
        return new FileResult(file, Optional.empty(), Map.of(), Optional.of(reason), Optional.empty());
    }

    /**
     * A file that is not text (a photo of the page, a Word document, a scanned PDF): every part
     * waits for a person, who can open it, and the student is asked for a file the reader can read.
     * No key is shown.
     */
    static FileResult notText(String file, String what, Rubric rubric) {
        String reason = what + "; hand in the source file (.md/.tex/.ipynb)";
        Map<String, Answer> answers = new LinkedHashMap<>();
        rubric.parts().forEach(p -> answers.put(p.id(), new Answer.ForReview(reason, List.of())));
        return new FileResult(file, Optional.empty(), answers, Optional.empty(), Optional.empty());
    }
}
