package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html and a student page rendered by a real browser (headless Chromium from Debian's
 * packages; .ci/run installs it): the DOM holds the plots and tables, hostile names and answers
 * stay text, and the console stays silent. Without Chromium the test is skipped, saying why.
 */
class ClassReportBrowserTest {

    /** Where the screenshot of the report is left for people to look at. */
    static final Path SCREENSHOT = Path.of("target/class-report.png");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void gradeAClassWithHostileNamesAndAnswers() throws IOException {
        Path c = Files.createDirectories(dir.resolve("class"));
        String alice = Files.readString(Path.of("submissions-sample/alice.md"));
        Files.writeString(c.resolve("<img src=x onerror=alert(1)>.md"), alice);
        String copied = alice.replace("= 12352$", "= 12999$").replace("= 6176$", "= 6111$");
        Files.writeString(c.resolve("max.md"), copied);
        Files.writeString(c.resolve("lea.md"), copied);
        Files.writeString(c.resolve("zoe.md"), alice.replace("= -\\frac{1}{s_y} e_y$$",
                "= \\oint </code><script>console.error('xss')</script>$$"));
        for (String s : List.of("bruno.tex", "chen.txt", "dana.txt", "ivan.md")) {
            Files.copy(Path.of("submissions-sample").resolve(s), c.resolve(s));
        }
        out = dir.resolve("grades");
        new Grading(Assignment.load(Path.of("rubrics/dl-hw3.yaml"))).gradeClass(List.of(c), out, 2, Optional.empty(), true);
    }

    private static HeadlessChromium chromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "chromium is not installed: apt-get install -y chromium (.ci/run does this)");
        return found.get();
    }

    @Test
    void theReportRendersWithItsPlotsAndTablesAndASilentConsole() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        HeadlessChromium.Page page = chromium().load(out.resolve("report.html"), SCREENSHOT, Files.createTempDirectory(dir, "b"));
        assertEquals(List.of(), page.console());
        String dom = page.dom();
        assertEquals(10, count(dom, "<rect class=\"bin\""), "ten histogram bars");
        for (String id : List.of("histogram", "parts", "misconceptions", "wrong", "pairs", "review", "students")) {
            assertTrue(dom.contains("id=\"" + id + "\""), id);
        }
        assertTrue(Pattern.compile("<a href=\"students/lea.html\">lea</a> and <a href=\"students/max.html\">max</a>"
                + "|<a href=\"students/max.html\">max</a> and <a href=\"students/lea.html\">lea</a>").matcher(dom).find(), "the pair");
        assertTrue(dom.contains("4a = 12999") && dom.contains("4d = 6111"), "their shared answers");
        assertFalse(dom.contains("<img"), "a student's name became an element");
        assertFalse(dom.contains("<script"), "a student's answer became a script");
        assertTrue(dom.contains("&lt;img src=x onerror=alert(1)&gt;"), "the hostile name is shown as text");
        assertTrue(dom.contains("&lt;script&gt;console.error('xss')"), "the hostile answer is shown as text in the review queue");
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a screenshot of " + png.length + " bytes");
    }

    @Test
    void aStudentPageRendersWithTheAnswersAsText() throws Exception {
        HeadlessChromium.Page page = chromium().load(out.resolve("students/zoe.html"), dir.resolve("zoe.png"),
                Files.createTempDirectory(dir, "b"));
        assertEquals(List.of(), page.console());
        assertFalse(page.dom().contains("<script"));
        assertTrue(page.dom().contains("<a href=\"../report.html\">"));
        assertEquals(1 + 18, count(page.dom(), "<tr>"), "a header row and one row per part");
    }

    @Test
    void theConsoleCheckSeesAnError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><p>x</p><script>console.error('seen')</script>");
        HeadlessChromium.Page page = chromium().load(bad, dir.resolve("bad.png"), Files.createTempDirectory(dir, "b"));
        assertEquals(2, page.console().size(), "once per load (DOM, screenshot): " + page.console());
        assertTrue(page.console().stream().allMatch(line -> line.contains("\"seen\"")), page.console().toString());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
