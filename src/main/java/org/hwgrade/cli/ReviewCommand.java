package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Grading;
import org.hwgrade.lms.Roster;
import org.hwgrade.report.ReviewQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Lists what awaits a person: every part left for review, with the lines read.",
            "For each, a decision to paste into DIR/overrides.yaml (docs/review.md), with the",
            "hash of the answer filled in; `grade` then scores the part as decided",
            "(matched: override) on every run, until the answer changes. Writes nothing."})
final class ReviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH",
            description = "the class, as given to grade")
    private List<Path> paths;

    @Option(names = "--out", defaultValue = "grades", paramLabel = "DIR",
            description = "the class's output folder, whose overrides file is applied (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--roster", paramLabel = "CSV", description = "the class list, as given to grade")
    private Path roster;

    @Override
    public Integer call() {
        List<ReviewQueue.Item> items = new Grading(rubric.load())
                .reviewQueue(paths, out, Optional.ofNullable(roster).map(Roster::read));
        spec.commandLine().getOut().print(ReviewQueue.text(items, out.resolve("overrides.yaml").toString()));
        return 0;
    }
}
