package org.hwgrade.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hwgrade.model.Answer;
import org.hwgrade.model.Submission;
import org.hwgrade.rubric.RubricLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML hand-ins (Moodle's online text): text with its lines, TeX kept, each answer at its line in the HTML. */
class HtmlReaderTest {

    private static final SubmissionReader READER = new SubmissionReader(RubricLoader.load(Path.of("rubrics/dl-hw3.yaml")));

    @TempDir
    Path dir;

    private Submission read(String name, String html) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, html);
        return READER.read(f);
    }

    private static Answer.Found found(Submission s, String part) {
        return assertInstanceOf(Answer.Found.class, s.answer(part), () -> part + ": " + s.answer(part));
    }

    @Test
    void moodleOnlineTextIsReadWithItsLinesAndTex() throws IOException {
        Submission s = read("onlinetext.html", """
                <p><strong>Problem 2</strong></p>
                <p>\\(k = \\begin{bmatrix} 4 &amp; 2 \\\\ -2 &amp; -6 \\end{bmatrix}\\)</p>
                <p>Then <script type="math/tex">y = \\begin{bmatrix}4 & 2\\\\0 & 0\\end{bmatrix}</script></p>
                <h3>Problem 4</h3>
                <p>(a) 12352 parameters<br>(b) 129&nbsp;248
                <br>(c) 15920</p>
                <ul><li>(d) 6176</li><li>(e) total = 163,696</li></ul>
                """);
        assertEquals("[[4, 2], [-2, -6]]", found(s, "2a").value().toString());
        assertEquals(2, found(s, "2a").source().line());
        assertEquals("[[4, 2], [0, 0]]", found(s, "2b").value().toString());
        assertEquals(3, found(s, "2b").source().line());
        assertEquals("12352", found(s, "4a").value().toString());
        assertEquals(5, found(s, "4a").source().line());
        assertEquals("129248", found(s, "4b").value().toString());
        assertEquals("15920", found(s, "4c").value().toString());
        assertEquals(6, found(s, "4c").source().line());
        assertEquals("6176", found(s, "4d").value().toString());
        assertEquals("163696", found(s, "4e").value().toString());
        assertEquals(7, found(s, "4e").source().line());
        assertEquals(s.files().get(0), found(s, "4e").source().file());
    }

    @Test
    void subscriptsSuperscriptsAndMathMlKeepTheirTex() throws IOException {
        Submission s = read("page.htm", """
                <html><head><title>Problem 3</title><style>p { color: red }</style></head><body>
                <h2>Problem 4</h2>
                <div>(a) 1.2352 &times; 10<sup>4</sup></div>
                <div>(b) <math><semantics><mi>x</mi><annotation encoding="application/x-tex">129248</annotation></semantics></math></div>
                <script>var a = "(c) 1";</script>
                </body></html>
                """);
        assertEquals("12352", found(s, "4a").value().toString());
        assertEquals("129248", found(s, "4b").value().toString());
        assertInstanceOf(Answer.Missing.class, s.answer("4c"));
        assertInstanceOf(Answer.Missing.class, s.answer("3a"), "the head's title is no heading");
    }

    @Test
    void deeplyNestedMarkupIsReadWithoutRecursion() throws IOException {
        String html = "<div>".repeat(100_000) + "<h2>Problem 4</h2><p>(a) 12352</p>" + "</div>".repeat(100_000);
        assertEquals("12352", found(read("deep.html", html), "4a").value().toString());
    }

    @Test
    void orderedListItemsAreNumberedFromTheirValueAndTheListsStart() throws IOException {
        Submission s = read("list.html", """
                <h2>Problem 3</h2>
                <ol start="0">
                <li value="1">(8, 18, 18)</li>
                <li>(8, 9, 9)<ul><li>after the pooling</li></ul></li>
                <li>(16, 4, 4)</li><li>(16, 4, 4)</li><li>(16, 2, 2)</li>
                </ol>
                """);
        assertEquals("(8, 18, 18)", found(s, "3a").value().toString());
        assertEquals("(8, 9, 9)", found(s, "3b").value().toString());
        assertEquals("(16, 2, 2)", found(s, "3e").value().toString());
        assertEquals(org.hwgrade.model.Evidence.MARKER, found(s, "3e").source().how());
    }
}
