package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Given;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.RubricException;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

class VariantDrawerTest {

    private static final Rubric TEMPLATE = RubricLoader.load(Path.of("src/test/resources/rubrics/variants.yaml"));

    /**
     * Pinned numbers: the seed is SHA-256 of the ids, the draws SplittableRandom's fixed algorithm,
     * so these hold on every machine and run; a change here changes every student's sheet.
     */
    @Test
    void theSameStudentGetsTheSameNumbersOnEveryMachine() {
        VariantSeed seed = VariantSeed.of("quiz-variants", "s1");
        assertEquals("70cb544634cae064", seed.id());
        assertEquals(8127682613030346852L, seed.seed());
        StudentVariant v = VariantDrawer.draw(TEMPLATE, "s1");
        assertEquals("[[-1, -2, -3, -3], [2, 2, 0, 3], [-3, 1, 0, 1], [2, 0, 0, 3]]",
                ((Given.Of) v.solved().rubric().problems().get(0).givens().get("x")).value().toString());
        assertEquals(v.solved().key(), VariantDrawer.draw(TEMPLATE, "s1").solved().key());
    }

    @Test
    void twoStudentsGetDifferentNumbers() {
        assertNotEquals(VariantDrawer.draw(TEMPLATE, "s1").solved().key(), VariantDrawer.draw(TEMPLATE, "s2").solved().key());
        assertNotEquals(VariantSeed.of("quiz-variants", "s1"), VariantSeed.of("other-quiz", "s1"));
    }

    @Test
    void everyDrawMeetsTheConstraints() {
        for (int i = 0; i < 40; i++) {
            var key = VariantDrawer.draw(TEMPLATE, "student-" + i).solved().key();
            assertTrue(((org.hwgrade.model.Scalar) key.answer("1c")).num().toDouble() > 0, "constraint sum(y) > 0 broken");
        }
        assertTrue(VariantDrawer.hasDraws(TEMPLATE));
        assertFalse(VariantDrawer.hasDraws(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"))));
    }

    @Test
    void aConstraintNoDrawMeetsIsARubricErrorNamingIt() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/rubrics/variants.yaml"))
                .replace("sum(y) > 0", "sum(y) < 0");
        RubricException e = assertThrows(RubricException.class,
                () -> VariantDrawer.draw(RubricLoader.parse(text, "v.yaml"), "s1"));
        assertTrue(e.getMessage().contains("no draw of its givens out of 100"), e.getMessage());
        assertTrue(e.getMessage().contains("sum(y) < 0"), e.getMessage());
    }
}
