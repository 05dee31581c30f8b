package org.gtlab.selfplay;

import java.util.Arrays;

import org.gtlab.math.Rng;

/**
 * Tabular REINFORCE self-play with a selectable advantage estimator (SPIRAL, Liu et al. 2025,
 * arXiv:2506.24119; MARS/MARSHAL, Yuan et al. 2025, arXiv:2510.15414): one shared softmax table
 * θ[I][a] over the information sets of both positions of an {@link EpisodeGame} (the position is
 * part of the information set, i.e. the policy is role-conditioned).
 *
 * <p>An <b>episode</b> is {@code hands} hands; player 0 takes position 0 in hands 1, 3, 5, … (the
 * first mover alternates, SPIRAL's match). Each hand's payoff is a turn reward at the player's last
 * decision of that hand. The player's return R_p is the sum of the hand payoffs ({@link Reward#CHIPS})
 * or the sign of that sum, ±1 or 0 for a draw ({@link Reward#MATCH}). Estimators ({@link Estimator}):
 * <ul>
 *   <li>TERMINAL: A = R_p at every turn of p (no baseline);</li>
 *   <li>TURN: the turn-level return G_t = Σ_{t' ≥ t} γ^{t'−t} r_t' (hand payoffs);</li>
 *   <li>RAE: A = R_p − b_p with a per-role EMA b_p ← α b_p + (1 − α) R_p, the advantage read before
 *       the update (SPIRAL's code; α = 0.95, b_0 = 0);</li>
 *   <li>MARS: turn-level returns normalised per role over the batch, (G − μ_p)/σ_p.</li>
 * </ul>
 * After each batch of episodes: θ[I][a'] += lr · Σ A · (1[a' = a] − π(a' | I)) over the decisions,
 * π read before the batch. Zero advantages may be skipped ({@code filterZero}): their gradient is 0,
 * so the update is the same. The realization-weighted average policy (what approximates an
 * equilibrium; policy gradient has no last-iterate guarantee) is tracked beside the last iterate.
 *
 * <p>Failure modes: lr ≤ 0, α outside [0, 1), γ outside (0, 1], hands or batch &lt; 1 are refused
 * with an {@link IllegalArgumentException} naming the parameter.
 */
public final class TabularReinforce {

    /** The advantage estimator. */
    public enum Estimator {
        /** Terminal return at every turn, no baseline ("none"). */
        TERMINAL,
        /** Discounted turn-level return. */
        TURN,
        /** SPIRAL's role-conditioned EMA baseline. */
        RAE,
        /** MARS: turn-level return, then per-role normalisation over the batch. */
        MARS
    }

    /** The return of an episode. */
    public enum Reward {
        /** Sum of the hands' payoffs. */
        CHIPS,
        /** ±1 by the sign of the summed payoffs, 0 for a draw (SPIRAL's match). */
        MATCH
    }

    /** Settings. */
    public record Settings(Estimator estimator, Reward reward, int hands, double lr, double alpha, double gamma,
            int batch, boolean filterZero) {
        public Settings {
            if (!(lr > 0) || Double.isInfinite(lr)) {
                throw new IllegalArgumentException("learning rate lr must be > 0 and finite, got " + lr);
            }
            if (!(alpha >= 0 && alpha < 1)) {
                throw new IllegalArgumentException("RAE alpha must lie in [0, 1), got " + alpha);
            }
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("discount gamma must lie in (0, 1], got " + gamma);
            }
            if (hands < 1) {
                throw new IllegalArgumentException("hands must be >= 1, got " + hands);
            }
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be >= 1, got " + batch);
            }
        }
    }

    /**
     * The learner's state (never modified after it is returned): logits, average-policy numerators
     * and denominators, the two role baselines, episodes so far, the variance of the last batch's
     * advantages, and the generator.
     */
    public record State(double[][] theta, double[][] avgNum, double[] avgDen, double[] baseline, long episodes,
            double advVariance, long rng) {
    }

    private final EpisodeGame game;
    private final Settings set;

    /** A learner on {@code game}. */
    public TabularReinforce(EpisodeGame game, Settings settings) {
        this.game = game;
        this.set = settings;
    }

    /** The game. */
    public EpisodeGame game() {
        return game;
    }

    /** The first state: θ = 0 (uniform policy). */
    public State start(long seed) {
        int n = game.infosets();
        double[][] th = new double[n][];
        double[][] num = new double[n][];
        for (int i = 0; i < n; i++) {
            th[i] = new double[game.actions(i)];
            num[i] = new double[game.actions(i)];
        }
        return new State(th, num, new double[n], new double[2], 0, 0, Rng.stream(seed, 11).state());
    }

    /** The softmax policy of the logits. */
    public static double[][] policy(double[][] theta) {
        double[][] p = new double[theta.length][];
        for (int i = 0; i < theta.length; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (double v : theta[i]) {
                m = Math.max(m, v);
            }
            p[i] = new double[theta[i].length];
            double z = 0;
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = StrictMath.exp(theta[i][a] - m);
                z += p[i][a];
            }
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] /= z;
            }
        }
        return p;
    }

    /** The average policy (uniform at unvisited information sets). */
    public static double[][] average(State s) {
        double[][] p = new double[s.avgNum().length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[s.avgNum()[i].length];
            for (int a = 0; a < p[i].length; a++) {
                p[i][a] = s.avgDen()[i] > 0 ? s.avgNum()[i][a] / s.avgDen()[i] : 1.0 / p[i].length;
            }
        }
        return p;
    }

    /** The player occupying position 0 in hand {@code h} (0-based): player 0 opens hands 1, 3, 5, …. */
    public static int openerOfHand(int h) {
        return h % 2;
    }

    /** One batch of episodes and one update. */
    public State step(State s) {
        int n = game.infosets();
        double[][] pi = policy(s.theta());
        Rng rng = Rng.fromState(s.rng());
        int maxTurns = set.hands() * game.maxDecisions();
        int b = set.batch();
        // per episode and player: the decisions and their advantages
        int[][][] dIs = new int[b][2][maxTurns];
        int[][][] dAs = new int[b][2][maxTurns];
        double[][][] turnR = new double[b][2][maxTurns];
        int[][] count = new int[b][2];
        double[][] ret = new double[b][2];
        int[] is = new int[game.maxDecisions()];
        int[] as = new int[game.maxDecisions()];
        double[] pay = new double[2];
        EpisodeGame.Policy pol = (i, r) -> sample(pi[i], r);
        for (int e = 0; e < b; e++) {
            for (int h = 0; h < set.hands(); h++) {
                int k = game.play(pol, rng, is, as, pay);
                int first = openerOfHand(h) == 0 ? 0 : 1; // player at position 0
                for (int d = 0; d < k; d++) {
                    int pos = game.position(is[d]);
                    int player = pos == 0 ? first : 1 - first;
                    dIs[e][player][count[e][player]] = is[d];
                    dAs[e][player][count[e][player]] = as[d];
                    count[e][player]++;
                }
                for (int pos = 0; pos < 2; pos++) {
                    int player = pos == 0 ? first : 1 - first;
                    if (count[e][player] > 0) {
                        turnR[e][player][count[e][player] - 1] += pay[pos];
                    }
                    ret[e][player] += pay[pos];
                }
            }
            if (set.reward() == Reward.MATCH) {
                for (int p = 0; p < 2; p++) {
                    ret[e][p] = Math.signum(ret[e][p]);
                }
            }
        }
        double[][][] adv = new double[b][2][];
        double[] baseline = s.baseline().clone();
        for (int e = 0; e < b; e++) {
            for (int p = 0; p < 2; p++) {
                int c = count[e][p];
                double[] g = turnReturns(Arrays.copyOf(turnR[e][p], c), set.gamma());
                double[] a = new double[c];
                switch (set.estimator()) {
                    case TERMINAL:
                        Arrays.fill(a, ret[e][p]);
                        break;
                    case TURN:
                    case MARS:
                        a = g;
                        break;
                    case RAE:
                    default:
                        Arrays.fill(a, ret[e][p] - baseline[p]);
                        baseline[p] = set.alpha() * baseline[p] + (1 - set.alpha()) * ret[e][p];
                        break;
                }
                adv[e][p] = a;
            }
        }
        if (set.estimator() == Estimator.MARS) {
            for (int p = 0; p < 2; p++) {
                int total = 0;
                for (int e = 0; e < b; e++) {
                    total += adv[e][p].length;
                }
                double[] all = new double[total];
                int q = 0;
                for (int e = 0; e < b; e++) {
                    for (double v : adv[e][p]) {
                        all[q++] = v;
                    }
                }
                double[] z = normalise(all);
                q = 0;
                for (int e = 0; e < b; e++) {
                    for (int t = 0; t < adv[e][p].length; t++) {
                        adv[e][p][t] = z[q++];
                    }
                }
            }
        }
        double[][] grad = gradient(pi, dIs, dAs, adv, count, set.filterZero());
        double[][] th = new double[n][];
        for (int i = 0; i < n; i++) {
            th[i] = s.theta()[i].clone();
            for (int a = 0; a < th[i].length; a++) {
                th[i][a] += set.lr() * grad[i][a];
            }
        }
        // realization-weighted average of the policy that was played
        double[] reach = game.ownReach(pi);
        double[][] num = new double[n][];
        double[] den = s.avgDen().clone();
        for (int i = 0; i < n; i++) {
            num[i] = s.avgNum()[i].clone();
            for (int a = 0; a < num[i].length; a++) {
                num[i][a] += reach[i] * pi[i][a];
            }
            den[i] += reach[i];
        }
        double m = 0;
        double m2 = 0;
        int cnt = 0;
        for (int e = 0; e < b; e++) {
            for (int p = 0; p < 2; p++) {
                for (double v : adv[e][p]) {
                    m += v;
                    m2 += v * v;
                    cnt++;
                }
            }
        }
        double var = cnt == 0 ? 0 : m2 / cnt - (m / cnt) * (m / cnt);
        return new State(th, num, den, baseline, s.episodes() + b, Math.max(0, var), rng.state());
    }

    /**
     * Σ over decisions of A·(1[a' = a] − π(a' | I)), skipping zero advantages if {@code filterZero}
     * (which leaves the sum unchanged).
     */
    static double[][] gradient(double[][] pi, int[][][] dIs, int[][][] dAs, double[][][] adv, int[][] count,
            boolean filterZero) {
        double[][] g = new double[pi.length][];
        for (int i = 0; i < pi.length; i++) {
            g[i] = new double[pi[i].length];
        }
        for (int e = 0; e < adv.length; e++) {
            for (int p = 0; p < 2; p++) {
                for (int t = 0; t < count[e][p]; t++) {
                    double a = adv[e][p][t];
                    if (filterZero && a == 0) {
                        continue;
                    }
                    int i = dIs[e][p][t];
                    for (int x = 0; x < g[i].length; x++) {
                        g[i][x] += a * ((x == dAs[e][p][t] ? 1 : 0) - pi[i][x]);
                    }
                }
            }
        }
        return g;
    }

    /** G_t = Σ_{t' ≥ t} γ^{t'−t} r_t'. */
    public static double[] turnReturns(double[] rewards, double gamma) {
        double[] g = new double[rewards.length];
        double acc = 0;
        for (int t = rewards.length - 1; t >= 0; t--) {
            acc = rewards[t] + gamma * acc;
            g[t] = acc;
        }
        return g;
    }

    /** (v − mean)/std over the array (population std; only centred if std is 0). */
    public static double[] normalise(double[] v) {
        if (v.length == 0) {
            return v;
        }
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.length;
        double s2 = 0;
        for (double x : v) {
            s2 += (x - m) * (x - m);
        }
        double sd = Math.sqrt(s2 / v.length);
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            z[i] = sd > 0 ? (v[i] - m) / sd : v[i] - m;
        }
        return z;
    }

    /**
     * SPIRAL's RAE on a sequence of returns: advantages A_k = R_k − b (b read before the update) and
     * the baselines after each update b ← α b + (1 − α) R_k, from b_0. Row 0 advantages, row 1 baselines.
     */
    public static double[][] rae(double[] returns, double alpha, double b0) {
        double[][] out = new double[2][returns.length];
        double b = b0;
        for (int k = 0; k < returns.length; k++) {
            out[0][k] = returns[k] - b;
            b = alpha * b + (1 - alpha) * returns[k];
            out[1][k] = b;
        }
        return out;
    }

    static int sample(double[] p, Rng rng) {
        double u = rng.nextDouble();
        double c = 0;
        for (int a = 0; a < p.length; a++) {
            c += p[a];
            if (u < c) {
                return a;
            }
        }
        return p.length - 1;
    }
}
