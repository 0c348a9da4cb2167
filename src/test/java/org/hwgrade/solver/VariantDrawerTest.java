package org.hwgrade.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.hwgrade.model.Given;
import org.hwgrade.model.Num;
import org.hwgrade.model.Rational;
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

    /** A rubric that draws exact fractions (also graded end to end in VariantsEndToEndTest). */
    private static final String RATIONALS = readRubric("src/test/resources/rubrics/fractions.yaml");

    private static String readRubric(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    /** Exact fractions, in their ranges, pinned like the integers: numerator, then denominator, per entry. */
    @Test
    void rationalsAreExactFractionsOfTheirRangesTheSameOnEveryRun() {
        Rubric template = RubricLoader.parse(RATIONALS, "f.yaml");
        assertTrue(VariantDrawer.hasDraws(template));
        StudentVariant v = VariantDrawer.draw(template, "s1");
        var givens = v.solved().rubric().problems().get(0).givens();
        assertEquals("[[2/3, 1/2], [-3/2, -1/2]]", ((Given.Of) givens.get("a")).value().toString());
        assertEquals("1", ((Given.Of) givens.get("b")).value().toString());
        assertEquals(v.solved().key(), VariantDrawer.draw(template, "s1").solved().key());
        for (int i = 0; i < 40; i++) {
            var drawn = VariantDrawer.draw(template, "student-" + i).solved().rubric().problems().get(0).givens();
            for (Num n : ((org.hwgrade.model.Tensor) ((Given.Of) drawn.get("a")).value()).entries()) {
                Rational r = (Rational) n;
                assertTrue(r.compareTo(Rational.of(-3)) >= 0 && r.compareTo(Rational.of(3)) <= 0, r.toString());
                assertTrue(Set.of(1, 2, 3, 4).contains(r.denominator().intValue()), "a reduced n/d with d in 1..4: " + r);
            }
        }
    }

    @Test
    void aRationalRangeWithoutPositiveDenominatorsIsARubricErrorAtItsPlace() {
        RubricException e = assertThrows(RubricException.class,
                () -> RubricLoader.parse(RATIONALS.replace("denominators: [1, 4]", "denominators: [0, 4]"), "f.yaml"));
        assertTrue(e.getMessage().startsWith("f.yaml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("denominators start at 1"), e.getMessage());
        RubricException both = assertThrows(RubricException.class,
                () -> RubricLoader.parse(RATIONALS.replace("b: {rationals:", "b: {integers: [1, 2], rationals:"), "f.yaml"));
        assertTrue(both.getMessage().contains("found integers and rationals"), both.getMessage());
    }
}
