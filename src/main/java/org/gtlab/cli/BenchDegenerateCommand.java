package org.gtlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.GameFiles;
import org.gtlab.io.LrsnashFormat;
import org.gtlab.solve.catalog.Solvers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab bench degenerate}: {@code enummixed} against {@code lrsnash} on degenerate and on
 * nondegenerate bimatrix games, in one run (issue 15, build point 5).
 *
 * <p>Game classes: (1) {@code corpus}: the two-player {@code degen_*.nfg} games of a corpus
 * directory ({@code --corpus}, default {@code src/test/resources/corpus} when present); (2)
 * {@code degen-6x64}: seeded random 6×64 games with payoffs 0..2 ({@link RandomGames#bimatrix}),
 * degenerate by construction (ties everywhere) with many extreme equilibria — a stand-in for
 * Gambit's {@code tim} game (6×64, 1,731 equilibria), which is not available here; (3)
 * {@code nondegen-18x18}: seeded random 18×18 games with payoffs 0..99.
 *
 * <p>Columns: {@code enummixed_ms} is the in-process wall time (after a warm-up), {@code lrsnash_ms}
 * the wall time of the {@code lrsnash FILE} process (its start-up is a few ms), both summed over
 * the class; {@code ratio} = enummixed_ms / lrsnash_ms (above 1: we are slower); {@code eq} the
 * extreme equilibria we list; {@code agree} whether lrsnash lists the same set on every game.
 * {@code enummixed_cpu} is the CPU time of this JVM during the solves (ms; the solver runs on one
 * thread here, plus JIT and garbage collection), {@code lrsnash_cpu} the user time lrsnash reports
 * on its last line ({@code *0.789u …}), {@code cpu_ratio} their quotient. Wall times on a shared
 * machine vary with the load; the CPU ratio is the figure to compare.
 */
@Command(name = "degenerate", mixinStandardHelpOptions = true,
        description = "enummixed vs lrsnash on degenerate (corpus degen_*, random 6x64 with payoffs 0..2) and nondegenerate 18x18 games.")
final class BenchDegenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--games", description = "random games per generated class (default ${DEFAULT-VALUE})")
    int games = 2;

    @Option(names = "--seed", description = "first seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--corpus", description = "directory with degen_*.nfg games (default src/test/resources/corpus if present)")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        if (games < 1 || games > 100) {
            throw new IllegalArgumentException("--games must be between 1 and 100, got " + games);
        }
        PrintWriter out = spec.commandLine().getOut();
        String lrs = BenchSolveCommand.findOnPath("lrsnash");
        if (lrs == null) {
            throw new IllegalArgumentException("lrsnash is not on the PATH (apt-get install lrslib)");
        }
        Path dir = corpus != null ? corpus : Path.of("src", "test", "resources", "corpus");
        List<NormalFormGame> degen = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.getFileName().toString().matches("degen_.*\\.nfg")).sorted().toList()) {
                    NormalFormGame g = GameFiles.load(f);
                    if (g.numPlayers() == 2) {
                        degen.add(g);
                    }
                }
            }
        } else if (corpus != null) {
            throw new IllegalArgumentException("--corpus: not a directory: " + corpus);
        }
        List<NormalFormGame> wide = new ArrayList<>();
        List<NormalFormGame> nondegen = new ArrayList<>();
        for (int k = 0; k < games; k++) {
            wide.add(RandomGames.bimatrix(6, 64, 0, 2, seed + k));
            nondegen.add(RandomGames.bimatrix(18, 18, 0, 99, seed + k));
        }
        for (int s = 0; s < 20; s++) {
            Solvers.byName("enummixed").solve(RandomGames.bimatrix(8, 8, 0, 99, 10_000 + s));
        }
        out.printf("# GT Lab bench degenerate: lrsnash %s, %d cores, Java %s%n", lrs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf("%-16s %6s %8s %13s %11s %8s %14s %12s %9s %6s%n", "class", "games", "eq", "enummixed_ms", "lrsnash_ms",
                "ratio", "enummixed_cpu", "lrsnash_cpu", "cpu_ratio", "agree");
        out.flush();
        Path tmp = Files.createTempDirectory("gtlab-bench-degen");
        try {
            row(out, "corpus-degen", degen, lrs, tmp);
            row(out, "degen-6x64", wide, lrs, tmp);
            row(out, "nondegen-18x18", nondegen, lrs, tmp);
        } finally {
            try (var s = Files.list(tmp)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(tmp);
        }
        return 0;
    }

    private void row(PrintWriter out, String name, List<NormalFormGame> list, String lrs, Path tmp)
            throws IOException, InterruptedException {
        if (list.isEmpty()) {
            out.printf("%-16s %6d %8s %13s %11s %8s %14s %12s %9s %6s%n", name, 0, "-", "-", "-", "-", "-", "-", "-", "-");
            return;
        }
        double ours = 0;
        double theirs = 0;
        double oursCpu = 0;
        double theirsCpu = 0;
        long eq = 0;
        boolean agree = true;
        for (int k = 0; k < list.size(); k++) {
            NormalFormGame g = list.get(k);
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            List<StrategyProfile> mine = Solvers.byName("enummixed").solve(g).equilibria();
            ours += (System.nanoTime() - t0) / 1e6;
            oursCpu += (processCpuNanos() - c0) / 1e6;
            eq += mine.size();
            Path in = tmp.resolve(name + k + ".lrs");
            Path o = tmp.resolve(name + k + ".out");
            Files.writeString(in, LrsnashFormat.write(g), StandardCharsets.US_ASCII);
            ProcessBuilder pb = new ProcessBuilder(lrs, in.toString()).redirectErrorStream(true).redirectOutput(o.toFile());
            long t1 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("lrsnash timed out on " + name + " game " + k);
            }
            theirs += (System.nanoTime() - t1) / 1e6;
            String text = Files.readString(o);
            theirsCpu += lrsnashUserMillis(text);
            agree &= new HashSet<>(LrsnashFormat.parse(text, g)).equals(new HashSet<>(mine));
        }
        out.printf("%-16s %6d %8d %13.1f %11.1f %7.2fx %14.1f %12.1f %8.2fx %6s%n", name, list.size(), eq, ours, theirs,
                ours / theirs, oursCpu, theirsCpu, oursCpu / theirsCpu, agree ? "yes" : "NO");
        out.flush();
    }

    /** CPU time of this JVM (all its threads: the solve, the JIT, the garbage collector), or 0 if unknown. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static final java.util.regex.Pattern LRS_USER = java.util.regex.Pattern.compile("(?m)^\\*([0-9.]+)u ");

    /** The user CPU time lrsnash reports on its last line ({@code *0.789u 0.025s …}), in ms; 0 if absent. */
    static double lrsnashUserMillis(String output) {
        java.util.regex.Matcher m = LRS_USER.matcher(output);
        double ms = 0;
        while (m.find()) {
            ms = Double.parseDouble(m.group(1)) * 1000;
        }
        return ms;
    }
}
