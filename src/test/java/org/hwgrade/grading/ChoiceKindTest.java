package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwgrade.model.Choice;
import org.hwgrade.model.PartResult;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A multiple-choice part: its key is a named or computed option, a wrong option is named, an unclear choice is reviewed. */
class ChoiceKindTest {

    private static final String RUBRIC = """
            assignment: choice
            problems:
              - id: "1"
                givens: {n: 28, k: 5}
                quantities: {out: n - k + 1}
                parts:
                  - id: 1a
                    points: 2
                    kind: choice
                    labels: [stride]
                    options: {a: "stride 1", b: "stride 2", c: "stride 3"}
                    answer: b
                    misconceptions:
                      - {name: one_step, option: a, credit: 1/2, feedback: "stride 1 keeps the size; the question halves it"}
                  - id: 1b
                    points: 1
                    kind: choice
                    labels: [size]
                    options: {a: 24, b: 28, c: 32}
                    quantity: out
            """;

    @Test
    void theRightOptionScoresFullyByLetterOrByText(@TempDir Path dir) throws IOException {
        Grading grading = grading(dir, RUBRIC);
        List<PartResult> parts = grading.grade(Files.writeString(dir.resolve("zoe.md"), """
                ## Problem 1
                stride = [x] B
                size = 24
                """)).parts();
        assertEquals(Verdict.CORRECT, parts.get(0).verdict(), parts.get(0).feedback().toString());
        assertEquals(new Choice("b", "stride 2"), parts.get(0).received().orElseThrow());
        assertEquals(Verdict.CORRECT, parts.get(1).verdict(), parts.get(1).feedback().toString());
        assertEquals(List.of("2", "1"), parts.stream().map(p -> p.score().toString()).toList());
    }

    @Test
    void aMisconceivedOptionEarnsItsCreditAndAnotherWrongOneIsNamed(@TempDir Path dir) throws IOException {
        Grading grading = grading(dir, RUBRIC);
        List<PartResult> parts = grading.grade(Files.writeString(dir.resolve("ana.md"), """
                ## Problem 1
                stride = Answer: a
                size = (c)
                """)).parts();
        assertEquals(Verdict.PARTIAL, parts.get(0).verdict());
        assertEquals("1", parts.get(0).score().toString());
        assertEquals(List.of("stride 1 keeps the size; the question halves it"), parts.get(0).feedback());
        assertEquals(Verdict.INCORRECT, parts.get(1).verdict());
        assertEquals(List.of("you chose (c) 32, which is not the right option"), parts.get(1).feedback());
    }

    @Test
    void twoOptionsOrAnUnknownLetterGoToReviewWithWhatWasRead(@TempDir Path dir) throws IOException {
        Grading grading = grading(dir, RUBRIC);
        Path file = Files.writeString(dir.resolve("max.md"), """
                ## Problem 1
                stride = a, b
                size = (e)
                """);
        List<PartResult> parts = grading.grade(file).parts();
        assertEquals(Verdict.REVIEW, parts.get(0).verdict());
        assertEquals("more than one option is chosen (a, b); a person will review it", parts.get(0).feedback().get(0));
        assertEquals("read a, b at " + file + ":2:10 (label)", parts.get(0).feedback().get(1));
        assertEquals(Verdict.REVIEW, parts.get(1).verdict());
        assertEquals("option e is not one of part 1b's options (a, b, c); a person will review it",
                parts.get(1).feedback().get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "computed key is no option  | {a: 24, b: 28, c: 32} | {a: 23, b: 28, c: 32} | 19:18 | part 1b: its key out = 24 is none of its options",
        "computed key is two        | {a: 24, b: 28, c: 32} | {a: 24, b: 28, c: 24} | 19:18 | part 1b: its key out = 24 is options a and c",
        "unknown answer letter      | answer: b             | answer: d             | 12:17 | answer of part 1a names option 'd', which the part does not list",
        "misconception names key    | option: a,            | option: b,            | 14:38 | misconception 'one_step' names the right option, b",
        "answer and quantity        | quantity: out         | quantity: out\\n        answer: a | 20:19 | part 1b gives its answer and a quantity",
        "options on another kind    | kind: choice\\n        labels: [size] | kind: integer\\n        labels: [size] | 19:18 | part 1b is not multiple choice and has no options"})
    void brokenChoiceRubricsAreLocatedInTheFile(String name, String from, String to, String place, String message,
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("r.yaml"), RUBRIC.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n")));
        RubricException e = assertThrows(RubricException.class, () -> Assignment.load(file));
        String expected = file + ":" + place + ": " + message;
        assertEquals(expected, e.getMessage().substring(0, Math.min(expected.length(), e.getMessage().length())),
                e.getMessage());
    }

    private static Grading grading(Path dir, String rubric) throws IOException {
        return new Grading(Assignment.load(Files.writeString(dir.resolve("r.yaml"), rubric)));
    }
}
