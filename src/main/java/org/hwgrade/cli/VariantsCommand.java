package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.grading.VariantSheets;
import org.hwgrade.lms.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `hwgrade variants RUBRIC ROSTER --out sheets/`: every student's own problem sheet and key. */
@Command(name = "variants", mixinStandardHelpOptions = true,
        description = {"Writes each student's problem sheet (Markdown and LaTeX) and key, for a rubric",
            "whose givens are drawn per student (docs/rubric.md, Variants), and keys.json, the class key index.",
            "The numbers depend only on the assignment and the student id: the same on every run."})
final class VariantsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1", paramLabel = "ROSTER", description = "the class list (CSV with an id column, as for grade --roster)")
    private Path roster;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "sheets",
            description = "where the sheets and keys go (default: ${DEFAULT-VALUE})")
    private Path out;

    @Override
    public Integer call() {
        int n = VariantSheets.write(rubric.load(), Roster.read(roster), out);
        spec.commandLine().getOut().println("Wrote the sheets and keys of " + n + " students to " + out + " (index: keys.json)");
        return 0;
    }
}
