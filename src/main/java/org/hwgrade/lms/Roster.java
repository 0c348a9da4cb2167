package org.hwgrade.lms;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.model.StudentInfo;

/**
 * The class list a TA may give with {@code --roster}: a CSV with a header naming the columns
 * {@code id} (or {@code student id}, {@code sid}), {@code name} and {@code email}, in any order and
 * case. A hand-in belongs to the row whose id equals the download's student or system id, else whose
 * email matches, else whose name has the same letters (so Canvas's {@code doejane} finds
 * "Jane Doe"), when only one row does.
 */
public final class Roster {

    /** One student of the class. */
    public record Row(String id, Optional<String> name, Optional<String> email) {
    }

    private static final List<String> ID = List.of("id", "student id", "student_id", "sid", "student number");
    private static final List<String> NAME = List.of("name", "full name", "student name", "student");
    private static final List<String> EMAIL = List.of("email", "email address", "e-mail");

    private final List<Row> rows;
    private final Map<String, Row> byId = new HashMap<>();
    private final Map<String, Row> byEmail = new HashMap<>();
    private final Map<String, Row> byLetters = new HashMap<>();

    public Roster(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Set<String> ambiguous = new HashSet<>();
        for (Row r : this.rows) {
            byId.put(r.id(), r);
            r.email().ifPresent(e -> byEmail.put(e.toLowerCase(Locale.ROOT), r));
            r.name().map(Roster::letters).ifPresent(key -> {
                if (byLetters.putIfAbsent(key, r) != null) {
                    ambiguous.add(key);
                }
            });
        }
        ambiguous.forEach(byLetters::remove);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row a hand-in belongs to, if any (see the class comment for the order of the tests). */
    public Optional<Row> match(HandIn handIn) {
        var info = handIn.info();
        return info.id().map(byId::get)
                .or(() -> info.systemId().map(byId::get))
                .or(() -> info.email().map(e -> byEmail.get(e.toLowerCase(Locale.ROOT))))
                .or(() -> info.name().or(() -> canvasSortableName(handIn)).map(n -> byLetters.get(letters(n))));
    }

    /**
     * The hand-ins named by their roster id and carrying the roster's name and email, in the same
     * order, then a hand-in without files for every student of the roster who handed nothing in, so
     * that the gradebook has a row for each.
     */
    public List<HandIn> apply(List<HandIn> handIns) {
        List<HandIn> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (HandIn h : handIns) {
            Optional<Row> row = match(h);
            row.ifPresent(r -> found.add(r.id()));
            out.add(row.map(r -> h.withName(SafeName.of(r.id())).withInfo(h.info().withRoster(r.id(), r.name(), r.email())))
                    .orElse(h));
        }
        for (Row r : rows) {
            if (!found.contains(r.id())) {
                out.add(new HandIn(SafeName.of(r.id()), List.of(),
                        StudentInfo.NONE.withRoster(r.id(), r.name(), r.email()), false));
            }
        }
        return out;
    }

    private static Optional<String> canvasSortableName(HandIn handIn) {
        if (!handIn.info().system().equals(Optional.of("canvas"))) {
            return Optional.empty();
        }
        String n = handIn.name();
        int cut = n.lastIndexOf('_');
        return cut > 0 ? Optional.of(n.substring(0, cut)) : Optional.empty();
    }

    /** The letters of a name, lowercased and sorted: the same for "Jane Doe", "Doe, Jane" and "doejane". */
    static String letters(String name) {
        int[] cps = name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    public static Roster read(Path csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv.toFile())) {
            if (!it.hasNext()) {
                throw invalid(csv, 1, "the roster is empty");
            }
            List<String> header = it.next().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int id = column(header, ID);
            if (id < 0) {
                throw invalid(csv, 1, "the header names no id column (id, student id or sid)");
            }
            int name = column(header, NAME);
            int email = column(header, EMAIL);
            List<Row> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (it.hasNext()) {
                List<String> cells = it.next();
                int line = it.getCurrentLocation().getLineNr() - 1;
                Optional<String> given = cell(cells, id);
                if (given.isEmpty()) {
                    throw invalid(csv, line, "this row has no student id");
                }
                String sid = given.get();
                if (!seen.add(sid)) {
                    throw invalid(csv, line, "student id '" + sid + "' appears twice");
                }
                rows.add(new Row(sid, cell(cells, name), cell(cells, email)));
            }
            return new Roster(rows);
        } catch (HwgradeException e) {
            throw e;
        } catch (RuntimeJsonMappingException | IOException e) {
            throw new HwgradeException("cannot read the roster: " + e.getMessage(), new HwgradeException.Location(csv.toString(), 0, 0),
                    "give a CSV file with a header row: id,name,email", e);
        }
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() && !cells.get(index).isBlank() ? Optional.of(cells.get(index).strip())
                : Optional.empty();
    }

    private static HwgradeException invalid(Path csv, int line, String why) {
        return new HwgradeException(why, new HwgradeException.Location(csv.toString(), line, 0),
                "give a CSV file with a header row naming id, name and email, and one row per student");
    }
}
