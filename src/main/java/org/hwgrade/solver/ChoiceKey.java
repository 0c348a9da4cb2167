package org.hwgrade.solver;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Options;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.RubricException;
import org.hwgrade.model.Value;

/**
 * The key of a multiple-choice part: the option its rubric names, or the one option equal to its
 * computed value. No matching option, two, or a misconception naming the key's option is a rubric error.
 */
final class ChoiceKey {

    private ChoiceKey() {
    }

    static Choice of(Problem problem, Part part, Supplier<Value> computed) {
        Options options = part.options().orElseThrow();
        Choice key;
        if (options.answer().isPresent()) {
            key = options.option(options.answer().get()).orElseThrow();
        } else {
            Value value = computed.get();
            List<Choice> equal = options.equalTo(value);
            if (equal.size() != 1) {
                throw new RubricException("part " + part.id() + ": its key " + part.quantity() + " = " + value
                        + (equal.isEmpty() ? " is none of its options"
                                : " is options " + equal.stream().map(Choice::letter).collect(Collectors.joining(" and "))),
                        RubricPath.part(problem, part, "options"), equal.isEmpty()
                                ? "add the option " + value + ", or check the formula; or write 'answer: <letter>'"
                                : "make the options' values different, or write 'answer: <letter>'", null);
            }
            key = equal.get(0);
        }
        for (Misconception m : part.misconceptions()) {
            if (m.option().equals(Optional.of(key.letter()))) {
                throw new RubricException("part " + part.id() + ", misconception " + m.name() + ": names the right option "
                        + key.letter(), RubricPath.misconception(problem, part, m),
                        "name a wrong option, or remove the misconception", null);
            }
        }
        return key;
    }
}
