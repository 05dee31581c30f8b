package org.gtlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gtlab.compute.Workers;
import org.gtlab.game.GameCatalog;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;
import org.gtlab.repeated.Tournament;

/**
 * Speed harness for the repeated-games lab (not a unit test). Targets of issue 13: the 10-strategy,
 * 200-turn, 10-repetition round robin ≤ 20 ms in-process; 40 strategies, 200 turns, 40 repetitions
 * ≤ 2 s. Prints medians of wall-clock times, single-threaded and on the worker pool, and the heap
 * in use after each tournament (memory stays flat: results are per match, never per turn). Also runs
 * the Axelrod library side by side when {@code python3 -c "import axelrod"} works.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> org.gtlab.bench.TournamentBench}.
 */
public final class TournamentBench {

    private TournamentBench() {
    }

    public static void main(String[] args) throws Exception {
        StageGame pd = StageGame.from(GameCatalog.get("prisoners-dilemma").game());
        RepeatedGame g = RepeatedGame.fixed(pd, 200);
        List<Strategy> ten = Strategies.classicTen();
        List<Strategy> forty = new ArrayList<>(Strategies.all().subList(0, 40));
        try (Workers w = Workers.forCores()) {
            report("10 classics x 200 turns x 10 reps, 1 thread", () -> new Tournament(g, ten, 10, 1).play(), 30);
            report("10 classics x 200 turns x 10 reps, pool", () -> new Tournament(g, ten, 10, 1)
                    .play(w::execute, 0, null, () -> false), 30);
            report("40 strategies x 200 turns x 40 reps, 1 thread", () -> new Tournament(g, forty, 40, 1).play(), 5);
            report("40 strategies x 200 turns x 40 reps, pool", () -> new Tournament(g, forty, 40, 1)
                    .play(w::execute, 0, null, () -> false), 5);
            report("40 strategies, noise 0.01 (no caching), pool", () -> new Tournament(g.withNoise(0.01), forty, 40, 1)
                    .play(w::execute, 0, null, () -> false), 3);
        }
        axelrod();
    }

    private static void report(String what, Runnable r, int runs) {
        for (int i = 0; i < 3; i++) {
            r.run(); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "%-52s median %8.2f ms  min %8.2f ms  heap in use %d MB%n", what, ms[runs / 2],
                ms[0], (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void axelrod() throws Exception {
        Process check = new ProcessBuilder("python3", "-c", "import axelrod").redirectErrorStream(true).start();
        if (check.waitFor() != 0) {
            System.out.println("axelrod: not installed (pip install axelrod failed here), no side-by-side run");
            return;
        }
        String script = "import axelrod as axl, time\n"
                + "ps = [axl.Cooperator(), axl.Defector(), axl.TitForTat(), axl.Grudger(), axl.Alternator(),"
                + " axl.SuspiciousTitForTat(), axl.WinStayLoseShift(), axl.TitFor2Tats(), axl.TwoTitsForTat(),"
                + " axl.GoByMajority()]\n"
                + "t = time.time(); axl.Tournament(ps, turns=200, repetitions=10, seed=1).play(progress_bar=False)\n"
                + "print('axelrod: 10 classics x 200 turns x 10 reps %.1f ms' % ((time.time() - t) * 1000))\n";
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        System.out.print(new String(p.getInputStream().readAllBytes()));
        p.waitFor();
    }
}
