package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Submission;
import org.hwgrade.report.ExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Shows what the grader reads in each submission, and where.",
            "Per part: the value, the file, line and column it came from and the raw text;",
            "or why the part was not found. Grades nothing."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "submission files (.md .tex .txt .yaml .yml .json) or a student's folder")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default) or json: one object per file (an array for several files)")
    private Format format;

    @Override
    public Integer call() {
        Grading grading = new Grading(rubric.load());
        List<Submission> read = files.stream().map(grading::read).toList();
        var a = grading.assignment();
        spec.commandLine().getOut().print(format == Format.json
                ? ExtractionReport.json(a.rubric(), read)
                : ExtractionReport.text(a.rubric(), read));
        return 0;
    }
}
