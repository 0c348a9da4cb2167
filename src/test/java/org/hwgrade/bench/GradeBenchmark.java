package org.hwgrade.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.Submission;
import org.hwgrade.model.SubmissionResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading one parsed submission (comparison, misconceptions, follow-through, symbolic checks):
 * cycles through 64 parsed hand-ins of a generated class, so the symbolic verdict memo sees the
 * mix of repeated and new texts a class has. Not part of `mvn verify`.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradeBenchmark {

    private static final int HAND_INS = 64;

    private Grading grading;
    private final List<Submission> parsed = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Assignment hw3 = Assignment.load(Path.of("rubrics/dl-hw3.yaml"));
        grading = new Grading(hw3);
        Path dir = Files.createTempDirectory("hwgrade-jmh");
        ClassGenerator generator = new ClassGenerator(hw3);
        for (int i = 0; i < HAND_INS; i++) {
            ClassGenerator.HandIn h = generator.handIn(1, i);
            Path f = dir.resolve(h.fileName());
            Files.write(f, h.bytes());
            parsed.add(grading.read(f));
            Files.delete(f);
        }
        Files.delete(dir);
    }

    @Benchmark
    public SubmissionResult gradeOneParsedSubmission() {
        Submission s = parsed.get(next);
        next = (next + 1) % HAND_INS;
        return grading.grade(s);
    }
}
