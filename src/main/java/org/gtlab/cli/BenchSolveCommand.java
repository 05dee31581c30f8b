package org.gtlab.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.io.GameFiles;
import org.gtlab.io.LrsnashFormat;
import org.gtlab.solve.lh.LemkeHowsonSolver;
import org.gtlab.solve.catalog.Solvers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gtlab bench solve}: median times of the exact solvers on seeded random games
 * ({@link RandomGames#bimatrix}, integer payoffs 0..99; zero-sum games for {@code lp}).
 *
 * <p>Columns: {@code median_ms}/{@code min_ms}/{@code max_ms} are in-process wall times after
 * warm-up; for {@code enummixed}, {@code process_ms} is the median wall time of a whole
 * {@code java … solve enummixed FILE} process (JVM start included), and where {@code lrsnash} is
 * on the PATH, {@code lrsnash_ms} is the median wall time of {@code lrsnash FILE} on the same games
 * and {@code speedup} = lrsnash_ms / process_ms (whole process against whole process);
 * {@code agree} says whether both found the same set of equilibria on every game.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Median solve times per method and size on seeded random games (payoffs 0..99).")
final class BenchSolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--games", description = "random games per size (default ${DEFAULT-VALUE})")
    int games = 5;

    @Option(names = "--seed", description = "first seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--enummixed", split = ",", description = "sizes for enummixed (default 5,8,10,12,15)")
    int[] enumSizes = {5, 8, 10, 12, 15};

    @Option(names = "--lcp", split = ",", description = "sizes for one Lemke-Howson equilibrium (default 5,10,20,50,100)")
    int[] lcpSizes = {5, 10, 20, 50, 100};

    @Option(names = "--lp", split = ",", description = "sizes for the zero-sum LP (default 10,50,100,200)")
    int[] lpSizes = {10, 50, 100, 200};

    @Option(names = "--no-process", description = "skip the whole-process timing of enummixed")
    boolean noProcess;

    @Option(names = "--no-lrsnash", description = "do not run lrsnash even if installed")
    boolean noLrsnash;

    @Override
    public Integer call() throws Exception {
        if (games < 1 || games > 1000) {
            throw new IllegalArgumentException("--games must be between 1 and 1000, got " + games);
        }
        PrintWriter out = spec.commandLine().getOut();
        String lrs = noLrsnash ? null : findOnPath("lrsnash");
        out.printf("# GT Lab bench solve: %d games per size, seeds %d..%d, %d cores, Java %s%n", games, seed,
                seed + games - 1, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf("# lrsnash: %s%n", lrs == null ? "not installed (apt-get install lrslib)" : lrs);
        out.printf("%-10s %-8s %6s %10s %10s %10s %11s %11s %8s %6s%n", "method", "size", "games", "median_ms",
                "min_ms", "max_ms", "process_ms", "lrsnash_ms", "speedup", "agree");
        out.flush();
        warmUp();
        for (int n : enumSizes) {
            benchEnum(out, n, lrs);
        }
        LemkeHowsonSolver lh = new LemkeHowsonSolver();
        for (int n : lcpSizes) {
            row(out, "lcp", n, inProcess(n, s -> RandomGames.bimatrix(n, n, 0, 99, s), g -> lh.solveOne(g, 1)),
                    null, null, null);
        }
        for (int n : lpSizes) {
            row(out, "lp", n, inProcess(n, s -> RandomGames.zeroSum(n, n, 0, 99, s),
                    g -> Solvers.byName("lp").solve(g)), null, null, null);
        }
        return 0;
    }

    private void warmUp() {
        for (int s = 0; s < 30; s++) {
            NormalFormGame g = RandomGames.bimatrix(8, 8, 0, 99, 10_000 + s);
            Solvers.byName("enummixed").solve(g);
            new LemkeHowsonSolver().solveOne(RandomGames.bimatrix(30, 30, 0, 99, s), 1);
            Solvers.byName("lp").solve(RandomGames.zeroSum(30, 30, 0, 99, s));
        }
    }

    private double[] inProcess(int n, Function<Long, NormalFormGame> make, Function<NormalFormGame, ?> solve) {
        double[] t = new double[games];
        for (int k = 0; k < games; k++) {
            NormalFormGame g = make.apply(seed + k);
            long t0 = System.nanoTime();
            solve.apply(g);
            t[k] = (System.nanoTime() - t0) / 1e6;
        }
        return t;
    }

    private void benchEnum(PrintWriter out, int n, String lrs) throws IOException, InterruptedException {
        double[] inproc = new double[games];
        double[] proc = noProcess ? null : new double[games];
        double[] lrsT = lrs == null ? null : new double[games];
        Boolean agree = lrs == null ? null : Boolean.TRUE;
        Path dir = Files.createTempDirectory("gtlab-bench");
        try {
            for (int k = 0; k < games; k++) {
                NormalFormGame g = RandomGames.bimatrix(n, n, 0, 99, seed + k);
                long t0 = System.nanoTime();
                List<StrategyProfile> ours = Solvers.byName("enummixed").solve(g).equilibria();
                inproc[k] = (System.nanoTime() - t0) / 1e6;
                if (proc != null) {
                    Path f = dir.resolve("g" + k + ".nfg");
                    GameFiles.save(f, g);
                    List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                            Main.class.getName(), "solve", "enummixed", f.toString()));
                    proc[k] = timeProcess(cmd, dir.resolve("p" + k + ".out"));
                }
                if (lrsT != null) {
                    Path f = dir.resolve("g" + k + ".lrs");
                    Files.writeString(f, LrsnashFormat.write(g), StandardCharsets.US_ASCII);
                    Path o = dir.resolve("g" + k + ".lrsout");
                    lrsT[k] = timeProcess(List.of(lrs, f.toString()), o);
                    List<StrategyProfile> theirs = LrsnashFormat.parse(Files.readString(o), g);
                    if (!new HashSet<>(theirs).equals(new HashSet<>(ours))) {
                        agree = Boolean.FALSE;
                    }
                }
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        row(out, "enummixed", n, inproc, proc, lrsT, agree);
    }

    private static double timeProcess(List<String> cmd, Path output) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + String.join(" ", cmd) + ": "
                    + Files.readString(output).strip());
        }
        return ms;
    }

    private void row(PrintWriter out, String method, int n, double[] t, double[] proc, double[] lrs, Boolean agree) {
        double[] s = t.clone();
        Arrays.sort(s);
        String procS = proc == null ? "-" : String.format("%.1f", median(proc));
        String lrsS = lrs == null ? "-" : String.format("%.1f", median(lrs));
        String speed = proc == null || lrs == null ? "-" : String.format("%.2fx", median(lrs) / median(proc));
        out.printf("%-10s %-8s %6d %10.2f %10.2f %10.2f %11s %11s %8s %6s%n", method, n + "x" + n, games, median(t),
                s[0], s[s.length - 1], procS, lrsS, speed, agree == null ? "-" : agree ? "yes" : "NO");
        out.flush();
    }

    static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        int k = s.length;
        return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String findOnPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, exe);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
