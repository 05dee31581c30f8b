package org.gtlab.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seek-Attack-Defend (SAD), the FXP paper's team matrix game (spec fxp-psro.md §4.2, from the authors'
 * {@code matrix_games/sad/game.py}; reused by Liu et al., arXiv:2403.00255).
 *
 * <p>Parameters: N agents per team, A gain levels, attack cost c, attack force F. Each agent has A + 3
 * actions: 0 = none, 1..A = gain at level i, A+1 = attack, A+2 = defend. Level reward r(i) = 1 + i²/A²,
 * r(0) = 0.
 * <ul>
 *   <li><b>Team gain G</b>: over the agents that neither attack nor defend (levels ℓ ∈ {0..A}, "none" is
 *       level 0): if there are none, G = 0; if max ℓ − min ℓ &gt; 1 only agents at level ≤ 1 are paid,
 *       otherwise all are; G is the sum of the paid r(ℓ).</li>
 *   <li><b>Attack</b>: a team is attacked if at least F agents of the other team attack and none of its
 *       own agents defends; an attacked team's gain is zero.</li>
 *   <li><b>Payoff to A</b>: U = G_A(1 − att_A) − c·#attackers_A − G_B(1 − att_B) + c·#attackers_B.</li>
 * </ul>
 * The experiment's values are N = 4, A = 10, c = 0, F = 2 (13⁴ = 28,561 joint actions).
 *
 * <p><b>Structured evaluator</b> (spec §4.2): with per-joint-action tables G(·), att(·), def(·) and, for the
 * opponent distribution q, P_F = P(att ≥ F), E_G = E[G], E_Gu = E[G·(1 − def)], E_att = E[att]:
 * {@code v(a) = G(a)·(1 − (1 − def(a))·P_F) − c·att(a) − (E_G − 1[att(a) ≥ F]·E_Gu) + c·E_att}.
 *
 * <p><b>Product policies</b> are evaluated by a dynamic programme over agents whose state is the
 * (lowest, highest) gain level so far and whether someone defends, carrying the probability mass and the
 * mass-weighted sums of r over all gainers and over gainers at level ≤ 1; the attacker count is a separate
 * Poisson-binomial DP. It is exact, costs O(N·A³) and works for teams far too large to enumerate.
 */
public final class SeekAttackDefendGame implements TeamGame {

    private final int n;
    private final int levels;
    private final double cost;
    private final int force;
    private final double[] reward;
    private volatile Tables tables;

    private static final class Tables {
        final double[] gain;
        final int[] attackers;
        final boolean[] defends;

        Tables(double[] gain, int[] attackers, boolean[] defends) {
            this.gain = gain;
            this.attackers = attackers;
            this.defends = defends;
        }
    }

    /**
     * @param n      agents per team (≥ 1)
     * @param levels gain levels A (≥ 1)
     * @param cost   attack cost c (finite)
     * @param force  attack force F (≥ 1)
     * @throws IllegalArgumentException on bad parameters
     */
    public SeekAttackDefendGame(int n, int levels, double cost, int force) {
        if (n < 1) {
            throw new IllegalArgumentException("SAD needs N ≥ 1 agents per team, got " + n);
        }
        if (levels < 1) {
            throw new IllegalArgumentException("SAD needs A ≥ 1 gain levels, got " + levels);
        }
        if (force < 1) {
            throw new IllegalArgumentException("SAD needs attack force F ≥ 1, got " + force);
        }
        this.n = n;
        this.levels = levels;
        this.cost = TeamGame.finite("c", cost);
        this.force = force;
        this.reward = new double[levels + 1];
        for (int i = 1; i <= levels; i++) {
            reward[i] = 1 + (double) i * i / ((double) levels * levels);
        }
    }

    /** The experiment's instance: N = 4, A = 10, c = 0, F = 2. */
    public static SeekAttackDefendGame standard() {
        return new SeekAttackDefendGame(4, 10, 0, 2);
    }

    /** Action index of "attack". */
    public int attackAction() {
        return levels + 1;
    }

    /** Action index of "defend". */
    public int defendAction() {
        return levels + 2;
    }

    public int levels() {
        return levels;
    }

    public int force() {
        return force;
    }

    public double cost() {
        return cost;
    }

    /** r(i) = 1 + i²/A² for i = 1..A, r(0) = 0. */
    public double levelReward(int level) {
        return reward[level];
    }

    @Override
    public String name() {
        return "sad";
    }

    @Override
    public String description() {
        return "Seek-Attack-Defend (N = " + n + ", A = " + levels + ", c = " + cost + ", F = " + force + ")";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("N", (double) n);
        m.put("A", (double) levels);
        m.put("c", cost);
        m.put("F", (double) force);
        return m;
    }

    @Override
    public int agentsPerTeam() {
        return n;
    }

    @Override
    public int actionsPerAgent() {
        return levels + 3;
    }

    @Override
    public String actionLabel(int action) {
        if (action == 0) {
            return "none";
        }
        if (action <= levels) {
            return "gain " + action;
        }
        return action == levels + 1 ? "attack" : "defend";
    }

    /** The team gain G of a joint action (before any attack). */
    public double gain(int[] a) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int x : a) {
            if (x <= levels) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo == Integer.MAX_VALUE) {
            return 0;
        }
        double g = 0;
        boolean spread = hi - lo > 1;
        for (int x : a) {
            if (x <= levels && (!spread || x <= 1)) {
                g += reward[x];
            }
        }
        return g;
    }

    private int attackers(int[] a) {
        int k = 0;
        for (int x : a) {
            if (x == levels + 1) {
                k++;
            }
        }
        return k;
    }

    private boolean defends(int[] a) {
        for (int x : a) {
            if (x == levels + 2) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double payoff(int[] a, int[] b) {
        int attA = attackers(a);
        int attB = attackers(b);
        boolean attackedA = attB >= force && !defends(a);
        boolean attackedB = attA >= force && !defends(b);
        double ga = attackedA ? 0 : gain(a);
        double gb = attackedB ? 0 : gain(b);
        return ga - cost * attA - gb + cost * attB;
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            requireEnumerable("the joint-action evaluator");
            int size = (int) jointActionCount();
            double[] g = new double[size];
            int[] att = new int[size];
            boolean[] def = new boolean[size];
            for (int i = 0; i < size; i++) {
                int[] a = jointAction(i);
                g[i] = gain(a);
                att[i] = attackers(a);
                def[i] = defends(a);
            }
            t = new Tables(g, att, def);
            tables = t;
        }
        return t;
    }

    @Override
    public double[] valueVs(double[] q) {
        checkJoint(q);
        Tables t = tables();
        double pf = 0;
        double eg = 0;
        double egu = 0;
        double eatt = 0;
        for (int i = 0; i < q.length; i++) {
            double w = q[i];
            if (w == 0) {
                continue;
            }
            double gw = w * t.gain[i];
            eg += gw;
            if (!t.defends[i]) {
                egu += gw;
            }
            int k = t.attackers[i];
            eatt += w * k;
            if (k >= force) {
                pf += w;
            }
        }
        double[] v = new double[q.length];
        double base = -eg + cost * eatt;
        for (int i = 0; i < v.length; i++) {
            double keep = t.defends[i] ? 1 : 1 - pf;
            int k = t.attackers[i];
            v[i] = t.gain[i] * keep - cost * k + base + (k >= force ? egu : 0);
        }
        return v;
    }

    /**
     * Sufficient statistics of a product policy, computed by dynamic programming over agents:
     * {E[G], E[G·1{no defender}], P(#attackers ≥ F), E[#attackers]}.
     */
    public double[] policyStatistics(TeamPolicy p) {
        checkPolicy(p);
        int lv = levels + 1; // levels 0..A
        // state index: lo * lv + hi for lo ≤ hi, plus EMPTY; times 2 for the defend flag
        int empty = lv * lv;
        int states = (lv * lv + 1) * 2;
        double[] mass = new double[states];
        double[] sumAll = new double[states];
        double[] sumLow = new double[states];
        mass[empty * 2] = 1;
        for (int x = 0; x < n; x++) {
            double[] m2 = new double[states];
            double[] a2 = new double[states];
            double[] l2 = new double[states];
            double pAtt = p.prob(x, levels + 1);
            double pDef = p.prob(x, levels + 2);
            for (int s = 0; s < states; s++) {
                double m = mass[s];
                if (m == 0 && sumAll[s] == 0 && sumLow[s] == 0) {
                    continue;
                }
                int cell = s >> 1;
                int d = s & 1;
                // attack: nothing changes but the probability
                if (pAtt > 0) {
                    m2[s] += m * pAtt;
                    a2[s] += sumAll[s] * pAtt;
                    l2[s] += sumLow[s] * pAtt;
                }
                if (pDef > 0) {
                    int t = (cell << 1) | 1;
                    m2[t] += m * pDef;
                    a2[t] += sumAll[s] * pDef;
                    l2[t] += sumLow[s] * pDef;
                }
                for (int level = 0; level <= levels; level++) {
                    double pl = p.prob(x, level);
                    if (pl == 0) {
                        continue;
                    }
                    int lo;
                    int hi;
                    if (cell == empty) {
                        lo = level;
                        hi = level;
                    } else {
                        lo = Math.min(cell / lv, level);
                        hi = Math.max(cell % lv, level);
                    }
                    int t = ((lo * lv + hi) << 1) | d;
                    double r = reward[level];
                    m2[t] += m * pl;
                    a2[t] += (sumAll[s] + m * r) * pl;
                    l2[t] += (sumLow[s] + (level <= 1 ? m * r : 0)) * pl;
                }
            }
            mass = m2;
            sumAll = a2;
            sumLow = l2;
        }
        double eg = 0;
        double egu = 0;
        for (int s = 0; s < states; s++) {
            int cell = s >> 1;
            if (cell == empty) {
                continue;
            }
            int lo = cell / lv;
            int hi = cell % lv;
            double g = hi - lo > 1 ? sumLow[s] : sumAll[s];
            eg += g;
            if ((s & 1) == 0) {
                egu += g;
            }
        }
        // attackers: Poisson-binomial DP capped at F
        double[] cnt = new double[force + 1]; // cnt[F] = P(≥ F)
        cnt[0] = 1;
        double eatt = 0;
        for (int x = 0; x < n; x++) {
            double pa = p.prob(x, levels + 1);
            eatt += pa;
            double[] c2 = new double[force + 1];
            for (int k = 0; k <= force; k++) {
                c2[k] += cnt[k] * (k == force ? 1 : 1 - pa);
                if (k < force) {
                    c2[k + 1] += cnt[k] * pa;
                }
            }
            cnt = c2;
        }
        return new double[] {eg, egu, cnt[force], eatt};
    }

    @Override
    public double expectedPayoff(TeamPolicy a, TeamPolicy b) {
        double[] sa = policyStatistics(a);
        double[] sb = policyStatistics(b);
        // E[G_A(1 − attacked_A)] = E_G − E_Gu·P_F(B)
        double ua = sa[0] - sa[1] * sb[2];
        double ub = sb[0] - sb[1] * sa[2];
        return ua - cost * sa[3] - ub + cost * sb[3];
    }

    /**
     * The authors' three exploiters (spec §3.4): gain (all agents at level A), attack (the first F agents
     * attack, the others at level A) and defend (agent 0 defends, the others at level A).
     */
    @Override
    public List<int[]> authorsExploiters() {
        List<int[]> e = new ArrayList<>();
        int[] gain = new int[n];
        Arrays.fill(gain, levels);
        e.add(gain);
        int[] attack = gain.clone();
        for (int x = 0; x < Math.min(force, n); x++) {
            attack[x] = levels + 1;
        }
        e.add(attack);
        int[] defend = gain.clone();
        defend[0] = levels + 2;
        e.add(defend);
        return e;
    }
}
