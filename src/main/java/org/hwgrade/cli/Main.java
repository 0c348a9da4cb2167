package org.hwgrade.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the one place that prints, and the one error boundary. */
@Command(
        name = "hwgrade",
        mixinStandardHelpOptions = true,
        version = "hwgrade 0.1.0",
        description = "Grades written deep-learning homework against an answer key computed from the problem's givens.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 check failed, 2 usage or rubric error). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
