package org.hwgrade.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hwgrade.model.GradingDefaults;
import org.hwgrade.model.Num;
import org.hwgrade.model.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The case table of docs/comparison.md is the test: every row is checked against NumberRules. */
class ComparisonCasesTest {

    private static final Path DOC = Path.of("docs", "comparison.md");
    private static final String SECTION = "## The case table";
    private static final Pattern RELABS = Pattern.compile("relabs rtol=(\\S+) atol=(\\S+)");
    private static final Pattern DIGITS = Pattern.compile("(sigfig|decdig) (\\d+)");

    record Case(int line, String student, String key, String rule, boolean pass, String note) {
        String name() {
            return "line " + line + ": " + student + " vs " + key + " under " + rule + " -> " + (pass ? "pass" : "fail")
                    + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheCaseTableHolds() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Num student = TextNumbers.parse(c.student());
            Num key = TextNumbers.parse(c.key());
            assertEquals(c.pass(), NumberRules.matches(student, key, rule(c.rule(), key)), c.name());
        }));
    }

    @Test
    void theTableHasAtLeastFortyRowsAndCoversEveryRule() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "only " + cases.size() + " rows");
        for (String rule : List.of("exact", "relabs", "sigfig", "decdig", "default")) {
            assertTrue(cases.stream().anyMatch(c -> c.rule().startsWith(rule) && c.pass()), rule + " has no passing row");
            assertTrue(cases.stream().anyMatch(c -> c.rule().startsWith(rule) && !c.pass()), rule + " has no failing row");
        }
    }

    private static Tolerance rule(String text, Num key) {
        if (text.equals("exact")) {
            return new Tolerance.Exact();
        }
        if (text.equals("default")) {
            return NumberRules.ruleFor(key, Optional.empty(), GradingDefaults.STANDARD);
        }
        Matcher relabs = RELABS.matcher(text);
        if (relabs.matches()) {
            return new Tolerance.RelAbs(Double.parseDouble(relabs.group(1)), Double.parseDouble(relabs.group(2)));
        }
        Matcher digits = DIGITS.matcher(text);
        if (digits.matches()) {
            int d = Integer.parseInt(digits.group(2));
            return digits.group(1).equals("sigfig") ? new Tolerance.SigFig(d) : new Tolerance.DecDig(d);
        }
        throw new IllegalArgumentException("unknown rule in the case table: " + text);
    }

    /** The rows of the first table after the case-table heading, with escaped pipes kept in cells. */
    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf(SECTION);
        if (start < 0) {
            throw new IllegalStateException(DOC + " has no section '" + SECTION + "'");
        }
        List<Case> cases = new ArrayList<>();
        boolean inTable = false;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (!inTable) {
                assertEquals(List.of("student", "key", "rule", "verdict", "note"), cells, "case table header");
                inTable = true;
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            assertEquals(5, cells.size(), "line " + (i + 1) + " needs 5 cells: " + line);
            String verdict = cells.get(3);
            assertTrue(verdict.equals("pass") || verdict.equals("fail"), "line " + (i + 1) + ": verdict " + verdict);
            cases.add(new Case(i + 1, cells.get(0), cells.get(1), cells.get(2), verdict.equals("pass"), cells.get(4)));
        }
        return cases;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && !row.endsWith("\\|") ? row.length() - 1 : row.length());
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }
}
