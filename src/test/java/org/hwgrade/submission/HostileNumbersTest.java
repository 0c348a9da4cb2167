package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Answer;
import org.hwgrade.model.AnswerKind;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers a careless or hostile student writes (issue 10): each fails its own part, with the reason. */
class HostileNumbersTest {

    private static final Rubric HW3 = RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"));
    private static final SubmissionReader READER = new SubmissionReader(HW3);

    private static Submission read(Path dir, String name, String text) throws IOException {
        return READER.read(Files.writeString(dir.resolve(name), text));
    }

    private static String missing(Submission s, String part) {
        return assertInstanceOf(Answer.Missing.class, s.answer(part), part + ": " + s.answer(part)).reason();
    }

    @Test
    void oneInfinityInAYamlFileFailsThatPartOnly(@TempDir Path dir) throws IOException {
        Submission s = read(dir, "a.yaml", "4a: 1\n4b: .inf\n4c: 3\n");
        assertTrue(s.unreadable().isEmpty(), s.toString());
        assertTrue(missing(s, "4b").contains("'.inf' is not a finite number"), missing(s, "4b"));
        assertInstanceOf(Answer.Found.class, s.answer("4a"));
        assertInstanceOf(Answer.Found.class, s.answer("4c"));
    }

    @Test
    void aPartAnsweredTwiceIsReportedNotSilentlyOverwritten(@TempDir Path dir) throws IOException {
        Submission yaml = read(dir, "b.yaml", "4a: 1\n4e: 5\n4e: 6\n");
        assertTrue(missing(yaml, "4e").contains("'4e' is answered twice (lines 2 and 3)"), missing(yaml, "4e"));
        Submission json = read(dir, "c.json", "{\"4e\": 5,\n \"4e\": 6}");
        assertTrue(missing(json, "4e").contains("answered twice"), missing(json, "4e"));
        Submission twoForms = read(dir, "d.yaml", "4e: 5\n\"4\":\n  e: 6\n");
        assertTrue(missing(twoForms, "4e").contains("part 4e is answered twice (lines 1 and 3)"), missing(twoForms, "4e"));
        assertInstanceOf(Answer.Found.class, yaml.answer("4a"));
    }

    @Test
    void theThousandDigitLimitIsExact(@TempDir Path dir) throws IOException {
        String thousand = "7".repeat(Limits.MAX_DIGITS);
        assertInstanceOf(ParsedValue.Ok.class, ValueSyntax.parse(thousand, AnswerKind.INTEGER));
        assertInstanceOf(ParsedValue.Ok.class, ValueSyntax.parse("0." + "7".repeat(Limits.MAX_DIGITS - 1), AnswerKind.NUMBER));
        assertInstanceOf(ParsedValue.Ok.class, ValueSyntax.parse("7".repeat(500) + "." + "7".repeat(500), AnswerKind.NUMBER));
        assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse(thousand + "7", AnswerKind.INTEGER));
        assertInstanceOf(ParsedValue.Error.class, ValueSyntax.parse("7".repeat(500) + "." + "7".repeat(501), AnswerKind.NUMBER));
        Submission json = read(dir, "e.json", "{\"4a\": " + thousand + ", \"4b\": 0." + thousand + ", \"4c\": -" + thousand + ".5}");
        assertInstanceOf(Answer.Found.class, json.answer("4a"));
        assertTrue(missing(json, "4b").contains("more than 1000 digits"), missing(json, "4b"));
        assertTrue(missing(json, "4c").contains("more than 1000 digits"), missing(json, "4c"));
    }

    @Test
    void divisionByZeroIsUnreadableWithTheReasonNotZero(@TempDir Path dir) throws IOException {
        Submission s = read(dir, "f.md", "## Problem 4\n\n(a) 12352/0\n\n(b) 1/0\n\n(c) $\\frac{3}{0}$\n");
        for (String part : new String[] {"4a", "4b", "4c"}) {
            assertTrue(missing(s, part).contains("division by zero"), part + ": " + missing(s, part));
        }
        assertEquals("division by zero", ((ParsedValue.Error) ValueSyntax.parse("12352/0", AnswerKind.INTEGER)).message());
    }
}
