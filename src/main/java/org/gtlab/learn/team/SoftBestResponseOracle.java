package org.gtlab.learn.team;

import org.gtlab.game.TeamPolicy;

/**
 * The FXP authors' damped per-agent best-response oracle (spec fxp-psro.md §5.2; CODE {@code soft_BR},
 * {@code isclose} and the training loops of {@code matrix_games/example/run.py}).
 *
 * <p>One step at step index t = 0, 1, … within a phase, given per-agent action values Q (N×|𝒜|) against
 * the opponent target:
 * <ol>
 *   <li>BR[x] = one-hot(argmax_a Q[x][a]) with lowest-index ties (temperature α = 0), or
 *       softmax((Q[x] − max Q[x])/α) for α &gt; 0;</li>
 *   <li>lr_x = lr·(1 + 1[x = t mod N]) (the round-robin agent moves twice as far);</li>
 *   <li>π[x] ← (1 − lr_x)·π[x] + lr_x·BR[x].</li>
 * </ol>
 * <b>Stop rule</b>, checked after the update with d = max_x ‖π[x] − BR[x]‖² (or another reference policy,
 * see {@link #progress}): if d &lt; {@value #CLOSE} increment {@code converge}, otherwise reset it to 0; stop
 * when converge ≥ max(5, 0.1·t) and t ≥ {@code minSteps}, or at the cap t + 1 = {@code maxSteps}. The phase
 * length is t + 1. Defaults: lr = 0.1, α = 0, cap 1000; minSteps is 50 for PSRO BRs and the FXP main
 * policy, 0 otherwise.
 */
public final class SoftBestResponseOracle {

    /** The {@code isclose} threshold on max_x ‖π_x − μ_x‖². */
    public static final double CLOSE = 1e-4;

    /** Default learning rate. */
    public static final double DEFAULT_LR = 0.1;

    /** Default step cap per phase (n_iters). */
    public static final int DEFAULT_MAX_STEPS = 1000;

    private final double lr;
    private final double temperature;
    private final int minSteps;
    private final int maxSteps;

    /**
     * @throws IllegalArgumentException unless 0 &lt; lr ≤ 0.5 (so that 2·lr ≤ 1), α ≥ 0, 0 ≤ minSteps and
     *         maxSteps ≥ 1
     */
    public SoftBestResponseOracle(double lr, double temperature, int minSteps, int maxSteps) {
        if (!(lr > 0) || !(lr <= 0.5)) {
            throw new IllegalArgumentException("damped BR learning rate must be in (0, 0.5], got " + lr);
        }
        if (!(temperature >= 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number ≥ 0, got " + temperature);
        }
        if (minSteps < 0 || maxSteps < 1) {
            throw new IllegalArgumentException("need minSteps ≥ 0 and maxSteps ≥ 1, got " + minSteps + ", " + maxSteps);
        }
        this.lr = lr;
        this.temperature = temperature;
        this.minSteps = minSteps;
        this.maxSteps = maxSteps;
    }

    /** lr = 0.1, α = 0, the given minimum, cap 1000. */
    public static SoftBestResponseOracle standard(int minSteps) {
        return new SoftBestResponseOracle(DEFAULT_LR, 0, minSteps, DEFAULT_MAX_STEPS);
    }

    public double lr() {
        return lr;
    }

    public int minSteps() {
        return minSteps;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** The same oracle with another minimum phase length. */
    public SoftBestResponseOracle withMinSteps(int min) {
        return new SoftBestResponseOracle(lr, temperature, min, maxSteps);
    }

    /** The same oracle with another cap. */
    public SoftBestResponseOracle withMaxSteps(int max) {
        return new SoftBestResponseOracle(lr, temperature, minSteps, max);
    }

    /** Per-agent responses to the action values: one-hot argmax (α = 0) or a softmax. */
    public double[][] response(double[][] q) {
        int n = q.length;
        int m = q[0].length;
        double[][] br = new double[n][m];
        for (int x = 0; x < n; x++) {
            int best = 0;
            for (int a = 1; a < m; a++) {
                if (q[x][a] > q[x][best]) {
                    best = a;
                }
            }
            if (temperature < 1e-3) {
                br[x][best] = 1;
            } else {
                double s = 0;
                for (int a = 0; a < m; a++) {
                    br[x][a] = Math.exp(Math.max(-100, Math.min(100, (q[x][a] - q[x][best]) / temperature)));
                    s += br[x][a];
                }
                for (int a = 0; a < m; a++) {
                    br[x][a] /= s;
                }
            }
        }
        return br;
    }

    /** π[x] ← (1 − lr_x)·π[x] + lr_x·BR[x] with lr_x = lr·(1 + 1[x = t mod N]). */
    public TeamPolicy update(TeamPolicy pi, double[][] br, int t) {
        int n = pi.agents();
        double[][] rows = pi.rows();
        for (int x = 0; x < n; x++) {
            double l = lr * (1 + (x == t % n ? 1 : 0));
            for (int a = 0; a < rows[x].length; a++) {
                rows[x][a] = (1 - l) * rows[x][a] + l * br[x][a];
            }
        }
        return TeamPolicy.of(rows);
    }

    /** max_x ‖π[x] − BR[x]‖². */
    public static double distance(TeamPolicy pi, double[][] br) {
        double d = 0;
        for (int x = 0; x < br.length; x++) {
            double s = 0;
            for (int a = 0; a < br[x].length; a++) {
                double e = pi.prob(x, a) - br[x][a];
                s += e * e;
            }
            d = Math.max(d, s);
        }
        return d;
    }

    /**
     * The stop rule after step t with distance d.
     *
     * @return the new converge counter, negated minus one if the phase stops here (decode with
     *         {@link #stops(int)} and {@link #counter(int)})
     */
    public int progress(int t, int converge, double d) {
        int c = d < CLOSE ? converge + 1 : 0;
        boolean stop = (d < CLOSE && c >= Math.max(5, 0.1 * t) && t >= minSteps) || t + 1 >= maxSteps;
        return stop ? -c - 1 : c;
    }

    /** True if {@link #progress} signalled a stop. */
    public static boolean stops(int progress) {
        return progress < 0;
    }

    /** The converge counter encoded in a {@link #progress} result. */
    public static int counter(int progress) {
        return progress < 0 ? -progress - 1 : progress;
    }
}
