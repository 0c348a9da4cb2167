package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** docs/results.md's table of `grade` options lists exactly the options the command takes, in its order. */
class GradeDocsTest {

    @Test
    void gradeOptionsTableMatchesTheCommand() throws IOException {
        List<String> options = new CommandLine(new GradeCommand()).getCommandSpec().options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp()).map(OptionSpec::longestName).toList();
        assertEquals(options, CheckDocsTest.firstColumn("<!-- grade options -->"));
    }
}
