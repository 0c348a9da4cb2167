package org.hwgrade.grading;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for report tests: Debian's chromium, headless, with no network, no first-run or
 * background services, and a fresh profile per run. It loads a page, and gives back the DOM after
 * load, a screenshot, and every console message (Chromium logs them to stderr as CONSOLE lines,
 * uncaught errors and Content-Security-Policy refusals included).
 */
final class HeadlessChromium {

    record Page(String dom, List<String> console) {
    }

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    static Optional<HeadlessChromium> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new HeadlessChromium(p));
                }
            }
        }
        return Optional.empty();
    }

    Page load(Path html, Path screenshot, Path scratch) throws IOException, InterruptedException {
        String url = html.toAbsolutePath().toUri().toString();
        List<String> common = List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0");
        Path domOut = scratch.resolve("dom.html");
        Path logs = scratch.resolve("dom.log");
        run(with(common, "--user-data-dir=" + Files.createTempDirectory(scratch, "profile"), "--dump-dom", url), domOut, logs);
        Path shotLogs = scratch.resolve("shot.log");
        run(with(common, "--user-data-dir=" + Files.createTempDirectory(scratch, "profile"), "--hide-scrollbars",
                "--window-size=1280,1800", "--screenshot=" + screenshot.toAbsolutePath(), url), scratch.resolve("shot.out"), shotLogs);
        List<String> console = new ArrayList<>();
        for (Path log : List.of(logs, shotLogs)) {
            Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(":CONSOLE")).forEach(console::add);
        }
        return new Page(Files.readString(domOut, StandardCharsets.UTF_8), console);
    }

    private static List<String> with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all;
    }

    private static void run(List<String> command, Path stdout, Path stderr) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish within 120 s: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("chromium exited with " + p.exitValue() + ": " + Files.readString(stderr));
        }
    }
}
