package org.hwgrade.submission;

import java.util.Map;
import java.util.Optional;
import org.hwgrade.model.Answer;

/** What one file gave: answers by part id (or the reason it could not be read), its header and layout. */
record FileResult(String file, Optional<String> header, Map<String, Answer> answers, Optional<String> unreadable,
        Optional<Layout> layout) {

    static FileResult unreadable(String file, String reason) {
        return new FileResult(file, Optional.empty(), Map.of(), Optional.of(reason), Optional.empty());
    }
}
