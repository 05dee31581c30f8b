package org.gtlab.cli;

import org.gtlab.compute.Workers;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.methods.StandardMethods;

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
        COMMANDS.put("sweep", SweepCommand.class);
        COMMANDS.put("tournament", TournamentCommand.class);
        COMMANDS.put("match", MatchCommand.class);
        COMMANDS.put("fingerprint", FingerprintCommand.class);
        COMMANDS.put("reproduce", ReproduceCommand.class);
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
    /**
     * Heap held back by {@link #main} and released before an error line is printed, so that the
     * line (and the exit) still fit when a run has filled the heap.
     */
    private static volatile byte[] reserve;

    /** Preallocated: printing it needs no heap. */
    private static final String OUT_OF_MEMORY = "gtlab: internal error: out of memory; use a larger -Xmx, or fewer "
            + "--steps or a larger --report-every for runs";

    /** Set once an error line has been printed for this command (a process prints at most one). */
    private static final java.util.concurrent.atomic.AtomicBoolean REPORTED =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Prints the command's error line unless one has been printed already (an OutOfMemoryError can
     * surface on several threads at once; the user sees one line).
     */
    static void reportError(java.io.PrintWriter err, String line) {
        reserve = null; // after an OutOfMemoryError this is the room to print in
        synchronized (REPORTED) {
            if (REPORTED.get()) {
                return;
            }
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    err.println(line);
                    err.flush();
                    REPORTED.set(true);
                    return;
                } catch (OutOfMemoryError e) {
                    System.gc(); // the run that filled the heap is failing; its memory is being freed
                }
            }
        }
    }

    public static CommandLine commandLine(String... args) {
        REPORTED.set(false);
        // the composition root: one worker budget (threads start on first use) and, when the run
        // command is built, one method catalog with the standard methods
        Workers workers = Workers.forCores();
        org.gtlab.compute.Backends.install(workers); // batched compute work (sweeps, seed groups) helps itself to idle workers
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == RunCommand.class) {
                    MethodCatalog catalog = StandardMethods.registerAll(new MethodCatalog());
                    return cls.cast(new RunCommand(catalog, workers));
                }
                if (cls == SolveCommand.class) {
                    return cls.cast(new SolveCommand(workers));
                }
                if (cls == SweepCommand.class) {
                    return cls.cast(new SweepCommand(StandardMethods.registerAll(new MethodCatalog())));
                }
                if (cls == TournamentCommand.class) {
                    return cls.cast(new TournamentCommand(workers));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory);
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
            // anything else (OutOfMemoryError, an internal error): one line, exit 1, no stack trace
            reportError(cmd.getErr(), "gtlab: internal error: " + RunCommand.oneLine(ex));
            return 1;
        });
        cl.setParameterExceptionHandler((ex, unused) -> {
            ex.getCommandLine().getErr().println("gtlab: " + ex.getMessage());
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        // an error escaping a worker thread is reported in one line, not as a stack trace
        // an error escaping a worker thread is reported in one line, not as a stack trace, and ends
        // the process (nobody may be left waiting for a run that thread was running)
        java.io.PrintWriter stderr = new java.io.PrintWriter(System.err, true);
        reserve = new byte[(int) Math.min(8L << 20, Runtime.getRuntime().maxMemory() / 8)];
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            try {
                reportError(stderr, e instanceof OutOfMemoryError ? OUT_OF_MEMORY
                        : "gtlab: internal error in " + t.getName() + ": " + RunCommand.oneLine(e));
            } catch (Throwable again) {
                Runtime.getRuntime().halt(1); // not even one line fits: end now rather than hang
            }
            System.exit(1);
        });
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (Throwable e) {
            reportError(new java.io.PrintWriter(System.err, true), "gtlab: internal error: " + RunCommand.oneLine(e));
            code = 1;
        }
        System.exit(code);
    }
}
