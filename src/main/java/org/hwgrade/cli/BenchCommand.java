package org.hwgrade.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hwgrade.bench.ClassGenerator;
import org.hwgrade.bench.Fuzzer;
import org.hwgrade.grading.Assignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark tools (docs/performance.md).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Fuzz.class})
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

    @Command(name = "fuzz", mixinStandardHelpOptions = true,
            description = {"Mutates hand-ins and runs each through reading, grading and every report of one student,",
                "looking for escapes (an exception or internal error), inputs slower than 1 s + 2 µs per byte,",
                "and the heap retained after collections (docs/reliability.md). Exits 1 when it finds any;",
                "the mutants that did are kept in --work. The same --seed gives the same inputs."})
    static final class Fuzz implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--inputs", defaultValue = "10000", paramLabel = "N", description = "how many mutants (default: ${DEFAULT-VALUE})")
        private long inputs;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
        private long seed;

        @Option(names = "--rubric", defaultValue = "rubrics/dl-hw3.yaml", paramLabel = "RUBRIC",
                description = "the rubric to grade against (default: ${DEFAULT-VALUE})")
        private Path rubric;

        @Option(names = "--work", paramLabel = "DIR", description = "where mutants are written (default: a new temporary folder)")
        private Path work;

        @Parameters(arity = "0..*", paramLabel = "SEEDS",
                description = "files or folders of hand-ins to mutate (default: submissions-sample, src/test/resources/seed and src/test/resources/hostile)")
        private List<Path> seeds = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            if (inputs < 1) {
                throw new ParameterException(spec.commandLine(), "--inputs must be at least 1");
            }
            List<Path> roots = seeds.isEmpty() ? List.of(Path.of("submissions-sample"), Path.of("src/test/resources/seed"),
                    Path.of("src/test/resources/hostile")) : seeds;
            List<Path> files = new ArrayList<>();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                    }
                } else if (Files.isRegularFile(root)) {
                    files.add(root);
                }
            }
            if (files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no seed files found in " + roots);
            }
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("hwgrade-fuzz");
            var err = spec.commandLine().getErr();
            Fuzzer.Report report = new Fuzzer(Assignment.load(rubric)).run(files, inputs, seed, dir, done -> {
                if (done % Math.max(1, inputs / 10) == 0) {
                    err.printf("hwgrade: fuzz: %d of %d inputs%n", done, inputs);
                    err.flush();
                }
            });
            spec.commandLine().getOut().printf("%d seed files; mutants in %s%n%s", files.size(), dir, report.text());
            return report.escapes() + report.slow() == 0 ? 0 : Main.CHECK_FAILED;
        }
    }
}
