package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.report.ResultsDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Says what changed between two runs: who, which parts, by how much and why",
            "(override, reading, key or rule; docs/results.md). Exit 0 when nothing changed, 1 when something did."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the earlier results.json")
    private Path oldResults;

    @Parameters(index = "1", paramLabel = "NEW", description = "the later results.json")
    private Path newResults;

    @Override
    public Integer call() {
        ResultsDiff diff = ResultsDiff.of(oldResults, newResults);
        spec.commandLine().getOut().print(diff.text());
        return diff.changed().isEmpty() && diff.added().isEmpty() && diff.removed().isEmpty() ? 0 : Main.CHECK_FAILED;
    }
}
