package org.gtlab.bench;

import java.util.Arrays;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.solve.lh.LemkeHowsonSolver;

/**
 * Measures one Lemke–Howson equilibrium ({@code solveOne(game, 1)}) of random n×n games
 * ({@code RandomGames.bimatrix(n, n, 0, 99, seed)}) in process, after warm-up.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes
 * org.gtlab.bench.LemkeHowsonBench [sizes…] [--seeds K] [--reps R] [--exact]}. Prints, per size,
 * the median and 90th percentile wall time over all seeds × repetitions, the median path length
 * and how many paths needed exact pivoting. Every result is also checked with
 * {@link Evaluation#isNash} (outside the timed region).
 */
public final class LemkeHowsonBench {

    private LemkeHowsonBench() {
    }

    public static void main(String[] args) {
        int[] sizes = {5, 10, 20, 50, 100};
        int seeds = 20;
        int reps = 5;
        LemkeHowsonSolver.Arithmetic mode = LemkeHowsonSolver.Arithmetic.HYBRID;
        java.util.List<Integer> s = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--exact" -> mode = LemkeHowsonSolver.Arithmetic.EXACT;
                default -> s.add(Integer.parseInt(args[i]));
            }
        }
        if (!s.isEmpty()) {
            sizes = s.stream().mapToInt(Integer::intValue).toArray();
        }
        LemkeHowsonSolver solver = new LemkeHowsonSolver(mode);
        // warm-up: every size, a few seeds, until the JIT has settled
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (int n : sizes) {
                for (int seed = 1000; seed < 1003; seed++) {
                    solver.findOne(RandomGames.bimatrix(n, n, 0, 99, seed), 1);
                }
            }
        }
        System.out.printf("Lemke–Howson %s, one equilibrium (label 1), random n×n payoffs 0..99, %d seeds × %d reps%n",
                mode, seeds, reps);
        System.out.printf("%5s %10s %10s %10s %8s %8s %8s%n", "n", "median ms", "p90 ms", "max ms", "pivots", "exact", "support");
        for (int n : sizes) {
            double[] times = new double[seeds * reps];
            int[] pivots = new int[seeds];
            int[] support = new int[seeds];
            int exact = 0;
            int k = 0;
            for (int seed = 0; seed < seeds; seed++) {
                NormalFormGame g = RandomGames.bimatrix(n, n, 0, 99, seed);
                LemkeHowsonSolver.Outcome o = null;
                for (int r = 0; r < reps; r++) {
                    long t0 = System.nanoTime();
                    o = solver.findOne(g, 1);
                    times[k++] = (System.nanoTime() - t0) / 1e6;
                }
                if (!Evaluation.isNash(g, o.equilibrium())) {
                    throw new IllegalStateException("not a Nash equilibrium: seed " + seed);
                }
                pivots[seed] = o.pivots();
                support[seed] = o.equilibrium().get(0).support().length;
                exact += o.exact() ? 1 : 0;
            }
            Arrays.sort(times);
            Arrays.sort(pivots);
            Arrays.sort(support);
            System.out.printf("%5d %10.3f %10.3f %10.3f %8d %5d/%-2d %8d%n", n, times[times.length / 2],
                    times[(int) (times.length * 0.9)], times[times.length - 1], pivots[seeds / 2], exact, seeds,
                    support[seeds / 2]);
        }
    }
}
