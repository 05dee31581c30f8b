package org.gtlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gtlab} command line ({@code java -jar target/gtlab.jar …}).
 * Exit codes: 0 success, 2 bad input (one clear line on stderr), 1 internal error.
 */
@Command(name = "gtlab", mixinStandardHelpOptions = true, version = "GT Lab 0.1.0",
        description = "GT Lab: exact equilibria, learning dynamics and self-play for finite games.")
public final class Main implements Runnable {

    /**
     * The subcommands by name. They are registered lazily: building every command's picocli model
     * costs ~0.1 s of reflection at start-up, which matters for one-shot calls such as
     * {@code gtlab solve}; a call names one command, so only that one is built.
     */
    private static final java.util.Map<String, Class<?>> COMMANDS = new java.util.LinkedHashMap<>();

    static {
        COMMANDS.put("solve", SolveCommand.class);
        COMMANDS.put("convert", ConvertCommand.class);
        COMMANDS.put("catalog", CatalogCommand.class);
        COMMANDS.put("run", RunCommand.class);
        COMMANDS.put("bench", BenchCommand.class);
        COMMANDS.put("export", ExportCommand.class);
    }

    @Override
    public void run() {
        commandLine().usage(System.out);
    }

    /** Builds the picocli command with every subcommand and GT Lab's error handling. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * Builds the picocli command for these arguments: when the first argument names a subcommand,
     * only that subcommand is registered; otherwise (help, version, errors) all of them are.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            cl.addSubcommand(args[0], COMMANDS.get(args[0]));
        } else {
            COMMANDS.forEach(cl::addSubcommand);
        }
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                    || ex instanceof java.io.UncheckedIOException) {
                Throwable io = ex instanceof java.io.UncheckedIOException ? ex.getCause() : ex;
                cmd.getErr().println("gtlab: " + (io instanceof java.io.IOException
                        ? org.gtlab.io.AtomicFiles.describe((java.io.IOException) io) : ex.getMessage()));
                return 2;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, unused) -> {
            ex.getCommandLine().getErr().println("gtlab: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }
}
