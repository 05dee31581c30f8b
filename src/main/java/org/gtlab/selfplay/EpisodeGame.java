package org.gtlab.selfplay;

import org.gtlab.game.KuhnPoker;
import org.gtlab.game.NormalFormGame;
import org.gtlab.eval.Evaluation;
import org.gtlab.math.Rng;

/**
 * A two-player game with information sets, played one hand (episode) at a time by the tabular
 * self-play learners ({@link TabularReinforce}, {@link TabularNfsp}, {@link Xfp}): Kuhn poker
 * ({@link #kuhn()}, 12 information sets) or any two-player matrix game as a one-shot simultaneous
 * game ({@link #matrix}, one information set per player). Positions are 0 (first mover / row) and 1.
 *
 * <p>Behaviour profiles are {@code double[infosets][actions]} probability tables.
 */
public interface EpisodeGame {

    /** A policy consulted at each decision. */
    interface Policy {
        /** The action at information set {@code infoset}. */
        int act(int infoset, Rng rng);
    }

    /** Number of information sets (both positions). */
    int infosets();

    /** Number of actions at an information set. */
    int actions(int infoset);

    /** The position (0 or 1) acting at an information set. */
    int position(int infoset);

    /**
     * Plays one hand: chance from {@code rng}, actions from {@code policy}. Writes the decisions in
     * order into {@code infosetsOut}/{@code actionsOut} and the payoffs of both positions into
     * {@code payoff}; returns the number of decisions.
     */
    int play(Policy policy, Rng rng, int[] infosetsOut, int[] actionsOut, double[] payoff);

    /** Most decisions in one hand. */
    int maxDecisions();

    /** NashConv of a behaviour profile (Σ over positions of best-response gain). */
    double nashConv(double[][] profile);

    /** Position 0's expected payoff under a behaviour profile. */
    double value(double[][] profile);

    /** Own-action reach probability of every information set under {@code profile}. */
    double[] ownReach(double[][] profile);

    /** A pure best response of every position to the profile, as a behaviour profile (0/1 entries). */
    double[][] bestResponse(double[][] profile);

    /** Display name. */
    String name();

    /** The uniform behaviour profile. */
    default double[][] uniform() {
        double[][] u = new double[infosets()][];
        for (int i = 0; i < u.length; i++) {
            u[i] = new double[actions(i)];
            java.util.Arrays.fill(u[i], 1.0 / u[i].length);
        }
        return u;
    }

    /** Kuhn poker (one hand; payoffs are chips). */
    static EpisodeGame kuhn() {
        return KuhnGame.INSTANCE;
    }

    /** A two-player matrix game as a one-shot game (information set 0 = row, 1 = column). */
    static EpisodeGame matrix(NormalFormGame g) {
        return new MatrixGame(g);
    }

    /** Kuhn poker behaviour table (12 × 2) to the probabilities of action 1. */
    static double[] kuhnProbabilities(double[][] profile) {
        double[] s = new double[KuhnPoker.INFOSETS];
        for (int i = 0; i < s.length; i++) {
            s[i] = profile[i][1];
        }
        return s;
    }

    /** Kuhn poker as an {@link EpisodeGame}. */
    final class KuhnGame implements EpisodeGame {
        static final KuhnGame INSTANCE = new KuhnGame();

        @Override
        public int infosets() {
            return KuhnPoker.INFOSETS;
        }

        @Override
        public int actions(int infoset) {
            return 2;
        }

        @Override
        public int position(int infoset) {
            return KuhnPoker.player(infoset);
        }

        @Override
        public int maxDecisions() {
            return 3;
        }

        @Override
        public String name() {
            return "Kuhn poker";
        }

        @Override
        public int play(Policy policy, Rng rng, int[] is, int[] as, double[] payoff) {
            int deal = rng.nextInt(6);
            int c1 = deal / 2;
            int c2 = (c1 + 1 + deal % 2) % 3;
            int n = 0;
            int open = policy.act(is[n] = KuhnPoker.infoset(0, 0, c1), rng);
            as[n++] = open;
            int answer;
            int last = 0;
            if (open == 1) {
                answer = policy.act(is[n] = KuhnPoker.infoset(1, 0, c2), rng);
                as[n++] = answer;
            } else {
                answer = policy.act(is[n] = KuhnPoker.infoset(1, 1, c2), rng);
                as[n++] = answer;
                if (answer == 1) {
                    last = policy.act(is[n] = KuhnPoker.infoset(0, 1, c1), rng);
                    as[n++] = last;
                }
            }
            double v = KuhnPoker.chips(c1, c2, open, answer, last);
            payoff[0] = v;
            payoff[1] = -v;
            return n;
        }

        @Override
        public double nashConv(double[][] profile) {
            return Kuhn.nashConv(kuhnProbabilities(profile));
        }

        @Override
        public double value(double[][] profile) {
            return KuhnPoker.value(kuhnProbabilities(profile));
        }

        @Override
        public double[] ownReach(double[][] profile) {
            return Kuhn.ownReach(kuhnProbabilities(profile));
        }

        @Override
        public double[][] bestResponse(double[][] profile) {
            double[] s = kuhnProbabilities(profile);
            double[] br = new double[KuhnPoker.INFOSETS];
            Kuhn.bestResponse1(s, br);
            Kuhn.bestResponse2(s, br);
            double[][] out = new double[KuhnPoker.INFOSETS][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new double[] {1 - br[i], br[i]};
            }
            return out;
        }
    }

    /** A bimatrix game as a one-shot {@link EpisodeGame}. */
    final class MatrixGame implements EpisodeGame {
        private final NormalFormGame g;
        private final double[][] a;
        private final double[][] b;

        MatrixGame(NormalFormGame g) {
            if (!g.isTwoPlayer()) {
                throw new IllegalArgumentException("self-play learners need a two-player game; this game has "
                        + g.numPlayers() + " players");
            }
            this.g = g;
            int m = g.numStrategies(0);
            int n = g.numStrategies(1);
            a = new double[m][n];
            b = new double[m][n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = g.payoffDouble(0, i, j);
                    b[i][j] = g.payoffDouble(1, i, j);
                }
            }
        }

        @Override
        public int infosets() {
            return 2;
        }

        @Override
        public int actions(int infoset) {
            return g.numStrategies(infoset);
        }

        @Override
        public int position(int infoset) {
            return infoset;
        }

        @Override
        public int maxDecisions() {
            return 2;
        }

        @Override
        public String name() {
            return g.title();
        }

        @Override
        public int play(Policy policy, Rng rng, int[] is, int[] as, double[] payoff) {
            is[0] = 0;
            as[0] = policy.act(0, rng);
            is[1] = 1;
            as[1] = policy.act(1, rng);
            payoff[0] = a[as[0]][as[1]];
            payoff[1] = b[as[0]][as[1]];
            return 2;
        }

        @Override
        public double nashConv(double[][] profile) {
            return Evaluation.nashConv(g, profile);
        }

        @Override
        public double value(double[][] profile) {
            double v = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a[i].length; j++) {
                    v += profile[0][i] * profile[1][j] * a[i][j];
                }
            }
            return v;
        }

        @Override
        public double[] ownReach(double[][] profile) {
            return new double[] {1, 1};
        }

        @Override
        public double[][] bestResponse(double[][] profile) {
            double[][] out = new double[2][];
            for (int p = 0; p < 2; p++) {
                out[p] = new double[g.numStrategies(p)];
                out[p][Evaluation.bestResponse(g, p, profile)] = 1;
            }
            return out;
        }
    }
}
