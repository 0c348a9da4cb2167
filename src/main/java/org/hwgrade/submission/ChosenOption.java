package org.hwgrade.submission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Choice;
import org.hwgrade.model.Options;
import org.hwgrade.model.Part;

/**
 * Reads which option a student chose in a multiple-choice part, from the text kept for it: the
 * letter ({@code (b)}, {@code b)}, {@code b.}, {@code [x] b}, {@code B}, {@code Answer: b}), the
 * letter followed by its option's text, or the option's text alone (case-insensitive). Anything
 * else (two options ticked, a letter the part does not list, other text) goes to a person with what
 * was read: a guess would be a confident wrong grade.
 */
final class ChosenOption {

    private static final Pattern ANSWER_WORD = Pattern.compile("(?i)^answer\\s*[:=]?\\s*");
    /** One tick: an optional box, the letter with its bracket or point, then perhaps the option's text. */
    private static final Pattern ONE = Pattern.compile("^(?:\\[[xX✓✔]\\]\\s*)?\\(?([A-Za-z])(?:\\)|\\.|:|(?=\\s)|$)\\s*(.*)$");
    private static final Pattern BOX = Pattern.compile("\\[[xX✓✔ ]?\\]");
    /** Every letter standing alone, to tell two ticks from prose. */
    private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z0-9])\\(?([A-Za-z])(?![A-Za-z0-9])");

    private ChosenOption() {
    }

    /** The answer with its text read as an option; answers of other parts, and of parts without options, as they are. */
    static Answer of(Part part, Answer answer) {
        if (part.options().isEmpty() || !(answer instanceof Answer.Found found)) {
            return answer; // a student-safe rubric lists no options: the text is kept as written
        }
        Options options = part.options().get();
        String text = ANSWER_WORD.matcher(found.value().toString().strip()).replaceFirst("").strip();
        Optional<Choice> byText = byText(options, text);
        if (byText.isPresent()) {
            return new Answer.Found(byText.get(), found.source());
        }
        Matcher one = ONE.matcher(text);
        if (one.matches()) {
            String letter = one.group(1).toLowerCase(Locale.ROOT);
            String rest = one.group(2).strip();
            Optional<Choice> chosen = options.option(letter);
            if (chosen.isEmpty()) {
                return review("option " + letter + " is not one of part " + part.id() + "'s options ("
                        + String.join(", ", options.texts().keySet()) + ")", found);
            }
            if (rest.isEmpty() || rest.equalsIgnoreCase(chosen.get().text())) {
                return new Answer.Found(chosen.get(), found.source());
            }
        }
        Set<String> ticked = new TreeSet<>();
        LETTER.matcher(BOX.matcher(text).replaceAll(" ")).results().map(r -> r.group(1).toLowerCase(Locale.ROOT)).forEach(ticked::add);
        options.texts().forEach((letter, option) -> {
            if (text.toLowerCase(Locale.ROOT).contains(option.toLowerCase(Locale.ROOT))) {
                ticked.add(letter);
            }
        });
        return review(ticked.size() > 1 ? "more than one option is chosen (" + String.join(", ", ticked) + ")"
                : "the answer names none of the options (" + String.join(", ", options.texts().keySet()) + ") exactly",
                found);
    }

    private static Optional<Choice> byText(Options options, String text) {
        return options.texts().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(text))
                .map(e -> new Choice(e.getKey(), e.getValue())).findFirst();
    }

    private static Answer review(String reason, Answer.Found found) {
        return new Answer.ForReview(reason, List.of(found));
    }
}
