package org.hwgrade.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.AnswerTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Prints an answer file for the rubric to hand out to students.",
            "One heading per problem, one marker and label per part: the grader reads every",
            "answer written after its '=' with certainty (docs/submissions.md)."})
final class TemplateCommand implements Callable<Integer> {

    /** As typed on the command line. */
    enum Kind {
        md, tex, yaml, ipynb
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private RubricArgument rubric;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md (the default), tex, yaml or ipynb (a notebook of Markdown cells)")
    private Kind format;

    @Option(names = "--with-key", description = "fill in every answer with the key: a model solution, "
            + "and a way to check that the rubric grades its own key full")
    private boolean withKey;

    @Override
    public Integer call() {
        Assignment a = rubric.load();
        AnswerTemplate.Format f = AnswerTemplate.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        spec.commandLine().getOut().print(AnswerTemplate.write(a.rubric(), f,
                withKey ? Optional.of(a.solved().key()) : Optional.empty()));
        return 0;
    }
}
