package org.hwgrade.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hwgrade.model.HwgradeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder's generations: all or nothing, one run at a time, cleaned after kills. */
class ReportGenerationTest {

    private static final List<Path> NO_INPUTS = List.of();

    /** One run writing {@code results.json} (and more files when given) holding {@code text}. */
    private static void run(Path out, String text, String... otherReports) throws IOException {
        try (ReportGeneration g = ReportGeneration.open(out, NO_INPUTS)) {
            write(g, "results.json", text);
            for (String name : otherReports) {
                write(g, name, text);
            }
            Files.writeString(g.folder("feedback").resolve("alice.md"), text);
            g.commit();
        }
    }

    private static void write(ReportGeneration g, String name, String text) throws IOException {
        OutputStream s = g.create(name);
        s.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> entries(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunThatDoesNotCommitLeavesTheEarlierReportsWhole(@TempDir Path out) throws IOException {
        run(out, "one");
        try (ReportGeneration g = ReportGeneration.open(out, NO_INPUTS)) {
            write(g, "results.json", "two");
            Files.writeString(g.folder("feedback").resolve("alice.md"), "two");
        }
        assertEquals("one", Files.readString(out.resolve("results.json")));
        assertEquals("one", Files.readString(out.resolve("feedback/alice.md")));
        assertEquals(List.of(".hwgrade-gen-1", ".hwgrade.lock", "current", "feedback", "results.json"), entries(out));
    }

    @Test
    void everyReportSwitchesWithTheOneLinkCurrent(@TempDir Path out) throws IOException {
        run(out, "one");
        run(out, "two");
        assertEquals(Path.of(".hwgrade-gen-2"), Files.readSymbolicLink(out.resolve("current")));
        assertEquals(Path.of("current/results.json"), Files.readSymbolicLink(out.resolve("results.json")));
        assertEquals("two", Files.readString(out.resolve("feedback/alice.md")));
        assertFalse(Files.exists(out.resolve(".hwgrade-gen-1")), "the previous generation is removed");
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNext(@TempDir Path out) throws IOException {
        run(out, "one");
        Files.createDirectories(out.resolve(".hwgrade-gen-7/feedback"));
        Files.writeString(out.resolve(".hwgrade-gen-7/feedback/bob.md"), "half-written");
        Files.createSymbolicLink(out.resolve(".hwgrade-swap-current"), Path.of(".hwgrade-gen-7"));
        Files.createDirectories(out.resolve(".feedback-123-456"));
        Files.writeString(out.resolve(".results.json123.tmp"), "temporary file of hwgrade 0.1");
        run(out, "two");
        assertEquals(List.of(".hwgrade-gen-2", ".hwgrade.lock", "current", "feedback", "results.json"), entries(out));
    }

    @Test
    void aSecondRunOnTheSameFolderFailsWhileTheFirstIsWriting(@TempDir Path out) throws IOException {
        try (ReportGeneration first = ReportGeneration.open(out, NO_INPUTS)) {
            HwgradeException e = assertThrows(HwgradeException.class, () -> ReportGeneration.open(out, NO_INPUTS));
            assertTrue(e.getMessage().contains("another hwgrade run is writing reports to this folder"), e.getMessage());
            write(first, "results.json", "first");
            first.commit();
        }
        run(out, "after the first has finished");
        assertEquals("after the first has finished", Files.readString(out.resolve("results.json")));
    }

    @Test
    void reportsGetTheModeTheUmaskGives(@TempDir Path out) throws IOException {
        run(out, "one");
        Path plain = Files.createFile(out.getParent().resolve(out.getFileName() + "-plain"));
        Path plainDir = Files.createDirectory(out.getParent().resolve(out.getFileName() + "-plain-dir"));
        try {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("results.json")));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("feedback/alice.md")));
            assertEquals(Files.getPosixFilePermissions(plainDir), Files.getPosixFilePermissions(out.resolve("current/")));
        } finally {
            Files.delete(plain);
            Files.delete(plainDir);
        }
    }

    @Test
    void reportsOfTheOldLayoutAreReplacedByLinks(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("results.json"), "old");
        Files.writeString(out.resolve("gradebook.csv"), "old");
        Files.createDirectories(out.resolve("feedback"));
        Files.writeString(out.resolve("feedback/carol.md"), "old");
        run(out, "new", "gradebook.csv");
        assertEquals("new", Files.readString(out.resolve("gradebook.csv")));
        assertTrue(Files.isSymbolicLink(out.resolve("feedback")));
        assertEquals(List.of("alice.md"), entries(out.resolve("feedback")));
    }

    @Test
    void aReportAddedOrDroppedGainsOrLosesItsLink(@TempDir Path out) throws IOException {
        run(out, "one", "summary.html");
        assertEquals("one", Files.readString(out.resolve("summary.html")));
        run(out, "two");
        assertFalse(Files.exists(out.resolve("summary.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFolderOfSomethingElseIsRefusedUntouched(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("feedback"));
        Files.writeString(out.resolve("feedback/notes.txt"), "the TA's notes");
        HwgradeException e = assertThrows(HwgradeException.class, () -> ReportGeneration.open(out, NO_INPUTS));
        assertTrue(e.getMessage().contains("not hwgrade's reports: feedback"), e.getMessage());
        assertEquals(List.of("feedback"), entries(out), "not even a lock file is left");
    }

    @Test
    void anInputRootOrAFolderHoldingOneIsRefused(@TempDir Path dir) throws IOException {
        Path submissions = Files.createDirectories(dir.resolve("class"));
        Path link = Files.createSymbolicLink(dir.resolve("link-to-class"), submissions);
        for (Path out : List.of(submissions, dir, link)) {
            HwgradeException e = assertThrows(HwgradeException.class,
                    () -> ReportGeneration.open(out, List.of(submissions)), out.toString());
            assertTrue(e.getMessage().contains("is, or holds, the submissions being graded"), e.getMessage());
        }
    }
}
