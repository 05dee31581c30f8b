package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * Dynamic sentinel governor (spec §2.10). Composite discomfort
 * D(t) = w_x·‖x − x̄‖/√d + w_a·|a* − ā| + w_e·|a* − a_cog|; EMA baselines (rate γ_ema) updated after D;
 * α ← clip(α + η↑(α0 − α) − η↓·max(0, D − θ), α_min, 1), starting at α0, updated before use every round.
 * Equilibrium for constant D: α0 if D ≤ θ, α0 − (η↓/η↑)(D − θ) in between, α_min beyond.
 * Baselines: {@link #initBaselines} drives a zero-state copy 200 steps open-loop [1,1] and takes the means
 * of x and σ(w_out·x + b_out) (transient included); if never initialised x̄ = 0, ā = 0.95.
 */
public final class Sentinel implements Governor {

    /** Policy parameters with the spec defaults in {@link #DEFAULTS}. */
    public record Params(double alpha0, double etaUp, double etaDown, double theta, double alphaMin,
            double wx, double wa, double we, double gammaEma) {
        public static final Params DEFAULTS = new Params(0.85, 0.05, 0.5, 0.1, 0.05, 0.3, 0.3, 0.4, 0.02);

        public Params {
            Check.unit("alpha0", alpha0);
            Check.unit("alpha_min", alphaMin);
            Check.unit("eta_up", etaUp);
            Check.finite("eta_down", etaDown);
            Check.finite("theta", theta);
            Check.finite("w_x", wx);
            Check.finite("w_a", wa);
            Check.finite("w_e", we);
            Check.unit("gamma_ema", gammaEma);
            if (etaDown < 0 || alphaMin > alpha0) {
                throw new IllegalArgumentException("sentinel needs eta_down ≥ 0 and alpha_min ≤ alpha0, got eta_down = "
                        + etaDown + ", alpha_min = " + alphaMin + ", alpha0 = " + alpha0);
            }
        }
    }

    public static final int BASELINE_STEPS = 200;

    private final Params p;
    private double alpha;
    private double[] xBar;
    private double aBar = 0.95;
    private double dState, dOutput, dDisagree, d;

    public Sentinel(Params p, int dim) {
        this.p = p;
        this.alpha = p.alpha0();
        this.xBar = new double[Check.dimension(dim)];
    }

    /** Sets x̄, ā from {@link #BASELINE_STEPS} open-loop [1,1] steps of a zero-state copy of {@code body}. */
    public void initBaselines(Body body, Readout ro, Rng rng) {
        Body z = body.copy();
        double[] sum = new double[z.dim()];
        double aSum = 0;
        for (int t = 0; t < BASELINE_STEPS; t++) {
            z.step(1, 1, rng);
            double[] x = z.state();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
            }
            aSum += ro.output(x);
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= BASELINE_STEPS;
        }
        xBar = sum;
        aBar = aSum / BASELINE_STEPS;
    }

    /** Sets the baselines directly (tests, stubs). */
    public void setBaselines(double[] xBar, double aBar) {
        this.xBar = xBar.clone();
        this.aBar = aBar;
    }

    @Override
    public double alpha(double[] x, double aBody, double aCog) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double e = x[i] - xBar[i];
            s += e * e;
        }
        dState = Math.sqrt(s) / Math.sqrt(x.length);
        dOutput = Math.abs(aBody - aBar);
        dDisagree = Math.abs(aBody - aCog);
        d = p.wx() * dState + p.wa() * dOutput + p.we() * dDisagree;
        double g = p.gammaEma();
        for (int i = 0; i < x.length; i++) {
            xBar[i] = (1 - g) * xBar[i] + g * x[i];
        }
        aBar = (1 - g) * aBar + g * aBody;
        return update(d);
    }

    /** One receptivity update with discomfort {@code D}; returns the new α. */
    public double update(double discomfort) {
        Check.finite("discomfort D", discomfort);
        double a = alpha + p.etaUp() * (p.alpha0() - alpha) - p.etaDown() * Math.max(0, discomfort - p.theta());
        alpha = Math.min(1, Math.max(p.alphaMin(), a));
        return alpha;
    }

    public double currentAlpha() {
        return alpha;
    }

    /** Last D(t). */
    public double discomfort() {
        return d;
    }

    /** Last unweighted components {D_state, D_output, D_disagree}. */
    public double[] components() {
        return new double[] {dState, dOutput, dDisagree};
    }

    public Params params() {
        return p;
    }
}
