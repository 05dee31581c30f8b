package org.gtlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gtlab} command line ({@code java -jar target/gtlab.jar …}).
 * Exit codes: 0 success, 2 bad input (one clear line on stderr), 1 internal error.
 */
@Command(name = "gtlab", mixinStandardHelpOptions = true, version = "GT Lab 0.1.0",
        description = "GT Lab: exact equilibria, learning dynamics and self-play for finite games.",
        subcommands = {
            SolveCommand.class, ConvertCommand.class, CatalogCommand.class, RunCommand.class, BenchCommand.class,
        })
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Builds the picocli command with GT Lab's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("gtlab: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("gtlab: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
