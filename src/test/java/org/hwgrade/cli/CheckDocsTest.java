package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hwgrade.report.Reveal;
import org.junit.jupiter.api.Test;

/** docs/results.md lists exactly the reveal levels and formats that `check` takes, in their order. */
class CheckDocsTest {

    @Test
    void revealLevelsTableMatchesTheCode() throws IOException {
        assertEquals(Arrays.stream(Reveal.values()).map(Reveal::key).toList(), firstColumn("<!-- reveal levels -->"));
    }

    @Test
    void formatsTableMatchesTheCode() throws IOException {
        assertEquals(Arrays.stream(CheckCommand.CheckFormat.values()).map(Enum::name).toList(), firstColumn("<!-- check formats -->"));
    }

    /** The first column of docs/results.md's table after {@code marker}, without its backticks. */
    static List<String> firstColumn(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/results.md"));
        List<String> names = new ArrayList<>();
        for (int i = lines.indexOf(marker) + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            names.add(lines.get(i).split("\\|")[1].strip().replace("`", ""));
        }
        return names;
    }
}
