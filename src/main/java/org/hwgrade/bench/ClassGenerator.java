package org.hwgrade.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.SplittableRandom;
import org.hwgrade.grading.Assignment;
import org.hwgrade.model.Expression;
import org.hwgrade.model.Misconception;
import org.hwgrade.model.Num;
import org.hwgrade.model.Part;
import org.hwgrade.model.Problem;
import org.hwgrade.model.Rational;
import org.hwgrade.model.Scalar;
import org.hwgrade.model.Shape;
import org.hwgrade.model.Tensor;
import org.hwgrade.model.Value;
import org.hwgrade.solver.QuantityGraph;
import org.hwgrade.solver.Variant;

/**
 * Writes a synthetic class for benchmarking: realistic hand-ins in Markdown, LaTeX, plain text and
 * YAML, with right answers, the rubric's misconceptions, slips, missing parts and garbage files.
 * Every answer comes from the solver (the key, or a quantity evaluated with a misconception's
 * mistake made), never typed here; only equivalent spellings of symbolic answers are fixed
 * ({@link Spellings}). Deterministic: the same seed and index give the same bytes.
 */
public final class ClassGenerator {

    /** What a generated student did on one problem. */
    enum Conduct { RIGHT, MISCONCEPTION, SLIP }

    /** A generated hand-in: its file name and its bytes. */
    public record HandIn(String fileName, byte[] bytes) {
    }

    private final Assignment assignment;

    public ClassGenerator(Assignment assignment) {
        this.assignment = Objects.requireNonNull(assignment, "assignment");
    }

    /** Writes {@code students} hand-ins into {@code folder} (created if needed) and returns the bytes written. */
    public long generate(Path folder, int students, long seed) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < students; i++) {
            HandIn h = handIn(seed, i);
            Files.write(folder.resolve(h.fileName()), h.bytes());
            bytes += h.bytes().length;
        }
        return bytes;
    }

    /** Student {@code index} of the class generated with {@code seed}. */
    public HandIn handIn(long seed, int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String name = String.format("s%06d", index);
        int kind = rnd.nextInt(100);
        if (kind < 4) {
            return Garbage.handIn(name, rnd);
        }
        Layout layout = kind < 42 ? Layout.MARKDOWN : kind < 60 ? Layout.LATEX : kind < 85 ? Layout.PLAIN : Layout.YAML;
        return new HandIn(name + "." + layout.extension(),
                layout.render(Names.pick(rnd), answers(rnd), rnd).getBytes(StandardCharsets.UTF_8));
    }

    /** Every part answered right, in {@code layout}: for tests and the microbenchmarks. */
    public String allRight(Layout layout, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Written> answers = new LinkedHashMap<>();
        for (Problem problem : assignment.rubric().problems()) {
            for (Part part : problem.parts()) {
                answers.put(part.id(), new Written(problem, part, assignment.solved().key().answer(part.id()), true));
            }
        }
        return layout.render(Names.pick(rnd), answers, rnd);
    }

    /** One answer as the student gives it: null value means the part is left out. */
    record Written(Problem problem, Part part, Value value, boolean right) {
    }

    private Map<String, Written> answers(SplittableRandom rnd) {
        Map<String, Written> out = new LinkedHashMap<>();
        for (Problem problem : assignment.rubric().problems()) {
            QuantityGraph graph = assignment.solved().graphOf(problem.id());
            boolean skipped = rnd.nextInt(100) < 4;
            int c = rnd.nextInt(100);
            Conduct conduct = c < 65 ? Conduct.RIGHT : c < 88 ? Conduct.MISCONCEPTION : Conduct.SLIP;
            Optional<Misconception> mistake = conduct == Conduct.MISCONCEPTION ? pickMistake(problem, rnd)
                    : Optional.empty();
            String slipPart = problem.parts().get(rnd.nextInt(problem.parts().size())).id();
            for (Part part : problem.parts()) {
                if (skipped || rnd.nextInt(100) < 3) {
                    out.put(part.id(), new Written(problem, part, null, false));
                    continue;
                }
                Value value = evaluate(graph, part, mistake);
                boolean right = mistake.isEmpty();
                if (conduct == Conduct.SLIP && part.id().equals(slipPart)) {
                    value = slip(value, rnd);
                    right = false;
                }
                out.put(part.id(), new Written(problem, part, value, right));
            }
        }
        return out;
    }

    /** One of the problem's misconceptions, made in every part (a misunderstanding is consistent). */
    private static Optional<Misconception> pickMistake(Problem problem, SplittableRandom rnd) {
        Map<String, Misconception> all = new LinkedHashMap<>();
        for (Part part : problem.parts()) {
            for (Misconception m : part.misconceptions()) {
                all.putIfAbsent(m.name(), m);
            }
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArrayList<>(all.values()).get(rnd.nextInt(all.size())));
    }

    /** The part's answer with the mistake made (its replaced formulas), in the part's own givens. */
    private Value evaluate(QuantityGraph graph, Part part, Optional<Misconception> mistake) {
        try {
            return graph.evaluate(part.quantity(), mistake.map(m -> Variant.of(part, m)).orElseGet(() -> Variant.of(part)));
        } catch (RuntimeException e) {
            // A mistake that cannot be made in this part (its formula does not fit here): the student got it right.
            return assignment.solved().key().answer(part.id());
        }
    }

    /** A careless mistake that no rule recognises: one entry, dimension or digit off. */
    private static Value slip(Value value, SplittableRandom rnd) {
        int delta = rnd.nextBoolean() ? 1 : -2;
        if (value instanceof Scalar s) {
            return new Scalar(shift(s.num(), delta));
        }
        if (value instanceof Shape s) {
            List<Integer> dims = new ArrayList<>(s.dims());
            int i = rnd.nextInt(dims.size());
            dims.set(i, Math.max(1, dims.get(i) + delta));
            return new Shape(dims);
        }
        if (value instanceof Tensor t) {
            List<Num> entries = new ArrayList<>(t.entries());
            int i = rnd.nextInt(entries.size());
            entries.set(i, shift(entries.get(i), delta));
            return new Tensor(t.dims(), entries);
        }
        return new Expression(Spellings.wrong(((Expression) value).source(), rnd));
    }

    private static Num shift(Num n, int delta) {
        if (n instanceof Rational r && r.isInteger()) {
            return Rational.of(r.numerator().add(BigInteger.valueOf(delta)));
        }
        return n;
    }
}
