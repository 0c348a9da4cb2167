package org.hwgrade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.StudentInfo;
import org.hwgrade.model.SubmissionResult;

/**
 * canvas.csv: the total per student as Canvas's gradebook importer reads it (lib/gradebook_importer.rb
 * in instructure/canvas-lms; the rules are kept in src/test/resources/report/canvas-importer-rules.md).
 * The header is {@code Student,ID,SIS User ID,SIS Login ID,Section} and one assignment column named
 * {@code Title (assignment id)} when the rubric or the command line gives Canvas's id for it, which
 * Canvas matches by id; else the rubric's title alone, matched by title; a second row
 * {@code Points Possible} gives the maximum. Canvas finds the student by ID (the Canvas user id, known
 * when the class came from a Canvas download), then SIS User ID (the roster id), then SIS Login ID
 * (left empty: hwgrade does not know logins), then the name. Cells are made inert for spreadsheets.
 */
public final class CanvasGradebookCsv implements AutoCloseable {

    static final List<String> STUDENT_COLUMNS = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");
    private static final CsvMapper CSV = new CsvMapper();
    private final SequenceWriter rows;

    public CanvasGradebookCsv(OutputStream out, Rubric rubric) throws IOException {
        rows = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
        rows.write(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", GradebookCsv.inert(assignmentColumn(rubric))));
        String max = ScoreFormat.display(rubric.parts().map(Part::points).reduce(org.hwgrade.compare.Fractions::add)
                .orElse(org.hwgrade.model.Rational.ZERO));
        rows.write(List.of("Points Possible", "", "", "", "", max));
    }

    /** "Title (12345)" when Canvas's id is known; Canvas reads the id from the trailing parentheses. */
    static String assignmentColumn(Rubric rubric) {
        String title = rubric.title().replace('\n', ' ').strip();
        return rubric.delivery().canvasAssignmentId().map(id -> title + " (" + id + ")").orElse(title);
    }

    public void write(SubmissionResult r) throws IOException {
        StudentInfo info = r.submission().info();
        String canvasId = info.system().equals(java.util.Optional.of("canvas")) ? info.systemId().orElse("") : "";
        rows.write(List.of(GradebookCsv.inert(info.name().orElse(r.student())), canvasId, GradebookCsv.inert(info.id().orElse("")),
                "", "", ScoreFormat.display(r.score())));
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
