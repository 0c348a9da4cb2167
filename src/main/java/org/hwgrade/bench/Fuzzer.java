package org.hwgrade.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.hwgrade.grading.Assignment;
import org.hwgrade.grading.Grading;
import org.hwgrade.model.SubmissionResult;
import org.hwgrade.report.CheckReport;
import org.hwgrade.report.FeedbackMarkdown;
import org.hwgrade.report.GradescopeJson;
import org.hwgrade.report.JunitXml;
import org.hwgrade.report.ResultsJson;
import org.hwgrade.report.Reveal;

/**
 * Mutates hand-ins (the samples, the seed, the hostile corpus) and runs each mutant through what a
 * student's file meets: reading, grading, and every report written for one student. It looks for
 * three things: an <em>escape</em> (any throwable out of those steps, or an internal error the
 * grader contained, both bugs), an input slower than {@link #allowedNanos(long)} for its size, and
 * the heap that survives garbage collection (a leak or a per-file blow-up shows there).
 * Mutants that escape or are slow are kept in the work folder to reproduce them.
 */
public final class Fuzzer {

    /** Inputs whose time exceeds this are reported: a fixed start plus a linear allowance per byte. */
    static final long BASE_NANOS = 1_000_000_000L;
    static final long NANOS_PER_BYTE = 2_000;
    /** Mutants kept per kind of finding, so a systematic bug does not fill the disk. */
    private static final int KEPT = 20;

    /** Text that the readers treat specially, spliced into mutants. */
    private static final List<String> TOKENS = List.of("(a)", "(b)", "(e)", "## Problem 2", "\\section*{Problem 4}",
            "\\begin{bmatrix}", "\\end{bmatrix}", "\\frac{", "}{", "\\\\", " & ", "[[", "]]", "= ", "1/0", "0/0",
            "12352/0", ".inf", ".nan", "1e999", "10^{1000}", "9".repeat(1001), "\u001b[31m", "\u0000", "\ufeff", "\r",
            "\n\n", "\ud835\udfd8", "\ud83d\ude00", "\ud83d", "&a [*a, *a]", "*a", "{", "}", "^", "-", "\u00d7", "\\cdots",
            "k_{11} = ", "Therefore ", "Answer: ", "4e: ", "\"4e\": ", "- ", "\t", "$$", "\\left(", "\\right)", "np.array([",
            "])", ";", ",", "e-", "\u2212", "<img src=x onerror=alert(1)>", "Name: ", "Student ID: 2020", "$");

    private static final List<String> EXTENSIONS = List.of("md", "txt", "tex", "yaml", "json");

    /** What a run found. */
    public record Report(long inputs, long bytes, long escapes, long slow, long maxNanos, long maxNanosBytes,
            long maxRetainedHeap, long wallNanos, List<String> findings) {

        public String text() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%d inputs, %.1f MB, %.1f s (%.1f µs per input)%n", inputs, bytes / 1e6, wallNanos / 1e9,
                    inputs == 0 ? 0 : wallNanos / 1e3 / inputs));
            sb.append(String.format("escapes: %d; slower than %d ms + %d µs/KB: %d%n", escapes, BASE_NANOS / 1_000_000,
                    NANOS_PER_BYTE, slow));
            sb.append(String.format("slowest input: %.1f ms for %d bytes%n", maxNanos / 1e6, maxNanosBytes));
            sb.append(String.format("largest heap retained after a collection: %.1f MB%n", maxRetainedHeap / 1e6));
            findings.forEach(f -> sb.append("  ").append(f).append('\n'));
            return sb.toString();
        }
    }

    private final Assignment assignment;
    private final Grading grading;

    public Fuzzer(Assignment assignment) {
        this.assignment = assignment;
        this.grading = new Grading(assignment);
    }

    static long allowedNanos(long bytes) {
        return BASE_NANOS + NANOS_PER_BYTE * bytes;
    }

    /**
     * @param seeds    hand-in files to mutate
     * @param inputs   how many mutants to run
     * @param work     an empty folder for the mutants (each is written there, as a student's file is read)
     * @param progress told the number of inputs done, every 1% of the run
     */
    public Report run(List<Path> seeds, long inputs, long seed, Path work, LongConsumer progress) throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        for (Path s : seeds) {
            corpus.add(Files.readAllBytes(s));
            String name = s.getFileName().toString();
            extensions.add(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "txt");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        long start = System.nanoTime();
        long bytes = 0;
        long escapes = 0;
        long slow = 0;
        long maxNanos = 0;
        long maxNanosBytes = 0;
        long maxRetained = 0;
        List<String> findings = new ArrayList<>();
        int knownInternal = 0;
        long step = Math.max(1, inputs / 100);
        for (long i = 0; i < inputs; i++) {
            int from = rnd.nextInt(corpus.size());
            byte[] mutant = mutate(corpus.get(from), corpus, rnd);
            String ext = rnd.nextInt(8) == 0 ? EXTENSIONS.get(rnd.nextInt(EXTENSIONS.size())) : extensions.get(from);
            Path file = work.resolve("input-" + (i % 16) + "." + ext);
            Files.write(file, mutant);
            bytes += mutant.length;
            long t0 = System.nanoTime();
            String problem = null;
            try {
                SubmissionResult r = grading.grade(file);
                writeEveryReport(r);
                if (grading.internalErrors().size() > knownInternal) {
                    knownInternal = grading.internalErrors().size();
                    problem = "internal error: " + r.submission().unreadable().orElse("");
                }
            } catch (Throwable e) {
                problem = "escaped: " + e;
            }
            long nanos = System.nanoTime() - t0;
            if (nanos > maxNanos) {
                maxNanos = nanos;
                maxNanosBytes = mutant.length;
            }
            if (problem != null) {
                escapes++;
                keep(work, "escape", escapes, ext, mutant, problem, findings);
            } else if (nanos > allowedNanos(mutant.length)) {
                slow++;
                keep(work, "slow", slow, ext, mutant, String.format("%.0f ms for %d bytes", nanos / 1e6, mutant.length),
                        findings);
            }
            if ((i + 1) % step == 0) {
                maxRetained = Math.max(maxRetained, retained(heap));
                progress.accept(i + 1);
            }
        }
        return new Report(inputs, bytes, escapes, slow, maxNanos, maxNanosBytes, maxRetained, System.nanoTime() - start,
                List.copyOf(findings));
    }

    /** What `grade` and `check` write for one student: a bug in any writer is an escape too. */
    private void writeEveryReport(SubmissionResult r) {
        CheckReport report = new CheckReport(assignment.rubric(), r.submission(), Optional.of(r), Reveal.KEY, 0);
        FeedbackMarkdown.render(assignment.rubric(), r);
        ResultsJson.single(r);
        GradescopeJson.render(report);
        JunitXml.write(new ByteArrayOutputStream(), report);
    }

    private static long retained(List<MemoryPoolMXBean> heap) {
        long used = 0;
        for (MemoryPoolMXBean pool : heap) {
            var usage = pool.getCollectionUsage();
            used += usage == null ? 0 : usage.getUsed();
        }
        return used;
    }

    private static void keep(Path work, String kind, long n, String ext, byte[] mutant, String problem,
            List<String> findings) throws IOException {
        if (n > KEPT) {
            return;
        }
        Path kept = work.resolve(kind + "-" + n + "." + ext);
        Files.write(kept, mutant);
        findings.add(kept + ": " + problem);
    }

    /** One to eight random edits; rarely, a run repeated until the file nears the 2 MB limit. */
    static byte[] mutate(byte[] original, List<byte[]> corpus, SplittableRandom rnd) {
        Bytes b = new Bytes(original);
        int edits = 1 + rnd.nextInt(8);
        for (int e = 0; e < edits; e++) {
            switch (rnd.nextInt(9)) {
                case 0 -> b.flipBit(rnd);
                case 1 -> b.set(rnd, (byte) rnd.nextInt(256));
                case 2, 3 -> b.insert(rnd, TOKENS.get(rnd.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                case 4 -> b.delete(rnd, 1 + rnd.nextInt(64));
                case 5 -> b.repeat(rnd, 1 + rnd.nextInt(256), 1 + rnd.nextInt(rnd.nextInt(50) == 0 ? 2000 : 20));
                case 6 -> {
                    byte[] other = corpus.get(rnd.nextInt(corpus.size()));
                    if (other.length > 0) {
                        int at = rnd.nextInt(other.length);
                        b.insert(rnd, java.util.Arrays.copyOfRange(other, at, Math.min(other.length, at + 1 + rnd.nextInt(512))));
                    }
                }
                case 7 -> b.truncate(rnd);
                default -> b.insert(rnd, (rnd.nextBoolean() ? "\n(" + (char) ('a' + rnd.nextInt(5)) + ")\n" : "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        if (rnd.nextInt(20_000) == 0) {
            b.growTo(rnd, 2 * 1024 * 1024 - rnd.nextInt(4096));
        }
        return b.toArray();
    }

    /** A growable byte buffer with the edits above. */
    private static final class Bytes {
        private byte[] a;
        private int n;

        Bytes(byte[] original) {
            a = java.util.Arrays.copyOf(original, Math.max(16, original.length * 2));
            n = original.length;
        }

        private int at(SplittableRandom rnd) {
            return n == 0 ? 0 : rnd.nextInt(n + 1);
        }

        private void room(int more) {
            if (n + more > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + more));
            }
        }

        void flipBit(SplittableRandom rnd) {
            if (n > 0) {
                a[rnd.nextInt(n)] ^= (byte) (1 << rnd.nextInt(8));
            }
        }

        void set(SplittableRandom rnd, byte v) {
            if (n > 0) {
                a[rnd.nextInt(n)] = v;
            }
        }

        void insert(SplittableRandom rnd, byte[] bytes) {
            int at = at(rnd);
            room(bytes.length);
            System.arraycopy(a, at, a, at + bytes.length, n - at);
            System.arraycopy(bytes, 0, a, at, bytes.length);
            n += bytes.length;
        }

        void delete(SplittableRandom rnd, int len) {
            int at = at(rnd);
            int end = Math.min(n, at + len);
            System.arraycopy(a, end, a, at, n - end);
            n -= end - at;
        }

        void repeat(SplittableRandom rnd, int len, int times) {
            int at = at(rnd);
            int end = Math.min(n, at + len);
            byte[] run = java.util.Arrays.copyOfRange(a, at, end);
            for (int t = 0; t < times && n + run.length <= 2 * 1024 * 1024; t++) {
                room(run.length);
                System.arraycopy(a, end, a, end + run.length, n - end);
                System.arraycopy(run, 0, a, end, run.length);
                n += run.length;
            }
        }

        void truncate(SplittableRandom rnd) {
            n = at(rnd);
        }

        void growTo(SplittableRandom rnd, int size) {
            if (n == 0) {
                return;
            }
            int at = rnd.nextInt(n);
            byte[] run = java.util.Arrays.copyOfRange(a, at, Math.min(n, at + 1 + rnd.nextInt(64)));
            room(size - n);
            while (n + run.length <= size) {
                System.arraycopy(run, 0, a, n, run.length);
                n += run.length;
            }
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
