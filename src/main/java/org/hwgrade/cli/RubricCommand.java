package org.hwgrade.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.grading.Assignment;
import org.hwgrade.model.HwgradeException;
import org.hwgrade.rubric.StudentSafeRubric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `hwgrade rubric public RUBRIC`: what a TA does to a rubric, beside grading with it. */
@Command(name = "rubric", mixinStandardHelpOptions = true,
        description = "Writes copies of a rubric for other uses.",
        subcommands = RubricCommand.Public.class)
final class RubricCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "public", mixinStandardHelpOptions = true,
            description = {"Writes the student-safe copy of a rubric, for a student's repository and CI:",
                "part ids, titles, labels, kinds and points, and the names of givens and symbols;",
                "no given values, formulas, misconceptions or key. `check` reads with it at",
                "--reveal none or found. The full rubric is solved first, so a broken one is refused."})
    static final class Public implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private RubricArgument rubric;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
        private Path out;

        @Override
        public Integer call() {
            Assignment a = rubric.load(); // solved on loading: a broken rubric is refused here
            if (a.rubric().studentSafe()) {
                throw new HwgradeException(a.file() + " is already a student-safe rubric", null,
                        "run this on the full rubric", null);
            }
            String text = StudentSafeRubric.write(a.rubric());
            if (out == null) {
                spec.commandLine().getOut().print(text);
                return 0;
            }
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new HwgradeException("cannot write " + out + ": " + e.getMessage(), null, "check the path", e);
            }
            return 0;
        }
    }
}
