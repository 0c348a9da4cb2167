package org.hwgrade.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Verdict;
import org.junit.jupiter.api.Test;

class JudgementTest {

    @Test
    void theVerdictFollowsTheCredit() {
        assertEquals(Verdict.CORRECT, Judgement.credited(Rational.ONE, List.of()).verdict());
        assertEquals(Verdict.PARTIAL, Judgement.credited(Rational.of(1, 2), List.of()).verdict());
        assertEquals(Verdict.INCORRECT, Judgement.credited(Rational.ZERO, List.of()).verdict());
        assertEquals(Verdict.REVIEW, Judgement.review("a person looks").verdict());
    }

    @Test
    void aJudgementCannotContradictItself() {
        assertThrows(IllegalArgumentException.class, () -> new Judgement(Verdict.CORRECT, Rational.of(1, 2), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Judgement(Verdict.REVIEW, Rational.ONE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Judgement(Verdict.MISSING, Rational.ZERO, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Judgement.credited(Rational.of(3, 2), List.of()));
    }
}
