package org.hwgrade.grading;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hwgrade.model.HwgradeException;

/**
 * A CSV file a TA writes (overrides, submission times, extensions): a header naming the columns in
 * any order and case, then one record per row, each with the line it is on for error messages.
 */
final class HeaderedCsv {

    /** One row's cells by lower-cased column name, and its line. */
    record Row(Map<String, String> fields, int line) {
    }

    private HeaderedCsv() {
    }

    /**
     * @param required the columns the header must name
     * @param columns  the header to suggest when it does not
     */
    static List<Row> read(Path file, List<String> required, List<String> columns, String what) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Row> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            if (!it.hasNext()) {
                return out;
            }
            List<String> header = it.next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(required)) {
                throw error(file, 1, "the header must name the columns " + String.join(",", columns),
                        "start the file with the line " + String.join(",", columns));
            }
            while (it.hasNext()) {
                List<String> cells = it.next();
                int line = it.getCurrentLocation().getLineNr() - 1;
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size() && i < cells.size(); i++) {
                    fields.put(header.get(i), cells.get(i));
                }
                out.add(new Row(fields, line));
            }
            return out;
        } catch (HwgradeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw error(file, 0, "cannot read the " + what + ": " + e.getMessage(), "give a CSV with the header " + String.join(",", columns));
        }
    }

    static HwgradeException error(Path file, int line, String message, String hint) {
        return new HwgradeException(message, new HwgradeException.Location(file.toString(), line, 0), hint);
    }
}
