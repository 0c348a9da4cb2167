package org.hwgrade.lms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name in Canvas's "Download Submissions" zip (lib/content_zipper.rb in instructure/canvas-lms):
 * {@code <sortable name>[_LATE]_<user id>_<attachment id>_<file name>} for an upload, and
 * {@code <sortable name>[_LATE]_<user id>_text.html} or {@code _link.html} for a text or URL entry.
 * The sortable name ("Doe, Jane") is lowercased with non-word characters removed ({@code doejane}); under
 * anonymous grading there is no name and the id is {@code anon_<anonymous id>}. Since the name is
 * lowercased, an upper-case {@code LATE} can only be the late mark.
 */
record CanvasName(String sortableName, String userId, boolean late, String fileName) {

    private static final Pattern NAME = Pattern.compile(
            "(?:(?<name>[^\\p{Lu}]*?)_)?(?<late>LATE_)?(?<id>anon_[A-Za-z0-9]+|\\d+)"
                    + "(?:_(?<attachment>\\d+)_(?<file>.+)|_(?<entry>text|link)\\.html)");

    static Optional<CanvasName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        String file = m.group("file") != null ? m.group("file") : m.group("entry") + ".html";
        return Optional.of(new CanvasName(m.group("name") == null ? "" : m.group("name"), m.group("id"),
                m.group("late") != null, file));
    }

    /** {@code doejane_1234}, or {@code anon_x7Kq2} when anonymous. */
    String student() {
        return sortableName.isEmpty() ? userId : sortableName + "_" + userId;
    }
}
