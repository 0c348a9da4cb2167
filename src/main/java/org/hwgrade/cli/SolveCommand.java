package org.hwgrade.cli;

import java.util.concurrent.Callable;
import org.hwgrade.grading.Assignment;
import org.hwgrade.report.AnswerKeyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Prints the answer key that the solver computes from the rubric's givens.",
            "Nothing in the key is typed by hand: change a given and the key follows."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a readable listing, the default) or json "
                    + "({\"assignment\", \"parts\": {\"2a\": {\"kind\", \"points\", \"value\"}}}; exact non-integers as \"p/q\")")
    private Format format;

    @Override
    public Integer call() {
        Assignment a = rubric.load();
        String out = format == Format.json
                ? AnswerKeyReport.json(a.rubric(), a.solved().key())
                : AnswerKeyReport.text(a.rubric(), a.solved().key());
        spec.commandLine().getOut().print(out);
        return 0;
    }
}
