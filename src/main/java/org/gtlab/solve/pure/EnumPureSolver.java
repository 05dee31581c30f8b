package org.gtlab.solve.pure;

import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;
import org.gtlab.solve.IntegerPayoffs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Cancellation;

/**
 * All pure-strategy Nash equilibria of an N-player game, exactly (what {@code gambit-enumpure}
 * computes).
 *
 * <p>A pure profile s is an equilibrium when every player's strategy is a best response:
 * {@code u_p(s_p, s₋ₚ) = max_t u_p(t, s₋ₚ)} for every player p. For each player the profiles are
 * grouped into slices (the other players' strategies fixed, player p's varying, stride
 * {@link NormalFormGame#stride(int)}); in each slice the maximum is found and the profiles below it
 * are crossed out. A profile left standing for every player is an equilibrium. Work is
 * {@code N · |S|} exact comparisons, done on integers over a common denominator
 * ({@code long}s unless payoffs are huge), without allocation in the loop.
 *
 * <p>Output order: the natural order of {@link StrategyProfile} (lexicographic on the flattened
 * probabilities), the same order as the other exact solvers.
 */
public final class EnumPureSolver implements NashSolver {

    /** More pure equilibria than this are refused by {@link #solve} (use {@link #equilibriumIndices}). */
    public static final int MAX_LISTED = 1_000_000;

    @Override
    public String name() {
        return "enumpure";
    }

    @Override
    public String description() {
        return "all pure-strategy Nash equilibria (exact, any number of players)";
    }

    /** Cell comparisons per second on the 2-core build machine (500×500 bimatrix: about 10 ms). */
    static final double CELLS_PER_SECOND = 1e8;

    /** {@code N · |S|} cell comparisons (two passes over every player's payoffs). */
    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        return WorkEstimate.of(2.0 * game.numPlayers() * game.numProfiles(), "payoff comparisons over "
                + game.numProfiles() + " cells", CELLS_PER_SECOND);
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        int[] idx = equilibriumIndices(game);
        if (idx.length > MAX_LISTED) {
            throw new IllegalArgumentException("the game has " + idx.length + " pure equilibria, more than "
                    + MAX_LISTED + " can be listed");
        }
        int[] shape = game.shape();
        int[][] profiles = new int[idx.length][];
        for (int i = 0; i < idx.length; i++) {
            profiles[i] = game.profile(idx[i]);
        }
        // StrategyProfile's natural order on pure profiles, without comparing probability vectors:
        // e_i > e_j when i < j (the first difference is the 1 at position i), player 1 first
        Arrays.sort(profiles, (a, b) -> {
            for (int q = 0; q < a.length; q++) {
                if (a[q] != b[q]) {
                    return Integer.compare(b[q], a[q]);
                }
            }
            return 0;
        });
        // one shared MixedStrategy per (player, strategy): a 500×500 game with thousands of pure
        // equilibria would otherwise hold a 500-entry vector per player per equilibrium
        MixedStrategy[][] pure = new MixedStrategy[shape.length][];
        for (int q = 0; q < shape.length; q++) {
            pure[q] = new MixedStrategy[shape[q]];
        }
        List<StrategyProfile> out = new ArrayList<>(idx.length);
        for (int[] prof : profiles) {
            MixedStrategy[] ms = new MixedStrategy[shape.length];
            for (int q = 0; q < shape.length; q++) {
                if (pure[q][prof[q]] == null) {
                    pure[q][prof[q]] = MixedStrategy.pure(shape[q], prof[q]);
                }
                ms[q] = pure[q][prof[q]];
            }
            out.add(StrategyProfile.of(ms));
        }
        return SolveResult.of(name(), out);
    }

    /**
     * Profile indices (player 1 fastest, see {@link NormalFormGame#profileIndex(int...)}) of all
     * pure equilibria, ascending.
     */
    public static int[] equilibriumIndices(NormalFormGame game) {
        int total = game.numProfiles();
        boolean[] out = new boolean[total]; // true = crossed out for some player
        for (int p = 0; p < game.numPlayers(); p++) {
            Cancellation.check();
            crossOutNonBestResponses(game, p, out);
        }
        int count = 0;
        for (boolean b : out) {
            if (!b) {
                count++;
            }
        }
        int[] idx = new int[count];
        int c = 0;
        for (int k = 0; k < total; k++) {
            if (!out[k]) {
                idx[c++] = k;
            }
        }
        return idx;
    }

    /** The pure equilibria as strategy-index arrays (0-based), in profile-index order. */
    public static int[][] equilibria(NormalFormGame game) {
        return Arrays.stream(equilibriumIndices(game)).mapToObj(game::profile).toArray(int[][]::new);
    }

    /** Marks {@code out[k] = true} for every profile k where player p is not best responding. */
    private static void crossOutNonBestResponses(NormalFormGame g, int p, boolean[] out) {
        IntegerPayoffs u = IntegerPayoffs.of(g, p);
        int stride = g.stride(p);
        int n = g.numStrategies(p);
        int block = stride * n;
        int total = g.numProfiles();
        if (u.isSmall()) {
            long[] v = u.smallNumerators();
            for (int b = 0; b < total; b += block) {
                if ((b & 0xFFFF) == 0) {
                    Cancellation.check();
                }
                for (int base = b; base < b + stride; base++) {
                    long max = v[base];
                    for (int t = 1, k = base + stride; t < n; t++, k += stride) {
                        if (v[k] > max) {
                            max = v[k];
                        }
                    }
                    for (int t = 0, k = base; t < n; t++, k += stride) {
                        if (v[k] != max) {
                            out[k] = true;
                        }
                    }
                }
            }
            return;
        }
        for (int b = 0; b < total; b += block) {
            Cancellation.check();
            for (int base = b; base < b + stride; base++) {
                int arg = base;
                for (int t = 1, k = base + stride; t < n; t++, k += stride) {
                    if (u.compare(k, arg) > 0) {
                        arg = k;
                    }
                }
                for (int t = 0, k = base; t < n; t++, k += stride) {
                    if (u.compare(k, arg) != 0) {
                        out[k] = true;
                    }
                }
            }
        }
    }
}
