package org.gtlab.reservoir;

import java.util.Arrays;

/**
 * One seed of the stationary α-grid experiments (spec §5 Exp 2, Exp 5, Exp 8): a built agent, its habituated
 * reference sample p_hab (500-step [1,1] warm-up, then {@code rounds} closed-loop α = 1 states against
 * opp ≡ 1) and one noisy-cooperator schedule Bernoulli(ε) of {@code rounds} rounds shared by every α of the
 * seed. {@link #evaluate} plays one static α (copy, warm-up, the schedule) and measures
 * <ul>
 *   <li>C(α) = max(0, KL̂(p_{α,ε} ‖ p_hab)), kNN k = 5 on the d-dimensional states (§2.8);</li>
 *   <li>Var[a] (population variance of a(t)), mean payoff ū(α), mean action;</li>
 *   <li>the "pure cooperation" control KL: the same α against the deterministic cooperator (≈ 0).</li>
 * </ul>
 * Aggregates ({@link #alphaStar}): F(α) = −ū(α) + λ·KL(α) from seed means, α* = argmin on the grid (§2.9).
 * Streams: reference {@link Streams#REFERENCE}, opponent {@link Streams#OPPONENT}, condition k evaluation
 * {@code EVALUATION + k}, control {@code EVALUATION + 500 + k}.
 */
public final class Landscape {

    /** One α of one seed. KL values are NaN when not computed. */
    public record Point(double alpha, double kl, double klRaw, double variance, double payoff, double meanAction,
            double controlKl, double bodyOutput) {
    }

    private final Agent agent;
    private final long seed;
    private final double[][] reference;
    private final double[] opp;

    private Landscape(Agent agent, long seed, double[][] reference, double[] opp) {
        this.agent = agent;
        this.seed = seed;
        this.reference = reference;
        this.opp = opp;
    }

    /**
     * Builds the agent of {@code seed} and its reference and schedule.
     *
     * @param withReference false skips p_hab (no KL wanted)
     * @throws IllegalArgumentException for rounds &lt; 6 or ε outside [0,1]
     */
    public static Landscape prepare(Agent.Config c, long seed, int rounds, double eps, boolean withReference) {
        return of(Agent.build(c, seed), seed, rounds, eps, withReference);
    }

    /** As {@link #prepare} on an agent already built. */
    public static Landscape of(Agent agent, long seed, int rounds, double eps, boolean withReference) {
        if (rounds < KnnKl.K + 1) {
            throw new IllegalArgumentException("rounds must be ≥ " + (KnnKl.K + 1) + ", got " + rounds);
        }
        Check.unit("epsilon", eps);
        double[][] ref = withReference ? agent.reference(rounds, Streams.of(seed, Streams.REFERENCE)) : null;
        double[] opp = Schedule.builder(Streams.of(seed, Streams.OPPONENT)).noisy(rounds, eps).build();
        return new Landscape(agent, seed, ref, opp);
    }

    public Agent agent() {
        return agent;
    }

    /** The shared schedule. */
    public double[] schedule() {
        return opp.clone();
    }

    /** The reference sample (null if not prepared). */
    public double[][] reference() {
        return reference;
    }

    /**
     * Plays static α as condition {@code k}.
     *
     * @param kl      compute C(α) (needs the reference)
     * @param control also run the pure-cooperation control and its KL
     */
    public Point evaluate(double alpha, int k, boolean kl, boolean control) {
        Check.unit("alpha", alpha);
        if ((kl || control) && reference == null) {
            throw new IllegalArgumentException("KL needs the reference sample: prepare with a reference");
        }
        Match.Trace t = agent.play(opp, Governor.fixed(alpha), Streams.of(seed, Streams.EVALUATION + k), kl);
        double raw = kl ? KnnKl.estimate(t.states(), reference, KnnKl.K) : Double.NaN;
        double ctl = Double.NaN;
        if (control) {
            double[] coop = new double[opp.length];
            Arrays.fill(coop, 1);
            Match.Trace c = agent.play(coop, Governor.fixed(alpha), Streams.of(seed, Streams.EVALUATION + 500 + k), true);
            ctl = KnnKl.clipped(c.states(), reference, KnnKl.K);
        }
        return new Point(alpha, kl ? Math.max(0, raw) : Double.NaN, raw, t.actionVariance(), t.meanPayoff(),
                t.meanAction(), ctl, Match.mean(t.aBody()));
    }

    /** The grid {0, 1/(n−1), …, 1} computed as i/(n−1). @throws IllegalArgumentException for n &lt; 2 */
    public static double[] grid(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("alpha grid needs ≥ 2 points, got " + n);
        }
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i / (double) (n - 1);
        }
        return a;
    }

    /** Index of argmin_α (−ū(α) + λ·KL(α)) over the grid (first on ties). */
    public static int alphaStar(double[] meanPayoff, double[] meanKl, double lambda) {
        int best = 0;
        double bv = Double.POSITIVE_INFINITY;
        for (int i = 0; i < meanPayoff.length; i++) {
            double f = -meanPayoff[i] + lambda * meanKl[i];
            if (f < bv) {
                bv = f;
                best = i;
            }
        }
        return best;
    }

    /** ‖w_out‖². */
    public double readoutNormSquared() {
        double s = 0;
        for (double w : agent.readout().weights()) {
            s += w * w;
        }
        return s;
    }
}
