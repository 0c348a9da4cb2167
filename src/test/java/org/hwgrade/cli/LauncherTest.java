package org.hwgrade.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ./hwgrade run as a user runs it: with the caller's locale stripped (issue 10: with
 * LANG unset a class holding José.md exited 3; with LC_ALL=de_DE the names came out garbled), and
 * the JVM it picks per command. The script is this repository's own, copied beside a jar whose
 * manifest starts this build's classes, so the launcher neither rebuilds nor needs the packaged jar.
 */
class LauncherTest {

    /** "José" as UTF-8 bytes in bash's printf octal escapes: the test must not rely on its own JVM's locale. */
    private static final String JOSE_BYTES = "Jos\\303\\251";
    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    static Path dir;
    static Path launcher;
    static Path classDir;

    @BeforeAll
    static void layOutTheLauncherBesideAJarOfThisBuild() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(BASH), "bash is not installed, and the launcher ./hwgrade is a bash script: not tested");
        Path home = Files.createDirectories(dir.resolve("hwgrade-home"));
        launcher = Files.copy(Path.of("hwgrade"), home.resolve("hwgrade"));
        assertTrue(launcher.toFile().setExecutable(true));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPathUrls());
        Path target = Files.createDirectories(home.resolve("target"));
        try (OutputStream jar = new JarOutputStream(Files.newOutputStream(target.resolve("hwgrade.jar")), manifest)) {
            jar.flush();
        }
        classDir = Files.createDirectories(dir.resolve("class"));
        Files.copy(Path.of("submissions-sample/alice.md"), classDir.resolve("alice.md"));
        assertEquals(0, bash("cp alice.md \"$(printf '" + JOSE_BYTES + ".md')\"", classDir, Map.of()).code());
    }

    /** This test JVM's class path as the space-separated URLs a manifest's Class-Path holds. */
    private static String classPathUrls() {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        return String.join(" ", urls);
    }

    record Result(int code, String out, String err) {
    }

    /** Runs a bash command in {@code cwd} with no environment but PATH (java first) and {@code env}. */
    private static Result bash(String command, Path cwd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(BASH.toString(), "-c", command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 120 s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Result grade(String hwgrade, Path out, Map<String, String> env) throws IOException, InterruptedException {
        String rubric = Path.of("rubrics/dl-hw3.yaml").toAbsolutePath().toString();
        return bash(hwgrade + " grade '" + rubric + "' '" + classDir + "' --out '" + out + "' --jobs 1", dir, env);
    }

    private static void assertJoseGradedWithHisName(Result r, Path out) throws IOException, InterruptedException {
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("hwgrade: warning"), r.err());
        List<String> students = new ArrayList<>();
        for (JsonNode s : new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("submissions")) {
            students.add(s.get("student").asText() + " " + s.get("status").asText() + " " + s.get("score").asDouble());
        }
        assertEquals(List.of("Jos\u00e9 graded 40.0", "alice graded 40.0"), students.stream().sorted().toList());
        assertEquals(0, bash("test -f \"feedback/$(printf '" + JOSE_BYTES + ".md')\"", out, Map.of()).code(),
                "feedback/Jos\u00e9.md, its name in UTF-8");
    }

    @Test
    void withLangUnsetJoseIsGradedUnderHisName() throws IOException, InterruptedException {
        Path out = dir.resolve("out-no-locale");
        assertJoseGradedWithHisName(grade("'" + launcher + "'", out, Map.of()), out);
    }

    @Test
    void withALatin1LocaleJoseIsGradedUnderHisName() throws IOException, InterruptedException {
        Path out = dir.resolve("out-latin1");
        assertJoseGradedWithHisName(grade("'" + launcher + "'", out, Map.of("LC_ALL", "de_DE.ISO-8859-1", "LANG", "de_DE")), out);
    }

    /**
     * The control: without the launcher the same stripped environment decodes file names as ASCII,
     * and hwgrade warns of it; so the two tests above do run in a locale that garbles names.
     */
    @Test
    void withoutTheLauncherTheStrippedLocaleIsNamedInAWarning() throws IOException, InterruptedException {
        String java = "java -cp '" + System.getProperty("java.class.path") + "' " + Main.class.getName();
        Result r = grade(java, dir.resolve("out-direct"), Map.of());
        assertTrue(r.err().contains("warning: this locale decodes file names as"), r.err());
    }

    /** The collector the JVM ran with, from -XX:+PrintCommandLineFlags (printed on stdout before hwgrade's own output). */
    private static String collector(Result r) {
        for (String flag : r.out().split("\\s+")) {
            if (flag.matches("-XX:\\+Use[A-Za-z0-9]*GC")) {
                return flag;
            }
        }
        throw new AssertionError("no collector flag in the output: " + r.out() + r.err());
    }

    @Test
    void gradeRunsWithTheParallelCollectorAndLessInliningAndCheckWithTheSerialCollector() throws IOException, InterruptedException {
        Map<String, String> printFlags = Map.of("HWGRADE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Result graded = grade("'" + launcher + "'", dir.resolve("out-gc"), printFlags);
        assertEquals(0, graded.code(), graded.err());
        assertEquals("-XX:+UseParallelGC", collector(graded));
        assertTrue(graded.out().contains("-XX:FreqInlineSize=50") && graded.out().contains("-XX:InlineSmallCode=500"), graded.out());
        String rubric = Path.of("rubrics/dl-hw3.yaml").toAbsolutePath().toString();
        Result checked = bash("'" + launcher + "' check '" + rubric + "' alice.md", classDir, printFlags);
        assertEquals("-XX:+UseSerialGC", collector(checked), checked.err());
    }

    /** Two collectors stop the JVM ("multiple garbage collectors selected"): the caller's choice must replace the launcher's. */
    @Test
    void aCollectorNamedInTheJavaOptionsReplacesTheLaunchersChoice() throws IOException, InterruptedException {
        Path out = dir.resolve("out-g1");
        Result r = grade("'" + launcher + "'", out, Map.of("HWGRADE_JAVA_OPTS", "-XX:+UseG1GC -XX:+PrintCommandLineFlags"));
        assertEquals(0, r.code(), r.err());
        assertEquals("-XX:+UseG1GC", collector(r));
        assertTrue(Files.exists(out.resolve("results.json")));
    }
}
