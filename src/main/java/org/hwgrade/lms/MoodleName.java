package org.hwgrade.lms;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder (or, in Moodle's older flat mode, a file) in Moodle's "Download all submissions" zip
 * (mod/assign/classes/.../downloader in moodle/moodle): {@code <Full Name>_<participant id>_assignsubmission_<plugin>}
 * with the files below it, or {@code ..._assignsubmission_<plugin>_<file name>} flat. Moodle turns
 * underscores in the name into spaces, so the first underscore ends the name; under blind marking the
 * name is "Participant". Feedback folders ({@code assignfeedback_}) are the teacher's, not the student's.
 */
record MoodleName(String fullName, String participantId, String plugin, Optional<String> flatFile) {

    private static final Pattern NAME = Pattern.compile(
            "(?<name>[^_]+)_(?<id>\\d+)_assignsubmission_(?<plugin>[a-z]+)(?:_(?<file>.+))?");

    static Optional<MoodleName> parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MoodleName(m.group("name"), m.group("id"), m.group("plugin"),
                Optional.ofNullable(m.group("file"))));
    }

    /** {@code Jane Doe_77}: the prefix Moodle gives every file of the student. */
    String student() {
        return fullName + "_" + participantId;
    }
}
