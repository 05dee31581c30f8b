package org.gtlab.solve.nplayer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;

/**
 * {@code enumpoly}: the equilibria of an N-player game by support enumeration, one polynomial
 * system per support profile ({@link SupportSystem}), as {@code gambit-enumpoly}.
 *
 * <p>Supports are visited in the order of Porter, Nudelman and Shoham (2008): by total support size,
 * then by the imbalance (largest minus smallest support), then lexicographically. A support is
 * skipped before any solving when one of its strategies is strictly dominated by a pure strategy
 * of the same player against every pure profile of the others' supports (conditional dominance).
 * Each support contributes its isolated equilibria with all support probabilities &gt; 10⁻⁹;
 * equilibria with a smaller support are found at that support. Where the support system is singular
 * one point of the continuum is reported with the note "continuum" (the equilibria of such a
 * support form a set of positive dimension; {@code enummixed} describes 2-player components
 * exactly). Supports whose subdivision exceeds the cell budget (20 000, as {@code -r}) are listed
 * in {@link Report#overBudget}.
 *
 * <p>Exactness: supports on which at most two players mix are linear systems solved in exact
 * rationals; other profiles are refined to exact rationals when they are rational
 * ({@link NumericEquilibrium#verify}), and otherwise stay in doubles with their max regret (at
 * rounding level after Newton polishing). {@link #solve} returns the exact profiles; {@link #run}
 * returns all.
 *
 * <p>Cost: Π_p (2^{n_p} − 1) supports, each up to {@code budget} cells of 2^d corner
 * evaluations (d = Σ(|S_p|−1)); the estimate counts supports × corners × profiles and big
 * enumerations are refused up front unless forced.
 */
public final class EnumPolySolver implements NashSolver {

    /** What enumeration found: equilibria in support order, and the supports needing a remark. */
    public record Report(List<NumericEquilibrium> equilibria, List<int[][]> continua, List<int[][]> overBudget,
            int supports, int skipped) {
    }

    /** Support profiles beyond which enumeration is refused even when forced. */
    public static final int MAX_SUPPORTS = 2_000_000;

    /** Cells per support before it is abandoned (Gambit's default). */
    public static final int BUDGET = 20_000;

    @Override
    public String name() {
        return "enumpoly";
    }

    @Override
    public String description() {
        return "all isolated equilibria of N-player games by support enumeration and polynomial solving";
    }

    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        double supports = 1;
        double corners = 1;
        for (int p = 0; p < game.numPlayers(); p++) {
            supports *= Math.pow(2, game.numStrategies(p)) - 1;
            corners *= Math.pow(2, game.numStrategies(p) - 1);
        }
        // about 200 cells for a full-support system, fewer for smaller ones
        double units = supports * Math.min(corners, 1e12) * 60 * Math.max(1, game.numProfiles());
        return WorkEstimate.of(units, "corner evaluations of the support systems", 2e8);
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        return solve(game, SolveOptions.DEFAULT.withForce(true));
    }

    @Override
    public SolveResult solve(NormalFormGame game, SolveOptions options) {
        return SolveResult.of(name(), NumericEquilibrium.exactOnes(run(game, options).equilibria()));
    }

    /**
     * Enumerates with limits and progress ({@code stopAfter} counts all equilibria, exact or not).
     *
     * @throws org.gtlab.solve.WorkRefusedException if the estimate exceeds the limit and not forced
     */
    public Report run(NormalFormGame game, SolveOptions options) {
        Cancellation.check();
        double count = 1;
        for (int p = 0; p < game.numPlayers(); p++) {
            count *= Math.pow(2, game.numStrategies(p)) - 1;
        }
        if (count > MAX_SUPPORTS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "enumpoly: %.2g support profiles, more than the %d it enumerates even with --force (use simpdiv or gnm)",
                    count, MAX_SUPPORTS));
        }
        options.check(name(), estimate(game));
        int n = game.numPlayers();
        List<int[][]> supports = supports(game);
        options.listener().progress(new SolveProgress(0, supports.size(), 0));
        List<NumericEquilibrium> found = new ArrayList<>();
        List<int[][]> continua = new ArrayList<>();
        List<int[][]> over = new ArrayList<>();
        int skipped = 0;
        int done = 0;
        for (int[][] s : supports) {
            Cancellation.check();
            done++;
            if (dominated(game, s)) {
                skipped++;
            } else {
                SupportSystem.Outcome o = new SupportSystem(game, s, BUDGET).solve();
                for (NumericEquilibrium e : o.equilibria()) {
                    if (!e.isIn(found)) {
                        found.add(e);
                    }
                }
                if (o.continuum()) {
                    continua.add(s);
                }
                if (o.overBudget()) {
                    over.add(s);
                }
            }
            options.listener().progress(new SolveProgress(done, supports.size(), found.size()));
            if (options.stopAfter() > 0 && found.size() >= options.stopAfter()) {
                found = new ArrayList<>(found.subList(0, options.stopAfter()));
                break;
            }
        }
        if (done < supports.size()) {
            options.listener().progress(new SolveProgress(supports.size(), supports.size(), found.size()));
        }
        assert n > 0;
        return new Report(List.copyOf(found), List.copyOf(continua), List.copyOf(over), supports.size(), skipped);
    }

    /** All support profiles in Porter–Nudelman–Shoham order. */
    static List<int[][]> supports(NormalFormGame game) {
        int n = game.numPlayers();
        List<int[][]> all = new ArrayList<>();
        int[] mask = new int[n];
        java.util.Arrays.fill(mask, 1);
        while (true) {
            int[][] s = new int[n][];
            for (int p = 0; p < n; p++) {
                final int bits = mask[p];
                s[p] = java.util.stream.IntStream.range(0, game.numStrategies(p)).filter(j -> (bits >> j & 1) == 1).toArray();
            }
            all.add(s);
            int q = 0;
            while (q < n && ++mask[q] == 1 << game.numStrategies(q)) {
                mask[q] = 1;
                q++;
            }
            if (q == n) {
                break;
            }
        }
        all.sort(Comparator.<int[][]>comparingInt(EnumPolySolver::size).thenComparingInt(EnumPolySolver::imbalance)
                .thenComparing(EnumPolySolver::lex));
        return all;
    }

    private static int size(int[][] s) {
        int t = 0;
        for (int[] a : s) {
            t += a.length;
        }
        return t;
    }

    private static int imbalance(int[][] s) {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int[] a : s) {
            lo = Math.min(lo, a.length);
            hi = Math.max(hi, a.length);
        }
        return hi - lo;
    }

    private static int lex(int[][] a, int[][] b) {
        for (int p = 0; p < a.length; p++) {
            int c = java.util.Arrays.compare(a[p], b[p]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Conditional strict dominance: some j ∈ S_p earns strictly less than some pure k of p against
     * every pure profile of the others' supports, so no equilibrium has this support.
     */
    static boolean dominated(NormalFormGame g, int[][] s) {
        int n = g.numPlayers();
        for (int p = 0; p < n; p++) {
            for (int j : s[p]) {
                for (int k = 0; k < g.numStrategies(p); k++) {
                    if (k != j && beats(g, s, p, k, j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean beats(NormalFormGame g, int[][] s, int p, int k, int j) {
        int n = g.numPlayers();
        int[] pos = new int[n];
        int[] prof = new int[n];
        while (true) {
            for (int q = 0; q < n; q++) {
                prof[q] = s[q][pos[q]];
            }
            prof[p] = k;
            double uk = g.payoffDouble(p, prof);
            prof[p] = j;
            if (!(uk > g.payoffDouble(p, prof))) {
                return false;
            }
            int q = 0;
            while (q < n && (q == p || ++pos[q] == s[q].length)) {
                if (q != p) {
                    pos[q] = 0;
                }
                q++;
            }
            if (q == n) {
                return true;
            }
        }
    }
}
