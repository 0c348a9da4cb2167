package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.hwgrade.model.StudentInfo;
import org.hwgrade.model.SubmissionResult;

/**
 * moodle.csv: Moodle's offline grading worksheet, as its importer reads it
 * (mod/assign/feedback/offline/importgradeslib.php and locallib.php in moodle/moodle; the rules are
 * kept in src/test/resources/report/moodle-importer-rules.md). The importer needs the columns
 * {@code Identifier} ("Participant " and the participant id), {@code Grade} and
 * {@code Last modified (grade)}; it skips a row whose grade Moodle changed more than a minute after
 * that time, so the time written is the run's. Only students who came from a Moodle download have a
 * participant id; others get no row (Moodle could not place them).
 */
public final class MoodleWorksheetCsv implements AutoCloseable {

    static final List<String> HEADER = List.of("Identifier", "Full name", "Email address", "Grade", "Maximum Grade",
            "Last modified (grade)");
    private static final CsvMapper CSV = new CsvMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final SequenceWriter rows;
    private final String modified;

    /** @param gradedAt the time the grades were made (the run's start) */
    public MoodleWorksheetCsv(OutputStream out, Instant gradedAt) throws IOException {
        rows = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
        rows.write(HEADER);
        modified = TIME.format(gradedAt);
    }

    public void write(SubmissionResult r) throws IOException {
        StudentInfo info = r.submission().info();
        if (!info.system().equals(Optional.of("moodle")) || info.systemId().isEmpty()) {
            return;
        }
        rows.write(List.of("Participant " + info.systemId().get(), GradebookCsv.inert(info.name().orElse(r.student())),
                GradebookCsv.inert(info.email().orElse("")), ScoreFormat.display(r.score()), ScoreFormat.display(r.maxScore()),
                modified));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
