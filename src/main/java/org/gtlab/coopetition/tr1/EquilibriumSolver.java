package org.gtlab.coopetition.tr1;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The coopetitive equilibrium of a {@link CoopetitionGame} ("Definition 3": a Nash equilibrium of
 * the game with payoffs U_i) by Gauss–Seidel best responses, the authors' scheme (spec §2.6): start
 * a = (s, …, s); in each sweep replace a_0, a_1, … in place by the maximiser of U_i(·, a_−i) on the
 * box [lo, hi]; stop when max_i |a_i − a_i^old| &lt; tol ({@code converged}) or after
 * {@code maxSweeps} sweeps (not converged).
 *
 * <p>Best responses:
 * <ul>
 *   <li>{@link BestResponse#EXACT} (default): the root of the first-order condition
 *       h(x) = f'(x) + γ k_i G x^(1/N − 1) / N − 1 with G = (Π_{j≠i} a_j)^(1/N) (§2.4). h is strictly
 *       decreasing, so the best response is hi if h(hi) ≥ 0, lo if h(lo) ≤ 0, else the unique root,
 *       found by Newton steps safeguarded by bisection to 1e-14 relative.</li>
 *   <li>{@link BestResponse#BRENT}: bounded Brent maximisation of U_i on [lo, hi] (Apache Commons
 *       Math {@code BrentOptimizer}, absolute x-tolerance 1e-5 like the authors' SciPy call, with a_i
 *       floored at 0.001 inside the objective) — the replication mode.</li>
 * </ul>
 *
 * <p>Defaults (reproduction mode): start 10, box [0.01, 100] independent of the endowment, tol 1e-6,
 * 1000 sweeps. {@link #realistic()} bounds each a_i by min(100, e_i) (A7). Existence follows from
 * concavity on a compact box; uniqueness is not proven in the sources.
 *
 * <p>Immutable and thread-safe. Failure mode: a solve that does not converge returns
 * {@code converged = false} with its last iterate ({@link Equilibrium#requireConverged()} makes that
 * one clear error); bad options are refused by the constructor.
 *
 * @param start     start action of every actor
 * @param lower     lower bound of the box (&gt; 0)
 * @param upper     upper bound of the box (&gt; lower)
 * @param tolerance stopping tolerance on max_i |a_i − a_i^old| (&gt; 0)
 * @param maxSweeps sweep limit (≥ 1)
 * @param mode      EXACT or BRENT best responses
 * @param capAtEndowment true: realistic mode, upper bound min(upper, e_i) per actor
 */
public record EquilibriumSolver(double start, double lower, double upper, double tolerance, int maxSweeps,
        BestResponse mode, boolean capAtEndowment) {

    /** How each best response is computed. */
    public enum BestResponse {
        /** Root of the first-order condition (exact to round-off). */
        EXACT,
        /** Bounded Brent maximisation of U_i (the authors' numerical scheme). */
        BRENT
    }

    /** @throws IllegalArgumentException naming the option that is not allowed */
    public EquilibriumSolver {
        if (!(lower > 0) || !Double.isFinite(lower)) {
            throw new IllegalArgumentException("solver lower bound must be a finite number > 0, got " + lower);
        }
        if (!(upper > lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("solver upper bound must be finite and > lower bound " + lower
                    + ", got " + upper);
        }
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("solver start must be finite, got " + start);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("solver tolerance must be > 0, got " + tolerance);
        }
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("solver needs at least 1 sweep, got " + maxSweeps);
        }
        if (mode == null) {
            throw new IllegalArgumentException("best-response mode is missing");
        }
    }

    /** The reproduction defaults: start 10, [0.01, 100], tol 1e-6, 1000 sweeps, exact best responses. */
    public static EquilibriumSolver defaults() {
        return new EquilibriumSolver(10, 0.01, 100, 1e-6, 1000, BestResponse.EXACT, false);
    }

    /** The same solver with Brent best responses (the authors' numerical scheme). */
    public EquilibriumSolver brent() {
        return new EquilibriumSolver(start, lower, upper, tolerance, maxSweeps, BestResponse.BRENT, capAtEndowment);
    }

    /** Realistic mode (A7): a_i ≤ min(upper, e_i). */
    public EquilibriumSolver realistic() {
        return new EquilibriumSolver(start, lower, upper, tolerance, maxSweeps, mode, true);
    }

    public EquilibriumSolver withMaxSweeps(int k) {
        return new EquilibriumSolver(start, lower, upper, tolerance, k, mode, capAtEndowment);
    }

    public EquilibriumSolver withTolerance(double tol) {
        return new EquilibriumSolver(start, lower, upper, tol, maxSweeps, mode, capAtEndowment);
    }

    /** Solves from a = (start, …, start). */
    public Equilibrium solve(CoopetitionGame game) {
        double[] a = new double[game.actors()];
        java.util.Arrays.fill(a, start);
        return solveFrom(game, a);
    }

    /**
     * Solves from the given start profile.
     *
     * @throws IllegalArgumentException if the start has the wrong length or a non-finite entry
     */
    public Equilibrium solveFrom(CoopetitionGame game, double[] startProfile) {
        int n = game.actors();
        if (startProfile.length != n) {
            throw new IllegalArgumentException("start profile has " + startProfile.length + " entries for " + n
                    + " actors");
        }
        double[] a = startProfile.clone();
        for (double x : a) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("start profile entries must be finite, got " + x);
            }
        }
        double change = Double.POSITIVE_INFINITY;
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            change = 0;
            for (int i = 0; i < n; i++) {
                double old = a[i];
                a[i] = bestResponse(game, i, a);
                change = Math.max(change, Math.abs(a[i] - old));
            }
            if (change < tolerance) {
                return new Equilibrium(a, true, sweep, change);
            }
        }
        return new Equilibrium(a, false, maxSweeps, change);
    }

    /** Upper bound of actor i's box. */
    public double upper(CoopetitionGame game, int i) {
        return capAtEndowment ? Math.max(lower, Math.min(upper, game.endowment(i))) : upper;
    }

    /** The best response of actor i to the others' actions in a (a[i] is ignored). */
    public double bestResponse(CoopetitionGame game, int i, double[] a) {
        double hi = upper(game, i);
        return mode == BestResponse.EXACT ? exactBestResponse(game, i, a, lower, hi) : brentBestResponse(game, i, a,
                lower, hi);
    }

    /**
     * The exact best response on [lo, hi]: hi if h(hi) ≥ 0, lo if h(lo) ≤ 0, else the unique root of
     * the strictly decreasing h(x) = f'(x) + γ k_i G x^(1/N−1)/N − 1.
     */
    public static double exactBestResponse(CoopetitionGame game, int i, double[] a, double lo, double hi) {
        int n = game.actors();
        double others = 1;
        boolean zero = false;
        for (int j = 0; j < n; j++) {
            if (j != i) {
                if (!(a[j] > 0)) {
                    zero = true;
                }
                others *= a[j];
            }
        }
        double gCoef = zero ? 0 : Math.pow(others, 1.0 / n);
        double c = game.gamma() * game.effectiveShare(i) * gCoef / n; // h(x) = f'(x) + c x^(1/N − 1) − 1
        double p = 1.0 / n - 1;
        ValueFunction f = game.valueFunction();
        if (h(f, c, p, hi) >= 0) {
            return hi;
        }
        if (h(f, c, p, lo) <= 0) {
            return lo;
        }
        double left = lo;
        double right = hi;
        double x = 0.5 * (lo + hi);
        for (int it = 0; it < 200; it++) {
            double hx = h(f, c, p, x);
            if (hx == 0) {
                return x;
            }
            if (hx > 0) {
                left = x;
            } else {
                right = x;
            }
            double dh = f.secondDerivative(x) + c * p * Math.pow(x, p - 1);
            double next = x - hx / dh;
            if (!(next > left && next < right)) {
                next = 0.5 * (left + right);
            }
            if (Math.abs(next - x) <= 1e-14 * Math.max(1, Math.abs(x)) || right - left <= 1e-14 * Math.max(1, left)) {
                return next;
            }
            x = next;
        }
        return x;
    }

    private static double h(ValueFunction f, double c, double p, double x) {
        return f.derivative(x) + c * Math.pow(x, p) - 1;
    }

    /** Bounded Brent maximisation of U_i(·, a_−i) on [lo, hi] (a_i floored at 0.001 in the objective). */
    public static double brentBestResponse(CoopetitionGame game, int i, double[] a, double lo, double hi) {
        double[] work = a.clone();
        BrentOptimizer opt = new BrentOptimizer(1e-10, 1e-5);
        UnivariatePointValuePair r = opt.optimize(new MaxEval(10_000), GoalType.MAXIMIZE,
                new SearchInterval(lo, hi, Math.min(hi, Math.max(lo, a[i]))),
                new UnivariateObjectiveFunction(x -> {
                    work[i] = Math.max(x, 0.001);
                    return game.utility(i, work);
                }));
        return r.getPoint();
    }
}
