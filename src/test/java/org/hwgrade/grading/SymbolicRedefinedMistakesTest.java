package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Match;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.Rational;
import org.hwgrade.model.SubmissionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A symbolic mistake that redefines a symbol (rubrics/symbolic-replace.yaml: the softmax forgotten,
 * {@code replace: {s: l}} on 1a) is recognised in the part that lists it and inherited by 1b,
 * whose key (s - e_y) x^T uses s, with the follow-through credit when 1a was wrong.
 */
class SymbolicRedefinedMistakesTest {

    private static final Grading GRADING = new Grading(Assignment.load(Path.of("src/test/resources/rubrics/symbolic-replace.yaml")));

    @TempDir
    Path dir;

    private SubmissionResult grade(String text) throws IOException {
        Path file = dir.resolve("student.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return GRADING.grade(GRADING.read(file));
    }

    private static PartResult part(SubmissionResult r, String id) {
        return r.parts().stream().filter(p -> p.partId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theMistakeIsNamedWhereItIsListedAndFollowedDownstream() throws IOException {
        SubmissionResult r = grade("dL/dl = W x - e_y\n\ndL/dW = (W x - e_y) x^T\n");
        PartResult a = part(r, "1a");
        assertEquals(new Match.Misconceived("softmax_forgotten"), a.matched());
        assertEquals(Rational.of(1, 2), a.score()); // 1/4 of 2 points
        PartResult b = part(r, "1b");
        assertEquals(new Match.Misconceived("softmax_forgotten"), b.matched());
        assertEquals(Rational.ONE, b.score()); // the follow-through credit, 1/2 of 2: penalised in 1a
        assertEquals("your answer follows from the mistake in 1a: s is softmax(l), not the scores l themselves.",
                b.feedback().get(0));
    }

    @Test
    void aDownstreamAnswerFollowingTheMistakeWhileTheUpstreamOneIsRightEarnsTheMistakesOwnCredit() throws IOException {
        SubmissionResult r = grade("dL/dl = s - e_y\n\ndL/dW = (l - e_y) x^T\n");
        assertEquals(new Match.Key(), part(r, "1a").matched());
        PartResult b = part(r, "1b");
        assertEquals(new Match.Misconceived("softmax_forgotten"), b.matched());
        assertEquals(Rational.of(1, 2), b.score()); // 1/4 of 2: the mistake was made here
    }

    @Test
    void anotherWrongAnswerMatchesNoMistake() throws IOException {
        SubmissionResult r = grade("dL/dl = s + e_y\n\ndL/dW = (s + e_y) x^T\n");
        assertEquals(new Match.None(), part(r, "1a").matched());
        assertEquals(new Match.None(), part(r, "1b").matched());
        assertEquals(Rational.ZERO, r.score());
    }
}
