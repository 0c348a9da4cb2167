package org.hwgrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and parsing one generated all-right hand-in (about 2-10 KB) per layout, file read
 * included (from the page cache). Run as in docs/performance.md; not part of `mvn verify`.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    @Param({"MARKDOWN", "LATEX", "PLAIN", "YAML"})
    public Layout layout;

    private Path dir;
    private Path file;
    private Grading grading;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Assignment hw3 = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
        grading = new Grading(hw3);
        dir = Files.createTempDirectory("hwgrade-jmh");
        file = dir.resolve("student." + layout.extension());
        Files.writeString(file, new ClassGenerator(hw3).allRight(layout, 1));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Submission parseOneSubmission() {
        return grading.read(file);
    }
}
