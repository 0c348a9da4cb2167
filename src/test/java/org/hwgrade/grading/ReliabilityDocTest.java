package org.hwgrade.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/reliability.md's table of issue 10's cases names tests that exist, and every row names one or says why not. */
class ReliabilityDocTest {

    private static final Path DOC = Path.of("docs/reliability.md");
    private static final Pattern TEST_REF = Pattern.compile("`(\\w+)#(\\w+)`");
    private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "Property");

    /** The rows of the section "Issue 10, case by case", as their cells. */
    private static List<String[]> rows() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("## Issue 10, case by case");
        assertTrue(start >= 0, "docs/reliability.md has the section 'Issue 10, case by case'");
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| ") && !line.startsWith("| case ")) {
                rows.add(line.substring(2, line.length() - 2).split(" \\| "));
            }
        }
        return rows;
    }

    private static Class<?> testClass(String simpleName) throws IOException, ClassNotFoundException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals(simpleName + ".java")).toList();
            assertEquals(1, found.size(), "one test class named " + simpleName + ": " + found);
            String name = Path.of("src/test/java").relativize(found.get(0)).toString().replace('/', '.');
            return Class.forName(name.substring(0, name.length() - ".java".length()));
        }
    }

    private static boolean isTest(Method m) {
        return Arrays.stream(m.getAnnotations()).anyMatch(a -> TEST_ANNOTATIONS.contains(a.annotationType().getSimpleName()));
    }

    @Test
    void everyCaseNamesTestsThatExistOrSaysWhyItHasNone() throws Exception {
        List<String[]> rows = rows();
        assertTrue(rows.size() >= 30, "issue 10's 'Why' has about thirty cases: " + rows.size());
        for (String[] row : rows) {
            assertEquals(4, row.length, String.join(" | ", row));
            Matcher m = TEST_REF.matcher(row[2]);
            boolean any = false;
            while (m.find()) {
                any = true;
                String method = m.group(2);
                Class<?> c = testClass(m.group(1));
                assertTrue(Arrays.stream(c.getDeclaredMethods()).anyMatch(d -> d.getName().equals(method) && isTest(d)),
                        c.getSimpleName() + " has no test method " + method);
            }
            assertTrue(any || row[2].startsWith("no test: "), "row names no test and says not why: " + row[1]);
            assertFalse(row[3].isBlank(), "row says nothing of 1017baf: " + row[1]);
        }
    }
}
