package org.gtlab.game;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Team Rock-Paper-Scissors (spec fxp-psro.md §4.3, from the authors' {@code matrix_games/team_rps}):
 * N agents per team (N = 2 in the paper), actions {0, 1}. The team move is Rock if every agent plays 0,
 * Scissors if every agent plays 1, and Paper otherwise; payoffs are standard RPS (win +1, loss −1, tie 0).
 *
 * <p>With independent agents the uniform team move (1/3, 1/3, 1/3) is not reachable; the best single
 * product policy (N = 2) is p₁ = p₂ = 1/√3 with exploitability 2/√3 − 1 ≈ 0.1547, while the mixture of
 * Rock, Scissors and Paper joint actions, 1/3 each, has exploitability 0.
 */
public final class TeamRpsGame extends BinaryTeamGame {

    /** Team moves. */
    public static final int ROCK = 0;
    public static final int PAPER = 1;
    public static final int SCISSORS = 2;

    private static final double[][] RPS = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};

    /** @throws IllegalArgumentException if n &lt; 2 (with one agent there is no Paper) or n &gt; 62 */
    public TeamRpsGame(int n) {
        super(n);
        if (n < 2) {
            throw new IllegalArgumentException("team RPS needs N ≥ 2 agents per team, got " + n);
        }
    }

    /** The paper's instance, N = 2. */
    public static TeamRpsGame standard() {
        return new TeamRpsGame(2);
    }

    /** The team move (ROCK, PAPER, SCISSORS) of a joint action. */
    public static int move(int[] a) {
        boolean any0 = false;
        boolean any1 = false;
        for (int x : a) {
            if (x == 0) {
                any0 = true;
            } else {
                any1 = true;
            }
        }
        return any0 && any1 ? PAPER : any0 ? ROCK : SCISSORS;
    }

    private int moveOfIndex(int i) {
        int all = (1 << n) - 1;
        return i == 0 ? ROCK : i == all ? SCISSORS : PAPER;
    }

    @Override
    public String name() {
        return "team-rps";
    }

    @Override
    public String description() {
        return "Team Rock-Paper-Scissors (N = " + n + ")";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("N", (double) n);
        return m;
    }

    /** The digits and the team move, for example "01 (Paper)". */
    @Override
    public String jointActionLabel(int[] a) {
        int m = move(a);
        return super.jointActionLabel(a) + (m == ROCK ? " (Rock)" : m == PAPER ? " (Paper)" : " (Scissors)");
    }

    @Override
    public double payoff(int[] a, int[] b) {
        return RPS[move(a)][move(b)];
    }

    @Override
    public double[] valueVs(double[] q) {
        checkJoint(q);
        double[] pm = new double[3];
        for (int i = 0; i < q.length; i++) {
            pm[moveOfIndex(i)] += q[i];
        }
        double[] byMove = new double[3];
        for (int m = 0; m < 3; m++) {
            byMove[m] = RPS[m][0] * pm[0] + RPS[m][1] * pm[1] + RPS[m][2] * pm[2];
        }
        double[] v = new double[q.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = byMove[moveOfIndex(i)];
        }
        return v;
    }

    /** (P(Rock), P(Paper), P(Scissors)) under a product policy. */
    public double[] moveDistribution(TeamPolicy p) {
        checkPolicy(p);
        double r = 1;
        double s = 1;
        for (int x = 0; x < n; x++) {
            r *= p.prob(x, 0);
            s *= p.prob(x, 1);
        }
        return new double[] {r, 1 - r - s, s};
    }

    @Override
    public double expectedPayoff(TeamPolicy a, TeamPolicy b) {
        double[] pa = moveDistribution(a);
        double[] pb = moveDistribution(b);
        double v = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                v += pa[i] * pb[j] * RPS[i][j];
            }
        }
        return v;
    }
}
