package org.gtlab.eval;

import java.util.Arrays;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/**
 * Pure functions that measure how far a mixed profile is from equilibrium.
 *
 * <p>Definitions (as in OpenSpiel, Lanctot et al. 2019, "OpenSpiel", arXiv:1908.09453):
 * <ul>
 *   <li>value of a pure strategy s of player p: {@code v_p(s) = u_p(s, x₋ₚ)};</li>
 *   <li>regret (incentive to deviate) of player p: {@code δ_p = max_s v_p(s) − u_p(x)} ≥ 0;</li>
 *   <li>NashConv: {@code Σ_p δ_p}; zero exactly at Nash equilibria;</li>
 *   <li>exploitability: {@code NashConv / N}. In a two-player zero-sum game this equals
 *       {@code (max_s u₁(s, y) + max_t u₂(x, t)) / 2}, the usual exploitability.</li>
 * </ul>
 * Double versions work in floating point (no tolerance is applied: a tiny negative regret caused by
 * rounding is clamped to 0); exact versions use {@link Rational}s.
 *
 * <p>Cost of the exact versions: the sums run over the product of the supports only, so
 * {@link #strategyValues} costs {@code |S_p| · Π_{q≠p} |supp x_q|} exact multiply–adds and
 * {@link #payoffs} {@code N · Π_q |supp x_q|} — one cell per player for a pure profile, however
 * large the game (a 500×500 game has 250,000 cells; summing over all of them per equilibrium made
 * listing its pure equilibria take a minute). Never more than the number of cells.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Player p's pure best responses to {@code profile}: strategies within {@code tol} of the best value. */
    public static int[] bestResponses(NormalFormGame g, int p, double[][] profile, double tol) {
        double[] v = g.strategyValues(p, profile);
        double best = Arrays.stream(v).max().orElseThrow();
        return java.util.stream.IntStream.range(0, v.length).filter(i -> v[i] >= best - tol).toArray();
    }

    /** Player p's first pure best response (lowest index among the maximisers). */
    public static int bestResponse(NormalFormGame g, int p, double[][] profile) {
        double[] v = g.strategyValues(p, profile);
        int arg = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[arg]) {
                arg = i;
            }
        }
        return arg;
    }

    /** Exact pure best responses of player p. */
    public static int[] bestResponses(NormalFormGame g, int p, StrategyProfile profile) {
        Rational[] v = strategyValues(g, p, profile);
        Rational best = Arrays.stream(v).max(Rational::compareTo).orElseThrow();
        return java.util.stream.IntStream.range(0, v.length).filter(i -> v[i].equals(best)).toArray();
    }

    /** Regret of player p: best pure value minus expected payoff, clamped at 0. */
    public static double regret(NormalFormGame g, int p, double[][] profile) {
        double[] v = g.strategyValues(p, profile);
        double best = Double.NEGATIVE_INFINITY;
        double exp = 0;
        for (int i = 0; i < v.length; i++) {
            best = Math.max(best, v[i]);
            exp += v[i] * profile[p][i];
        }
        return Math.max(0, best - exp);
    }

    /** Exact regret of player p. */
    public static Rational regret(NormalFormGame g, int p, StrategyProfile profile) {
        Rational[] v = strategyValues(g, p, profile);
        Rational best = v[0];
        Rational exp = Rational.ZERO;
        for (int i = 0; i < v.length; i++) {
            best = best.max(v[i]);
            exp = exp.add(v[i].multiply(profile.get(p).probability(i)));
        }
        return best.subtract(exp);
    }

    /** NashConv: the sum of all players' regrets. */
    public static double nashConv(NormalFormGame g, double[][] profile) {
        double s = 0;
        for (int p = 0; p < g.numPlayers(); p++) {
            s += regret(g, p, profile);
        }
        return s;
    }

    /** Exact NashConv. */
    public static Rational nashConv(NormalFormGame g, StrategyProfile profile) {
        Rational s = Rational.ZERO;
        for (int p = 0; p < g.numPlayers(); p++) {
            s = s.add(regret(g, p, profile));
        }
        return s;
    }

    /** Exploitability: NashConv divided by the number of players. */
    public static double exploitability(NormalFormGame g, double[][] profile) {
        return nashConv(g, profile) / g.numPlayers();
    }

    /**
     * Exact Nash test: every strategy in each player's support earns that player's maximal pure
     * value against the others (equivalently, every regret is exactly zero).
     */
    public static boolean isNash(NormalFormGame g, StrategyProfile profile) {
        for (int p = 0; p < g.numPlayers(); p++) {
            Rational[] v = strategyValues(g, p, profile);
            Rational best = Arrays.stream(v).max(Rational::compareTo).orElseThrow();
            for (int s : profile.get(p).support()) {
                if (!v[s].equals(best)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Exact values {@code v_p(s) = u_p(s, x₋ₚ)} of player p's pure strategies against the others'
     * mixed strategies, summed over the product of the other players' supports only (same numbers
     * as {@link NormalFormGame#strategyValues(int, StrategyProfile)}, which walks every cell).
     *
     * @throws IllegalArgumentException if the profile's shape differs from the game's
     */
    public static Rational[] strategyValues(NormalFormGame g, int p, StrategyProfile profile) {
        checkShape(g, profile);
        int n = g.numPlayers();
        int[][] supp = supports(profile);
        Rational[] v = new Rational[g.numStrategies(p)];
        Arrays.fill(v, Rational.ZERO);
        int strideP = g.stride(p);
        int[] at = new int[n]; // position in each support; player p's stays 0 and is not used
        while (true) {
            Rational w = Rational.ONE;
            int base = 0;
            for (int q = 0; q < n; q++) {
                if (q != p) {
                    int s = supp[q][at[q]];
                    w = w.multiply(profile.get(q).probability(s));
                    base += s * g.stride(q);
                }
            }
            boolean one = w.equals(Rational.ONE);
            for (int s = 0; s < v.length; s++) {
                Rational u = g.payoffAt(p, base + s * strideP);
                Rational term = one ? u : w.multiply(u);
                v[s] = v[s].isZero() ? term : v[s].add(term); // others pure: the payoffs themselves
            }
            if (!advance(at, supp, p)) {
                return v;
            }
        }
    }

    /**
     * Exact expected payoffs of all players, summed over the product of the supports
     * ({@code N · Π_q |supp x_q|} multiply–adds).
     *
     * @throws IllegalArgumentException if the profile's shape differs from the game's
     */
    public static Rational[] payoffs(NormalFormGame g, StrategyProfile profile) {
        checkShape(g, profile);
        int n = g.numPlayers();
        int[][] supp = supports(profile);
        Rational[] u = new Rational[n];
        Arrays.fill(u, Rational.ZERO);
        int[] at = new int[n];
        while (true) {
            Rational w = Rational.ONE;
            int k = 0;
            for (int q = 0; q < n; q++) {
                int s = supp[q][at[q]];
                w = w.multiply(profile.get(q).probability(s));
                k += s * g.stride(q);
            }
            for (int p = 0; p < n; p++) {
                u[p] = u[p].add(w.multiply(g.payoffAt(p, k)));
            }
            if (!advance(at, supp, -1)) {
                return u;
            }
        }
    }

    private static int[][] supports(StrategyProfile profile) {
        int[][] supp = new int[profile.numPlayers()][];
        for (int q = 0; q < supp.length; q++) {
            supp[q] = profile.get(q).support();
        }
        return supp;
    }

    /** Odometer over the support product, skipping player {@code skip}; false after the last one. */
    private static boolean advance(int[] at, int[][] supp, int skip) {
        for (int q = 0; q < at.length; q++) {
            if (q == skip) {
                continue;
            }
            if (++at[q] < supp[q].length) {
                return true;
            }
            at[q] = 0;
        }
        return false;
    }

    private static void checkShape(NormalFormGame g, StrategyProfile profile) {
        if (profile.numPlayers() != g.numPlayers()) {
            throw new IllegalArgumentException("profile for " + profile.numPlayers() + " players, expected " + g.numPlayers());
        }
        for (int q = 0; q < g.numPlayers(); q++) {
            if (profile.get(q).size() != g.numStrategies(q)) {
                throw new IllegalArgumentException("player " + (q + 1) + "'s strategy has " + profile.get(q).size()
                        + " entries, expected " + g.numStrategies(q));
            }
        }
    }
}
