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
        Rational[] v = g.strategyValues(p, profile);
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
        Rational[] v = g.strategyValues(p, profile);
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
            Rational[] v = g.strategyValues(p, profile);
            Rational best = Arrays.stream(v).max(Rational::compareTo).orElseThrow();
            for (int s : profile.get(p).support()) {
                if (!v[s].equals(best)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Exact expected payoffs of all players. */
    public static Rational[] payoffs(NormalFormGame g, StrategyProfile profile) {
        Rational[] u = new Rational[g.numPlayers()];
        for (int p = 0; p < u.length; p++) {
            u[p] = g.expectedPayoff(p, profile);
        }
        return u;
    }
}
