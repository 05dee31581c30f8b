package org.gtlab.solve.logit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;

/**
 * The principal branch of the logit quantal response equilibrium (QRE) correspondence of an
 * N-player normal-form game, traced from λ = 0 (the uniform profile) towards λ → ∞ by
 * predictor–corrector path following (McKelvey–Palfrey 1995; Turocy, "A dynamic homotopy
 * interpretation of the logistic quantal response equilibrium correspondence", GEB 51 (2005)
 * 243–263; the method of {@code gambit-logit}).
 *
 * <p>A logit QRE at precision λ is a profile x with {@code x_p(j) ∝ exp(λ v_p(j; x))}. In log
 * probabilities z = ln x the branch is the zero set of H(z, λ) = 0 with, for every player p,
 * <pre>
 *   Σ_j exp(z_pj) − 1 = 0,    z_pj − z_p0 − λ (v_pj − v_p0) = 0  (j ≥ 1),
 * </pre>
 * K equations in K + 1 unknowns (K = total number of strategies): a smooth curve through
 * (ln uniform, 0). Each step predicts along the unit tangent t (the null vector of the Jacobian
 * DH, oriented by the previous tangent, so turning points in λ are passed), then corrects by
 * Newton's method on H = 0 with the extra equation tᵀΔ = 0 (the Keller pseudo-arclength
 * corrector). A step is accepted when Newton converges within {@value #MAX_NEWTON} iterations
 * and contracts; the step length then grows by the acceleration factor when the corrector
 * needed at most 4 iterations and stays otherwise; a rejected step halves it. {@link Options#DEFAULT}
 * is {@code gambit-logit}'s dense branch for printing (1,600–2,300 steps on random 10×10 games,
 * mostly capped at the maximum step 10⁵); {@link Options#FAST} (acceleration 2, maximum step
 * 10⁷) reaches λ = 10⁶ in about 100 steps with the same corrector tolerance 10⁻¹³·(1+λ).
 * Points where λ crosses a requested value are found exactly by a corrector with λ fixed.
 * Log coordinates keep probabilities that vanish as exp(−λ·gap) representable.
 *
 * <p>Failure modes: if the step length falls below {@link Options#minStep()} (a bifurcation
 * the tracker cannot pass, e.g. in games with a continuum of QRE), tracing stops and
 * {@link Branch#complete()} is false; the points found so far are returned. Cancellation is
 * polled every step.
 */
public final class LogitBranch {

    static final int MAX_NEWTON = 12;

    /** Newton iterations of the last corrector call (step-size control). */
    private int lastIterations;

    /** One point of the branch: λ and the profile (per player, per strategy). */
    public record Point(double lambda, double[][] profile) {
    }

    /**
     * The branch from λ = 0 to the first point at or beyond {@code maxLambda}, or the points at the
     * requested λ values only (when {@code lambdas} is not empty). {@code complete} is false when
     * tracking failed before maxLambda.
     */
    public record Branch(List<Point> points, boolean complete) {
        public Point last() {
            return points.get(points.size() - 1);
        }
    }

    /**
     * Path-following settings, as {@code gambit-logit}: first step length {@code step} (0.03),
     * {@code acceleration} (1.1), tracing ends at {@code maxLambda} (10⁶).
     */
    public record Options(double step, double acceleration, double maxLambda, double minStep, double maxStep) {
        public static final Options DEFAULT = new Options(0.03, 1.1, 1e6, 1e-12, 1e5);

        /**
         * For the limit and interactive views: steps double while the corrector converges in at
         * most 4 iterations and may grow to 10⁷ (the log-probabilities of vanishing strategies grow
         * like λ·gap, so the branch to λ = 10⁶ is about 10⁸ long in payoff units of 100): about 100
         * steps on random 10×10 games instead of about 2,000 with {@link #DEFAULT}.
         */
        public static final Options FAST = new Options(0.03, 2.0, 1e6, 1e-12, 1e7);

        public Options {
            if (!(step > 0) || !(acceleration >= 1) || !(maxLambda > 0) || !(minStep > 0) || !(maxStep >= step)) {
                throw new IllegalArgumentException("logit options need step > 0, acceleration ≥ 1, max lambda > 0;"
                        + " got step " + step + ", acceleration " + acceleration + ", max lambda " + maxLambda);
            }
        }

        public Options withMaxLambda(double l) {
            return new Options(step, acceleration, l, minStep, maxStep);
        }

        public Options withStep(double s) {
            return new Options(s, acceleration, maxLambda, minStep, Math.max(maxStep, s));
        }

        public Options withAcceleration(double a) {
            return new Options(step, a, maxLambda, minStep, maxStep);
        }
    }

    private final NormalFormGame game;
    private final MixedPayoffs payoffs;
    private final int n;
    private final int[] shape;
    private final int[] off;
    private final int k;

    private LogitBranch(NormalFormGame game) {
        this.game = game;
        this.payoffs = new MixedPayoffs(game);
        this.n = game.numPlayers();
        this.shape = game.shape();
        this.off = new int[n + 1];
        for (int p = 0; p < n; p++) {
            off[p + 1] = off[p] + shape[p];
        }
        this.k = off[n];
    }

    /** The whole branch, every accepted step a point. */
    public static Branch trace(NormalFormGame game, Options options) {
        return new LogitBranch(game).run(options, new double[0]);
    }

    /**
     * The branch's points at the given λ values (each ≥ 0; sorted ascending in the result). The
     * QRE on the principal branch at λ is unique for the branch even where the correspondence
     * has several QRE at that λ (the first crossing is reported).
     *
     * @throws IllegalArgumentException if a λ is negative or not finite
     */
    public static Branch atLambdas(NormalFormGame game, double[] lambdas, Options options) {
        double[] l = lambdas.clone();
        Arrays.sort(l);
        for (double x : l) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("lambda must be a non-negative number, got " + x);
            }
        }
        return new LogitBranch(game).run(options.withMaxLambda(Math.max(l[l.length - 1], 1e-9)), l);
    }

    private Branch run(Options o, double[] targets) {
        List<Point> out = new ArrayList<>();
        double[] z = new double[k + 1];
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < shape[p]; j++) {
                z[off[p] + j] = -Math.log(shape[p]);
            }
        }
        z[k] = 0;
        int ti = 0;
        boolean onlyTargets = targets.length > 0;
        while (ti < targets.length && targets[ti] == 0) {
            out.add(point(z));
            ti++;
        }
        if (!onlyTargets) {
            out.add(point(z));
        }
        if (onlyTargets && ti == targets.length) {
            return new Branch(out, true);
        }
        double[] e = new double[k + 1];
        e[k] = 1;
        double[] t = tangent(z, e);
        if (t == null) {
            return new Branch(out, false);
        }
        if (t[k] < 0) {
            scale(t, -1);
        }
        double h = o.step();
        while (true) {
            Cancellation.check();
            double[] pred = new double[k + 1];
            for (int i = 0; i <= k; i++) {
                pred[i] = z[i] + h * t[i];
            }
            double[] corr = correct(pred, t, Double.NaN, h);
            if (corr == null || corr[k] < 0) {
                h /= 2;
                if (h < o.minStep()) {
                    return new Branch(out, false);
                }
                continue;
            }
            // requested λ values crossed on this step
            while (ti < targets.length && targets[ti] <= corr[k] && targets[ti] > z[k] - 1e-15) {
                double f = (targets[ti] - z[k]) / (corr[k] - z[k]);
                double[] guess = new double[k + 1];
                for (int i = 0; i <= k; i++) {
                    guess[i] = z[i] + f * (corr[i] - z[i]);
                }
                guess[k] = targets[ti];
                double[] at = correct(guess, null, targets[ti], h);
                out.add(point(at == null ? guess : at));
                ti++;
            }
            double[] tn = tangent(corr, t);
            if (tn == null) {
                h /= 2;
                if (h < o.minStep()) {
                    return new Branch(out, false);
                }
                continue;
            }
            z = corr;
            t = tn;
            if (!onlyTargets) {
                out.add(point(z));
            }
            if (onlyTargets ? ti == targets.length : z[k] >= o.maxLambda()) {
                return new Branch(out, true);
            }
            // step-size control by corrector effort: a step whose corrector needed at most 4 Newton
            // iterations grows by the acceleration factor, a harder one keeps its length
            double grow = lastIterations <= 4 ? o.acceleration() : 1;
            h = Math.min(h * grow, o.maxStep());
        }
    }

    private Point point(double[] z) {
        double[][] x = probabilities(z);
        return new Point(z[k], x);
    }

    private double[][] probabilities(double[] z) {
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = new double[shape[p]];
            double s = 0;
            for (int j = 0; j < shape[p]; j++) {
                x[p][j] = Math.exp(z[off[p] + j]);
                s += x[p][j];
            }
            for (int j = 0; j < shape[p]; j++) {
                x[p][j] /= s;
            }
        }
        return x;
    }

    /** H(z) and, when jac != null, the K × (K+1) Jacobian. */
    private double[] residual(double[] z, double[][] jac) {
        double[][] x = new double[n][];
        for (int p = 0; p < n; p++) {
            x[p] = new double[shape[p]];
            for (int j = 0; j < shape[p]; j++) {
                x[p][j] = Math.exp(z[off[p] + j]);
            }
        }
        payoffs.compute(x, jac != null);
        double lambda = z[k];
        double[] hv = new double[k];
        for (int p = 0; p < n; p++) {
            int r0 = off[p];
            double s = -1;
            for (int j = 0; j < shape[p]; j++) {
                s += x[p][j];
            }
            hv[r0] = s;
            double[] v = payoffs.v[p];
            for (int j = 1; j < shape[p]; j++) {
                hv[r0 + j] = z[r0 + j] - z[r0] - lambda * (v[j] - v[0]);
            }
            if (jac == null) {
                continue;
            }
            Arrays.fill(jac[r0], 0);
            for (int j = 0; j < shape[p]; j++) {
                jac[r0][r0 + j] = x[p][j];
            }
            for (int j = 1; j < shape[p]; j++) {
                double[] row = jac[r0 + j];
                Arrays.fill(row, 0);
                row[r0 + j] += 1;
                row[r0] -= 1;
                for (int q = 0; q < n; q++) {
                    if (q == p) {
                        continue;
                    }
                    double[][] wq = payoffs.w[p][q];
                    for (int c = 0; c < shape[q]; c++) {
                        row[off[q] + c] = -lambda * x[q][c] * (wq[j][c] - wq[0][c]);
                    }
                }
                row[k] = -(v[j] - v[0]);
            }
        }
        return hv;
    }

    /** The unit null vector of DH at z, oriented so that its product with {@code ref} is positive. */
    private double[] tangent(double[] z, double[] ref) {
        double[][] a = new double[k + 1][];
        double[][] jac = new double[k][k + 1];
        residual(z, jac);
        for (int i = 0; i < k; i++) {
            a[i] = jac[i];
        }
        a[k] = ref.clone();
        double[] b = new double[k + 1];
        b[k] = 1;
        double[] t = new double[k + 1];
        if (!MixedPayoffs.solve(a, b, t)) {
            return null;
        }
        double norm = 0;
        for (double v : t) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            return null;
        }
        scale(t, 1 / norm);
        return t;
    }

    /**
     * Newton's method from {@code start} on H = 0 plus either tᵀ(z − start) = 0 (t != null) or
     * λ = fixedLambda; null when it does not converge.
     */
    private double[] correct(double[] start, double[] t, double fixedLambda, double h) {
        double[] z = start.clone();
        if (t == null) {
            z[k] = fixedLambda;
        }
        double prev = Double.POSITIVE_INFINITY;
        double[][] jac = new double[k][k + 1];
        for (int it = 0; it < MAX_NEWTON; it++) {
            lastIterations = it + 1;
            double[] hv = residual(z, jac);
            double res = 0;
            for (double v : hv) {
                res = Math.max(res, Math.abs(v));
            }
            if (!Double.isFinite(res)) {
                return null;
            }
            if (res < 1e-13 * (1 + Math.abs(z[k]))) {
                return z;
            }
            double[][] a = new double[k + 1][];
            for (int i = 0; i < k; i++) {
                a[i] = jac[i];
            }
            double[] last = new double[k + 1];
            double rhsLast = 0;
            if (t == null) {
                last[k] = 1;
            } else {
                System.arraycopy(t, 0, last, 0, k + 1);
                double s = 0;
                for (int i = 0; i <= k; i++) {
                    s += t[i] * (z[i] - start[i]);
                }
                rhsLast = -s;
            }
            a[k] = last;
            double[] b = new double[k + 1];
            for (int i = 0; i < k; i++) {
                b[i] = -hv[i];
            }
            b[k] = rhsLast;
            double[] d = new double[k + 1];
            if (!MixedPayoffs.solve(a, b, d)) {
                return null;
            }
            double dist = 0;
            for (int i = 0; i <= k; i++) {
                z[i] += d[i];
                dist = Math.max(dist, Math.abs(d[i]));
            }
            if (it == 0 && t != null && dist > Math.max(0.5 * h, 1e-9) && dist > 0.5) {
                return null;
            }
            double size = 1;
            for (double v : z) {
                size = Math.max(size, Math.abs(v));
            }
            // steps below ~1e-13 of the coordinates' size are rounding noise, not divergence
            if (dist < 1e-13 * size) {
                return z;
            }
            if (it > 0 && dist > 0.5 * prev) {
                return null;
            }
            prev = dist;
        }
        double[] hv = residual(z, null);
        for (double v : hv) {
            if (!(Math.abs(v) < 1e-9 * (1 + Math.abs(z[k])))) {
                return null;
            }
        }
        return z;
    }

    private static void scale(double[] v, double f) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
    }
}
