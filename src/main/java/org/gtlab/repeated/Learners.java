package org.gtlab.repeated;

/**
 * The stateful agents of spec §5.3–§5.4: fictitious play, ε-greedy Q-learning on the last joint
 * action, and predict-then-best-respond (a k-th-order Markov model of the opponent followed by a
 * best response from the agent's own {@link PlayerView}). All act on option indices of any n×m stage
 * game; every tie goes to option 0 (J).
 */
public final class Learners {

    private Learners() {
    }

    /**
     * Fictitious play (Brown 1951): belief = empirical frequencies of the opponent's past options
     * (uniform before round 2); play the best response to it.
     */
    public static final class FictitiousPlay implements Player {
        private PlayerView view;
        private double[] counts;

        @Override
        public void reset(MatchContext c) {
            view = c.view();
            counts = new double[view.otherOptions()];
        }

        @Override
        public int choose(History h) {
            if (h.played() > 0) {
                counts[h.lastOpp()] += 1;
            }
            double[] belief = new double[counts.length];
            double total = h.played();
            for (int b = 0; b < belief.length; b++) {
                belief[b] = total == 0 ? 1.0 / belief.length : counts[b] / total;
            }
            return view.bestResponse(belief);
        }
    }

    /**
     * ε-greedy Q-learning (Watkins 1989). States: START and the previous joint action (own, other);
     * reward: own points; update Q(s,a) ← Q(s,a) + α(r + γ·max Q(s′,·) − Q(s,a)), without bootstrap
     * after the last round. Exploration draws from the agent's stream; greedy ties go to option 0.
     *
     * @throws IllegalArgumentException if α ∉ (0, 1], γ ∉ [0, 1] or ε ∉ [0, 1]
     */
    public static final class QLearner implements Player {
        private final double alpha;
        private final double gamma;
        private final double epsilon;
        private final double q0;
        private double[][] q;
        private MatchContext ctx;
        private int prevState;
        private int prevAction;
        private int nOther;

        public QLearner(double alpha, double gamma, double epsilon, double q0) {
            if (!(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("q-learner: alpha must be in (0, 1], got " + alpha);
            }
            if (!(gamma >= 0 && gamma <= 1)) {
                throw new IllegalArgumentException("q-learner: gamma must be in [0, 1], got " + gamma);
            }
            if (!(epsilon >= 0 && epsilon <= 1)) {
                throw new IllegalArgumentException("q-learner: epsilon must be in [0, 1], got " + epsilon);
            }
            this.alpha = alpha;
            this.gamma = gamma;
            this.epsilon = epsilon;
            this.q0 = q0;
        }

        @Override
        public void reset(MatchContext c) {
            ctx = c;
            nOther = c.view().otherOptions();
            q = new double[1 + c.ownOptions() * nOther][c.ownOptions()];
            for (double[] row : q) {
                java.util.Arrays.fill(row, q0);
            }
            prevState = 0;
            prevAction = -1;
        }

        private int state(int own, int other) {
            return 1 + own * nOther + other;
        }

        private void update(History h, boolean terminal) {
            if (prevAction < 0 || h.played() == 0) {
                return;
            }
            int t = h.played();
            double r = h.ownPayoff(t);
            int s2 = state(h.own(t), h.opp(t));
            double target = r + (terminal ? 0 : gamma * max(q[s2]));
            q[prevState][prevAction] += alpha * (target - q[prevState][prevAction]);
        }

        private static double max(double[] a) {
            double m = a[0];
            for (double v : a) {
                m = Math.max(m, v);
            }
            return m;
        }

        @Override
        public int choose(History h) {
            update(h, false);
            int s = h.played() == 0 ? 0 : state(h.own(h.played()), h.opp(h.played()));
            int a;
            if (epsilon > 0 && ctx.random().nextDouble() < epsilon) {
                a = ctx.random().nextInt(q[s].length);
            } else {
                a = 0;
                for (int i = 1; i < q[s].length; i++) {
                    if (q[s][i] > q[s][a]) {
                        a = i;
                    }
                }
            }
            prevState = s;
            prevAction = a;
            return a;
        }

        @Override
        public void finish(History h) {
            update(h, true);
            prevAction = -1;
        }

        /** Q(s, a); state 0 is START, state 1 + own·m + other the last joint action. */
        public double q(int state, int action) {
            return q[state][action];
        }

        /** Number of states (1 + n·m). */
        public int states() {
            return q.length;
        }
    }

    /** Tie-break variants of predict-then-best-respond (spec §5.4). */
    public enum TieBreak {
        /** No data or tied counts: predict option 0 (J). */
        TIES_TO_J,
        /** No data: the opponent's overall most frequent option (J on a tie); tied counts: J. */
        MOST_FREQUENT
    }

    /**
     * Predict-then-best-respond, the non-LLM analogue of "social chain-of-thought": (1) predict the
     * opponent's option with a k-th-order Markov model (counts of the opponent's option after each
     * pattern of its previous k options); (2) play the best response to that prediction from the
     * agent's own view. The prediction of each round is kept for the "predicted vs actual" strip.
     *
     * @throws IllegalArgumentException if k &lt; 1
     */
    public static final class PredictThenBestRespond implements Player {
        private final int k;
        private final TieBreak tieBreak;
        private PlayerView view;
        private java.util.Map<Long, int[]> counts;
        private int[] totals;
        private int lastPrediction = -1;
        private int m;

        public PredictThenBestRespond(int k, TieBreak tieBreak) {
            if (k < 1) {
                throw new IllegalArgumentException("predict-then-best-respond: k must be ≥ 1, got " + k);
            }
            this.k = k;
            this.tieBreak = tieBreak;
        }

        @Override
        public void reset(MatchContext c) {
            view = c.view();
            m = view.otherOptions();
            counts = new java.util.HashMap<>();
            totals = new int[m];
            lastPrediction = -1;
        }

        private long key(History h, int endRound) {
            long key = 0;
            for (int s = endRound - k + 1; s <= endRound; s++) {
                key = key * m + h.opp(s);
            }
            return key;
        }

        @Override
        public int choose(History h) {
            int p = h.played();
            if (p > 0) {
                totals[h.opp(p)]++;
                if (p > k) {
                    counts.computeIfAbsent(key(h, p - 1), x -> new int[m])[h.opp(p)]++;
                }
            }
            int predicted = predict(h);
            lastPrediction = predicted;
            double[] belief = new double[m];
            belief[predicted] = 1;
            return view.bestResponse(belief);
        }

        private int predict(History h) {
            int p = h.played();
            if (p == 0) {
                return 0;
            }
            int[] c = p >= k ? counts.get(key(h, p)) : null;
            if (c == null) {
                return tieBreak == TieBreak.MOST_FREQUENT ? argmaxUnique(totals) : 0;
            }
            return argmaxUnique(c);
        }

        /** The index of the unique largest count, or 0 when the largest count is tied. */
        private static int argmaxUnique(int[] c) {
            int best = 0;
            boolean tie = false;
            for (int i = 1; i < c.length; i++) {
                if (c[i] > c[best]) {
                    best = i;
                    tie = false;
                } else if (c[i] == c[best]) {
                    tie = true;
                }
            }
            return tie ? 0 : best;
        }

        @Override
        public int lastPrediction() {
            return lastPrediction;
        }
    }
}
