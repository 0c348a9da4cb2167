package org.hwgrade.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who handed a submission in, as far as the class download and the roster say: the roster's
 * student id, name and email, the learning system that delivered it and its id there (Canvas user
 * id, Moodle participant id, Gradescope submission id), whether the system marked it late, and when
 * it says it was submitted (as the system wrote it). A plain folder knows none of this.
 */
public record StudentInfo(
        Optional<String> id,
        Optional<String> name,
        Optional<String> email,
        Optional<String> system,
        Optional<String> systemId,
        boolean markedLate,
        Optional<String> submittedAt) {

    public static final StudentInfo NONE = new StudentInfo(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), false, Optional.empty());

    public StudentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** Roster fields win over what the download said; the download's system, id, late mark and time stay. */
    public StudentInfo withRoster(String rosterId, Optional<String> rosterName, Optional<String> rosterEmail) {
        return new StudentInfo(Optional.of(rosterId), rosterName.or(() -> name), rosterEmail.or(() -> email),
                system, systemId, markedLate, submittedAt);
    }
}
