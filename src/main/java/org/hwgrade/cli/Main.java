package org.hwgrade.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hwgrade.model.HwgradeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the one place that prints and exits, and the one error boundary. Exit codes:
 * 0 success, 1 a check that did not pass, 2 a usage or rubric error (or unwritable output),
 * 3 an internal error (a bug: please report it).
 */
@Command(
        name = "hwgrade",
        mixinStandardHelpOptions = true,
        version = "hwgrade 0.1.0",
        description = {
            "Grades written deep-learning homework against an answer key computed from the problem's givens.",
            "",
            "Start with: hwgrade grade rubrics/dl-hw3.yaml submissions-sample/"},
        footer = {"", "Exit codes: 0 ok, 1 check not passed, 2 usage or rubric error, 3 internal error."})
public final class Main implements Runnable {

    static final int CHECK_FAILED = 1;
    static final int USAGE_OR_RUBRIC_ERROR = 2;
    static final int INTERNAL_ERROR = 3;

    /**
     * The subcommands, built on demand: picocli reads a command's annotations by reflection, and its
     * classes predate class-data sharing, so a student's `check` in CI starts faster when only the
     * command that runs is built (docs/performance.md).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("solve", SolveCommand::new);
        COMMANDS.put("extract", ExtractCommand::new);
        COMMANDS.put("grade", GradeCommand::new);
        COMMANDS.put("review", ReviewCommand::new);
        COMMANDS.put("diff", DiffCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("rubric", RubricCommand::new);
        COMMANDS.put("template", TemplateCommand::new);
        COMMANDS.put("variants", VariantsCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: reports and feedback are UTF-8 files, and stdout carries the same text.
        System.exit(run(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true), args));
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        String fileNames = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!fileNames.equalsIgnoreCase("UTF-8")) {
            err.println("hwgrade: warning: this locale decodes file names as " + fileNames + ", so names outside ASCII"
                    + " (José.md) come out garbled; run through ./hwgrade, or set LC_ALL=C.UTF-8");
        }
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof HwgradeException h) {
                cmd.getErr().println("hwgrade: " + h.getMessage());
                return USAGE_OR_RUBRIC_ERROR;
            }
            cmd.getErr().println("hwgrade: internal error (a bug in hwgrade; please report it with this trace):");
            e.printStackTrace(cmd.getErr());
            return INTERNAL_ERROR;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands Errors through; a run that ran out of stack or heap is an internal
            // error (3), not the JVM's default exit code 1, which CI would read as "check failed".
            err.println("hwgrade: internal error (a bug in hwgrade; please report it): " + e);
            code = INTERNAL_ERROR;
        }
        if (out.checkError()) {
            // PrintWriter keeps write errors to itself: a report that did not reach its file (disk
            // full, closed pipe, /dev/full) must not exit 0.
            err.println("hwgrade: cannot write the output (disk full, or the pipe was closed)");
            code = Math.max(code, USAGE_OR_RUBRIC_ERROR);
        }
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
