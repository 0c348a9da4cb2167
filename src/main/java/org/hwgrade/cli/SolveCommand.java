package org.hwgrade.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hwgrade.formula.Datum;
import org.hwgrade.grading.Assignment;
import org.hwgrade.report.AnswerKeyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Prints the answer key that the solver computes from the rubric's givens.",
            "Nothing in the key is typed by hand: change a given and the key follows.",
            "With --all, every quantity of every problem too, to check a rubric step by step."})
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (a readable listing, the default) or json "
                    + "({\"assignment\", \"parts\": {\"2a\": {\"kind\", \"points\", \"value\"}}}; exact non-integers as \"p/q\")")
    private Format format;

    @Option(names = "--all", description = "also print every given and quantity of every problem, not only the parts' "
            + "answers (JSON: beside \"parts\", \"quantities\": {problem: {name: value}})")
    private boolean all;

    @Override
    public Integer call() {
        Assignment a = rubric.load();
        Map<String, Map<String, Datum>> quantities = new LinkedHashMap<>();
        if (all) {
            a.rubric().problems().forEach(p -> quantities.put(p.id(), a.solved().quantities(p.id())));
        }
        String out = format == Format.json
                ? (all ? AnswerKeyReport.json(a.rubric(), a.solved().key(), quantities)
                        : AnswerKeyReport.json(a.rubric(), a.solved().key()))
                : AnswerKeyReport.text(a.rubric(), a.solved().key(), quantities);
        spec.commandLine().getOut().print(out);
        return 0;
    }
}
