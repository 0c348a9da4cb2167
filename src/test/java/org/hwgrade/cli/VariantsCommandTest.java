package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hwgrade variants RUBRIC ROSTER --out DIR` through the command line: exit codes, files, errors. */
class VariantsCommandTest {

    private static final String RUBRIC = "src/test/resources/rubrics/variants.yaml";

    @Test
    void itWritesEveryStudentsSheetKeyAndTheIndex(@TempDir Path dir) throws IOException {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name\ns1,Ann Lee\ns2,Bo Kim\n");
        Path out = dir.resolve("sheets");
        MainTest.Run r = MainTest.run("variants", RUBRIC, roster.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote the sheets and keys of 2 students to " + out), r.out());
        for (String id : List.of("s1", "s2")) {
            for (String file : List.of(id + ".md", id + ".tex", id + ".key.txt")) {
                assertTrue(Files.size(out.resolve(file)) > 0, file);
            }
        }
        JsonNode index = new ObjectMapper().readTree(out.resolve("keys.json").toFile());
        assertEquals("quiz-variants", index.get("assignment").asText());
        assertEquals(List.of("s1", "s2"), index.get("students").findValuesAsText("id"));
    }

    @Test
    void aMissingRosterIsAUsageErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-roster.csv");
        MainTest.Run r = MainTest.run("variants", RUBRIC, missing.toString(), "--out", dir.resolve("sheets").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("cannot read the roster"), r.err());
        assertTrue(Files.notExists(dir.resolve("sheets")), "nothing written");
    }

    @Test
    void aBadRosterRowIsAnErrorAtItsFileAndLine(@TempDir Path dir) throws IOException {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id,name\ns1,Ann Lee\n,Nobody\n");
        MainTest.Run r = MainTest.run("variants", RUBRIC, roster.toString(), "--out", dir.resolve("sheets").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(roster + ":3") && r.err().contains("this row has no student id"), r.err());

        Files.writeString(roster, "id,name\ns1,Ann Lee\ns2,Bo Kim\ns1,Again\n");
        MainTest.Run twice = MainTest.run("variants", RUBRIC, roster.toString(), "--out", dir.resolve("sheets").toString());
        assertEquals(2, twice.code(), twice.err());
        assertTrue(twice.err().contains(roster + ":4") && twice.err().contains("'s1' appears twice"), twice.err());
    }

    @Test
    void aRubricWithoutDrawnGivensIsRefused(@TempDir Path dir) throws IOException {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "id\ns1\n");
        MainTest.Run r = MainTest.run("variants", "rubrics/dl-hw3.yaml", roster.toString(), "--out", dir.resolve("s").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("draws no given for each student"), r.err());
    }
}
