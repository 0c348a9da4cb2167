package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Evidence;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Options;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rational;
import org.hwgrade.model.ShapeLayout;
import org.hwgrade.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the text kept for a multiple-choice part is read as one option, or sent to a person. */
class ChosenOptionTest {

    private static final Part PART = new Part("1a", "1a", Rational.ONE, AnswerKind.CHOICE, "1a", List.of(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(),
            Optional.empty(), ShapeLayout.CHW, Optional.of(new Options(
                    new TreeMap<>(Map.of("a", "stride 1", "b", "stride 2", "c", "no padding")), Map.of(), Optional.of("b"))));
    private static final Source SOURCE = new Source("hw.md", 3, 1, "answer", Evidence.LABEL);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(b)", "b)", "b.", "b", "B", "[x] b", "[X] (b)", "Answer: b", "answer b", "(b) stride 2", "b) Stride 2",
        "stride 2", "STRIDE 2", "Answer: stride 2"})
    void aLetterOrAnOptionsTextIsThatOption(String written) {
        assertEquals(new Answer.Found(new Choice("b", "stride 2"), SOURCE), read(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a, b                | more than one option is chosen (a, b)",
        "[x] a [x] c         | more than one option is chosen (a, c)",
        "(b) stride 1        | more than one option is chosen (a, b)",
        "stride 1 or stride 2 | more than one option is chosen (a, b)",
        "(d)                 | option d is not one of part 1a's options (a, b, c)",
        "D.                  | option d is not one of part 1a's options (a, b, c)",
        "stride two          | the answer names none of the options (a, b, c) exactly"})
    void anUnclearChoiceGoesToAPersonWithWhatWasRead(String written, String reason) {
        Answer.Found found = new Answer.Found(new Expression(written), SOURCE);
        assertEquals(new Answer.ForReview(reason, List.of(found)), ChosenOption.of(PART, found));
    }

    private static Answer read(String written) {
        return ChosenOption.of(PART, new Answer.Found(new Expression(written), SOURCE));
    }
}
