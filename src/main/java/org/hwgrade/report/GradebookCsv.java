package org.hwgrade.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.hwgrade.model.Part;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.SubmissionResult;

/**
 * gradebook.csv: one row per student, a column per part, the total and the status. Every cell is
 * made inert for spreadsheets: a cell that starts with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, as OWASP advises against CSV injection, since student names come from files.
 */
public final class GradebookCsv implements AutoCloseable {

    private static final CsvMapper CSV = new CsvMapper();
    private final SequenceWriter rows;

    public GradebookCsv(OutputStream out, Rubric rubric) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String column : header(rubric)) {
            schema.addColumn(column);
        }
        rows = CSV.writer(schema.build()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out);
    }

    static List<String> header(Rubric rubric) {
        List<String> columns = new ArrayList<>(List.of("student", "header"));
        rubric.parts().map(Part::id).forEach(columns::add);
        columns.addAll(List.of("total", "max", "status"));
        if (rubric.delivery().late().isPresent()) {
            columns.addAll(List.of("late_status", "late_days", "late_penalty"));
        }
        return columns;
    }

    public void write(SubmissionResult r) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(inert(Escape.line(r.student())));
        row.add(inert(Escape.line(r.submission().header().orElse(""))));
        for (PartResult p : r.parts()) {
            row.add(ScoreFormat.display(p.score()));
        }
        row.add(ScoreFormat.display(r.score()));
        row.add(ScoreFormat.display(r.maxScore()));
        row.add(r.submission().unreadable().map(reason -> inert("unreadable: " + Escape.line(reason))).orElse("graded"));
        r.late().ifPresent(l -> row.addAll(List.of(l.status().key(), String.valueOf(l.days()), ScoreFormat.display(l.penalty()))));
        rows.write(row);
    }

    /** Prefixes an apostrophe to a cell a spreadsheet would otherwise run as a formula. */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
