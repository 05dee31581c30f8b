package org.gtlab.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.math.Rational;
import org.gtlab.solve.lp.ZeroSumLp;

/**
 * Benchmark harness (not a unit test) for {@link ZeroSumLp}: random zero-sum games
 * {@code RandomGames.zeroSum(n, n, 0, 99, seed)}, median wall time of the exact solve (double LP +
 * exact refinement and certificate) and of the double-only solve, with the route the exact solve
 * took. Run after {@code mvn -o -q test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.gtlab.bench.ZeroSumLpBench [sizes…]
 * </pre>
 * ({@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt} writes cp.txt.)
 */
public final class ZeroSumLpBench {

    private ZeroSumLpBench() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10, 50, 100, 200}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int seeds = 11;
        // warm-up
        for (int s = 0; s < 20; s++) {
            ZeroSumLp.solveExact(RandomGames.zeroSum(30, 30, 0, 99, 1000 + s).matrix(0));
        }
        System.out.println("size  exact-median-ms  exact-min-ms  double-median-ms  support  routes");
        for (int n : sizes) {
            long[] te = new long[seeds];
            long[] td = new long[seeds];
            Map<ZeroSumLp.Route, Integer> routes = new EnumMap<>(ZeroSumLp.Route.class);
            int support = 0;
            for (int s = 0; s < seeds; s++) {
                NormalFormGame g = RandomGames.zeroSum(n, n, 0, 99, s);
                Rational[][] a = g.matrix(0);
                double[][] ad = g.matrixDouble(0);
                long t0 = System.nanoTime();
                ZeroSumLp.Traced tr = ZeroSumLp.solveExactTraced(a);
                te[s] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                ZeroSumLp.Solution d = ZeroSumLp.solve(ad);
                td[s] = System.nanoTime() - t0;
                routes.merge(tr.route(), 1, Integer::sum);
                support += tr.solution().x().support().length;
                double err = Math.abs(d.value() - tr.solution().value().doubleValue());
                if (err > 1e-9) {
                    System.out.println("  seed " + s + ": double and exact values differ by " + err);
                }
            }
            Arrays.sort(te);
            Arrays.sort(td);
            System.out.printf("%4d  %15.2f  %12.2f  %16.2f  %7.1f  %s%n", n, te[seeds / 2] / 1e6, te[0] / 1e6,
                    td[seeds / 2] / 1e6, support / (double) seeds, routes);
        }
    }
}
