package org.gtlab.reservoir;

import org.gtlab.math.Rng;

/**
 * The exact round loop of spec §2.6. Inside round t:
 * (1) a*(t) = σ(w_out·x(t) + b_out) from the pre-update state; (2) a_cog(t) from a_opp(t−1) (at t = 0 the
 * "previous" action is {@code firstPrevOpp}, normally opp[0]); (3) α(t) from the governor (the sentinel
 * updates before use); (4) a(t) = α·a* + (1−α)·a_cog; (5) x(t+1) = body step with [a(t), a_opp(t)] — the
 * opponent move of the same round; (6) payoff u(a(t), a_opp(t)).
 * Before an evaluation the caller prepares the body with {@link #prepare} (copy, x = 0, 500-step [1,1]
 * warm-up). A filter-only agent (EMA-TfT, no reservoir) passes a null body.
 */
public final class Match {
    public static final int WARM_UP = 500;

    private Match() {
    }

    /** Per-round record of a run; {@code states} (x(t+1) after each round) only if requested. */
    public record Trace(double[] aBody, double[] aCog, double[] alpha, double[] action, double[] opp,
            double[] payoff, double[] discomfort, double[][] components, double[][] states) {

        public int length() {
            return action.length;
        }

        public double meanAction() {
            return mean(action);
        }

        public double meanPayoff() {
            return mean(payoff);
        }

        public double cumulativePayoff() {
            double s = 0;
            for (double u : payoff) {
                s += u;
            }
            return s;
        }

        /** Population variance of a(t). */
        public double actionVariance() {
            return variance(action);
        }
    }

    /** Copy of {@code body} (x = 0) warmed up {@link #WARM_UP} steps open-loop with [1,1]. */
    public static Body prepare(Body body, Rng noise) {
        Body b = body.copy();
        for (int t = 0; t < WARM_UP; t++) {
            b.step(1, 1, noise);
        }
        return b;
    }

    /**
     * Plays {@code opp} with the given layers; {@code body} is advanced in place.
     *
     * @throws IllegalArgumentException for an empty schedule, an opponent action outside [0,1], or a
     *     governor returning α outside [0,1]
     */
    public static Trace run(Body body, Readout ro, double[] opp, CognitiveFilter filter, Governor gov,
            double firstPrevOpp, Rng noise, boolean keepStates) {
        int n = opp.length;
        if (n == 0) {
            throw new IllegalArgumentException("opponent schedule is empty");
        }
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(opp[t]) || opp[t] < 0 || opp[t] > 1) {
                throw new IllegalArgumentException("opponent action at round " + t + " must be in [0,1], got " + opp[t]);
            }
        }
        Check.unit("first previous opponent action", firstPrevOpp);
        double[] aBody = new double[n];
        double[] aCog = new double[n];
        double[] alpha = new double[n];
        double[] action = new double[n];
        double[] payoff = new double[n];
        double[] disc = new double[n];
        double[][] comps = new double[n][];
        double[][] states = keepStates ? new double[n][] : null;
        Sentinel sentinel = gov instanceof Sentinel s ? s : null;
        double prev = firstPrevOpp;
        for (int t = 0; t < n; t++) {
            double[] x = body == null ? null : body.state();
            double ab = body == null ? Double.NaN : ro.output(x);
            double ac = filter.next(prev);
            double al = body == null ? 0 : gov.alpha(x, ab, ac);
            if (Double.isNaN(al) || al < 0 || al > 1) {
                throw new IllegalArgumentException("governor returned alpha " + al + " at round " + t);
            }
            double a = body == null ? ac : al * ab + (1 - al) * ac;
            if (body != null) {
                body.step(a, opp[t], noise);
                if (keepStates) {
                    states[t] = body.state().clone();
                }
            }
            aBody[t] = ab;
            aCog[t] = ac;
            alpha[t] = al;
            action[t] = a;
            payoff[t] = StageGame.payoff(a, opp[t]);
            if (sentinel != null) {
                disc[t] = sentinel.discomfort();
                comps[t] = sentinel.components();
            }
            prev = opp[t];
        }
        return new Trace(aBody, aCog, alpha, action, opp.clone(), payoff, disc, sentinel != null ? comps : null, states);
    }

    /**
     * The same round loop one round at a time (the live match view, the step-per-round method): round t does
     * exactly steps 1–6 of {@link #run}, so a stepper driven to the end gives the trace of {@link #run}
     * bit for bit. Not thread-safe; one per match.
     */
    public static final class Stepper {
        private final Body body;
        private final Readout ro;
        private final CognitiveFilter filter;
        private final Governor gov;
        private final Rng noise;
        private double prev;
        private int t;
        /** Values of the last round: a*, a_cog, α, a, opp, u, D. */
        private double aBody, aCog, alpha, action, oppLast, payoff, discomfort;
        private double[] components = new double[3];

        public Stepper(Body body, Readout ro, CognitiveFilter filter, Governor gov, double firstPrevOpp, Rng noise) {
            this.body = body;
            this.ro = ro;
            this.filter = filter;
            this.gov = gov;
            this.noise = noise;
            this.prev = Check.unit("first previous opponent action", firstPrevOpp);
        }

        /** Plays round t against {@code opp}; returns the payoff u(a(t), opp). */
        public double round(double opp) {
            if (Double.isNaN(opp) || opp < 0 || opp > 1) {
                throw new IllegalArgumentException("opponent action at round " + t + " must be in [0,1], got " + opp);
            }
            double[] x = body == null ? null : body.state();
            double ab = body == null ? Double.NaN : ro.output(x);
            double ac = filter.next(prev);
            double al = body == null ? 0 : gov.alpha(x, ab, ac);
            if (Double.isNaN(al) || al < 0 || al > 1) {
                throw new IllegalArgumentException("governor returned alpha " + al + " at round " + t);
            }
            double a = body == null ? ac : al * ab + (1 - al) * ac;
            if (body != null) {
                body.step(a, opp, noise);
            }
            aBody = ab;
            aCog = ac;
            alpha = al;
            action = a;
            oppLast = opp;
            payoff = StageGame.payoff(a, opp);
            if (gov instanceof Sentinel s) {
                discomfort = s.discomfort();
                components = s.components();
            }
            prev = opp;
            t++;
            return payoff;
        }

        /** Rounds played. */
        public int rounds() {
            return t;
        }

        public double bodyOutput() {
            return aBody;
        }

        public double cognitive() {
            return aCog;
        }

        public double alpha() {
            return alpha;
        }

        public double action() {
            return action;
        }

        public double opponent() {
            return oppLast;
        }

        public double payoff() {
            return payoff;
        }

        /** D(t) of the last round (0 without a sentinel). */
        public double discomfort() {
            return discomfort;
        }

        /** Unweighted {D_state, D_output, D_disagree} of the last round. */
        public double[] components() {
            return components.clone();
        }
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / v.length;
    }
}
