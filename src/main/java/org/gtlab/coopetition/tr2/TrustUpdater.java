package org.gtlab.coopetition.tr2;

/**
 * The TR-2 two-layer trust and reputation update for one ordered pair (i, j) (spec §6; TR-2 abstract,
 * DOC-trust, TR2-code): immediate trust T ∈ [0, 1], reputation damage R ∈ [0, 1], trust ceiling
 * Θ = 1 − R (hysteresis).
 *
 * <pre>
 * s  = tanh(κ (a_j − a_j^baseline))
 * s &gt; 0:  ΔT = λ⁺ s max(0, Θ − T)
 * s ≤ 0:  ΔT = λ⁻ s T (1 + ξ D_ij)                 (trust falls; interdependence amplifies)
 * s &lt; 0:  ΔR = μ_R |s| (1 − R)     else  ΔR = −δ_R R
 * T, R clipped to [0, 1]; Θ is computed from the current R, then T, then R are updated
 * </pre>
 *
 * Defaults: λ⁺ 0.10, λ⁻ 0.30 (3:1 negativity bias), μ_R 0.60, δ_R 0.03, ξ 0.50, κ 1.0. Trust weights
 * TR-1 utilities through {@code CoopetitionGame.withTrust} (U_i^T = π_i + Σ T_ij D_ij π_j).
 *
 * @param gainUp     λ⁺ ≥ 0
 * @param gainDown   λ⁻ ≥ 0
 * @param damage     μ_R ∈ [0, 1]
 * @param decay      δ_R ∈ [0, 1]
 * @param amplify    ξ ≥ 0
 * @param sensitivity κ &gt; 0
 */
public record TrustUpdater(double gainUp, double gainDown, double damage, double decay, double amplify,
        double sensitivity) {

    /** The default parameters. */
    public static final TrustUpdater DEFAULTS = new TrustUpdater(0.10, 0.30, 0.60, 0.03, 0.50, 1.0);

    /** @throws IllegalArgumentException naming the parameter that is not allowed */
    public TrustUpdater {
        nonNegative("λ⁺", gainUp);
        nonNegative("λ⁻", gainDown);
        unit("μ_R", damage);
        unit("δ_R", decay);
        nonNegative("ξ", amplify);
        if (!Double.isFinite(sensitivity) || !(sensitivity > 0)) {
            throw new IllegalArgumentException("signal sensitivity κ must be a finite number > 0, got " + sensitivity);
        }
    }

    private static void nonNegative(String n, double v) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException("trust parameter " + n + " must be a finite number ≥ 0, got " + v);
        }
    }

    private static void unit(String n, double v) {
        if (!Double.isFinite(v) || v < 0 || v > 1) {
            throw new IllegalArgumentException("trust parameter " + n + " must be in [0, 1], got " + v);
        }
    }

    /**
     * A trust state.
     *
     * @param trust  T ∈ [0, 1]
     * @param damage R ∈ [0, 1]
     */
    public record State(double trust, double damage) {
        /** The initial state T⁰ = 0.5, R⁰ = 0. */
        public static final State INITIAL = new State(0.5, 0);

        /** @throws IllegalArgumentException for values outside [0, 1] */
        public State {
            if (!(trust >= 0 && trust <= 1) || !(damage >= 0 && damage <= 1)) {
                throw new IllegalArgumentException("trust and reputation damage must be in [0, 1], got T = " + trust
                        + ", R = " + damage);
            }
        }

        /** Θ = 1 − R. */
        public double ceiling() {
            return 1 - damage;
        }
    }

    public TrustUpdater withGains(double up, double down) {
        return new TrustUpdater(up, down, damage, decay, amplify, sensitivity);
    }

    public TrustUpdater withDamage(double mu) {
        return new TrustUpdater(gainUp, gainDown, mu, decay, amplify, sensitivity);
    }

    /** The signal s = tanh(κ · deviation). */
    public double signal(double deviation) {
        return Math.tanh(sensitivity * deviation);
    }

    /**
     * One update.
     *
     * @param deviation  a_j − a_j^baseline (finite)
     * @param dependence D_ij ∈ [0, 1]
     * @throws IllegalArgumentException for a non-finite deviation or D_ij outside [0, 1]
     */
    public State step(State s, double deviation, double dependence) {
        if (!Double.isFinite(deviation)) {
            throw new IllegalArgumentException("action deviation must be finite, got " + deviation);
        }
        if (!(dependence >= 0 && dependence <= 1)) {
            throw new IllegalArgumentException("interdependence D_ij must be in [0, 1], got " + dependence);
        }
        double sig = signal(deviation);
        double t = s.trust();
        double r = s.damage();
        double ceiling = 1 - r;
        double dt = sig > 0 ? gainUp * sig * Math.max(0, ceiling - t) : gainDown * sig * t * (1 + amplify * dependence);
        double dr = sig < 0 ? damage * Math.abs(sig) * (1 - r) : -decay * r;
        return new State(clamp(t + dt), clamp(r + dr));
    }

    /** Applies a sequence of deviations. */
    public State run(State s, double[] deviations, double dependence) {
        State x = s;
        for (double d : deviations) {
            x = step(x, d, dependence);
        }
        return x;
    }

    private static double clamp(double v) {
        return Math.min(1, Math.max(0, v));
    }
}
