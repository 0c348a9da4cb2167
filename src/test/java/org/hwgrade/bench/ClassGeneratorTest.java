package org.hwgrade.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassGeneratorTest {

    private static final Assignment HW3 = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
    private final ClassGenerator generator = new ClassGenerator(HW3);
    private final Grading grading = new Grading(HW3);

    @Test
    void anAllRightHandInEarnsFullMarksInEveryLayout(@TempDir Path dir) throws IOException {
        for (Layout layout : Layout.values()) {
            for (long seed = 0; seed < 8; seed++) {
                Path file = dir.resolve("student" + seed + "." + layout.extension());
                Files.writeString(file, generator.allRight(layout, seed));
                SubmissionResult r = grading.grade(file);
                assertEquals(Rational.of(40), r.score(), layout + " seed " + seed + ": " + r.parts());
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
        for (int i = 0; i < 50; i++) {
            ClassGenerator.HandIn a = generator.handIn(42, i);
            ClassGenerator.HandIn b = new ClassGenerator(HW3).handIn(42, i);
            assertEquals(a.fileName(), b.fileName());
            assertArrayEquals(a.bytes(), b.bytes());
        }
        assertTrue(!new String(generator.handIn(42, 3).bytes(), StandardCharsets.ISO_8859_1)
                .equals(new String(generator.handIn(43, 3).bytes(), StandardCharsets.ISO_8859_1)));
    }

    /** A class mixes every layout and some garbage, mostly 2-10 KB, and its mistakes are recognised, not reviewed. */
    @Test
    void aClassMixesLayoutsMistakesAndGarbage(@TempDir Path dir) throws IOException {
        generator.generate(dir, 300, 5);
        Map<String, Integer> extensions = new HashMap<>();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        int misconceptions = 0;
        int unreadable = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                extensions.merge(name.substring(name.lastIndexOf('.') + 1), 1, Integer::sum);
                long size = Files.size(f);
                SubmissionResult r = grading.grade(f);
                if (r.submission().unreadable().isPresent() || notText(r)) {
                    unreadable++;
                    continue;
                }
                assertTrue(size >= 2048 && size <= 11 * 1024 || name.endsWith(".txt"), name + " has " + size + " bytes");
                for (PartResult p : r.parts()) {
                    verdicts.merge(p.verdict(), 1, Integer::sum);
                    if (p.matched() != null && p.matched().key().startsWith("misconception:")) {
                        misconceptions++;
                    }
                }
            }
        }
        for (String ext : new String[] {"md", "tex", "txt", "yaml"}) {
            assertTrue(extensions.getOrDefault(ext, 0) > 20, ext + ": " + extensions);
        }
        assertTrue(unreadable > 0 && unreadable < 30, "unreadable: " + unreadable);
        assertTrue(misconceptions > 100, "misconceptions recognised: " + misconceptions);
        assertTrue(verdicts.getOrDefault(Verdict.MISSING, 0) > 50, verdicts.toString());
        assertTrue(verdicts.getOrDefault(Verdict.CORRECT, 0) > 300 * 18 / 2, verdicts.toString());
        assertEquals(0, verdicts.getOrDefault(Verdict.REVIEW, 0), verdicts.toString());
    }

    /** A hand-in that is not text (the generator's binary "PDF"): every part waits for a person, nothing was read. */
    private static boolean notText(SubmissionResult r) {
        return r.submission().answers().values().stream()
                .allMatch(a -> a instanceof org.hwgrade.model.Answer.ForReview f && f.readings().isEmpty());
    }
}
