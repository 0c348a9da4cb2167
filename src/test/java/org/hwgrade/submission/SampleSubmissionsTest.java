package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Part;
import org.hwgrade.model.Rubric;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample in submissions-sample/ read as docs/samples.md says: value, expression text, or why it is missing, and the line. */
class SampleSubmissionsTest {

    static final Path SAMPLES = Path.of("submissions-sample");
    static final Rubric RUBRIC = RubricLoader.load(Path.of("rubrics/dl-hw3.yaml"));
    static final SubmissionReader READER = new SubmissionReader(RUBRIC);
    static final Map<String, Submission> READ = new HashMap<>();

    static Stream<Arguments> expectations() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/samples.md"));
        int from = lines.indexOf("<!-- expectations -->");
        List<Arguments> rows = new ArrayList<>();
        for (String line : lines.subList(from + 3, lines.size())) {
            if (!line.startsWith("| ")) {
                continue;
            }
            String[] c = line.substring(2, line.length() - 2).split(" \\| ", -1);
            rows.add(Arguments.of(c[0], c[1], c[2], c[3], c[4]));
        }
        return rows.stream();
    }

    @Test
    void theTableCoversEverySample() throws IOException {
        List<String> students = expectations().map(a -> (String) a.get()[0]).distinct().toList();
        assertTrue(students.size() >= 10, students::toString);
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .map(n -> n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n).sorted().toList();
            assertEquals(names, students.stream().sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0} {2}: {3} (line {4})")
    @MethodSource("expectations")
    void readsAsDescribed(String student, String file, String part, String expected, String line) {
        Submission s = READ.computeIfAbsent(student, SampleSubmissionsTest::read);
        assertEquals(student, s.student());
        if (expected.startsWith("unreadable: ")) {
            assertTrue(s.unreadable().orElseThrow().contains(expected.substring(12)), s.unreadable()::toString);
            return;
        }
        assertTrue(s.unreadable().isEmpty(), s.unreadable()::toString);
        if (expected.startsWith("review: ")) {
            for (Part p : RUBRIC.parts().filter(q -> part.equals("*") || q.id().equals(part)).toList()) {
                Answer.ForReview r = assertInstanceOf(Answer.ForReview.class, s.answer(p.id()), () -> p.id());
                assertTrue(r.reason().contains(expected.substring(8)), r::reason);
            }
            return;
        }
        Answer answer = s.answer(part);
        if (expected.startsWith("missing: ")) {
            Answer.Missing m = assertInstanceOf(Answer.Missing.class, answer, answer::toString);
            assertTrue(m.reason().contains(expected.substring(9)), m::reason);
            return;
        }
        Answer.Found f = assertInstanceOf(Answer.Found.class, answer, answer::toString);
        Part p = RUBRIC.parts().filter(q -> q.id().equals(part)).findFirst().orElseThrow();
        if (expected.startsWith("expr: ")) {
            assertEquals(new Expression(expected.substring(6)), f.value());
        } else {
            ParsedValue want = ValueSyntax.parse(expected, p.kind());
            assertEquals(want, new ParsedValue.Ok(f.value()), () -> "read from " + f.source());
        }
        assertTrue(f.source().file().endsWith(file), f.source()::file);
        assertEquals(Integer.parseInt(line), f.source().line(), () -> "read from " + f.source());
    }

    private static Submission read(String student) {
        Path folder = SAMPLES.resolve(student);
        if (Files.isDirectory(folder)) {
            return READER.read(folder);
        }
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return READER.read(files.filter(p -> p.getFileName().toString().startsWith(student + ".")).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
