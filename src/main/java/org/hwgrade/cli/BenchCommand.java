package org.hwgrade.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hwgrade.bench.ClassGenerator;
import org.hwgrade.grading.Assignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark tools (docs/performance.md).",
        subcommands = BenchCommand.Generate.class)
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes a synthetic class for the rubric: Markdown, LaTeX, plain-text and YAML hand-ins",
                "of 2-10 KB with right answers, the rubric's misconceptions, slips, missing parts and",
                "garbage files. The same --seed gives the same files."})
    static final class Generate implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--students", required = true, paramLabel = "N", description = "how many hand-ins")
        private int students;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
        private long seed;

        @Option(names = "--rubric", defaultValue = "rubrics/dl-hw3.yaml", paramLabel = "RUBRIC",
                description = "the rubric the answers are for (default: ${DEFAULT-VALUE})")
        private Path rubric;

        @Parameters(index = "0", paramLabel = "OUT", description = "the folder to write into")
        private Path out;

        @Override
        public Integer call() throws Exception {
            if (students < 0) {
                throw new ParameterException(spec.commandLine(), "--students must not be negative");
            }
            long bytes = new ClassGenerator(Assignment.load(rubric)).generate(out, students, seed);
            spec.commandLine().getOut().printf("%d hand-ins, %d bytes, written to %s%n", students, bytes, out);
            return 0;
        }
    }
}
