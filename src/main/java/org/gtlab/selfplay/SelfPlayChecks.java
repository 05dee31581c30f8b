package org.gtlab.selfplay;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.KuhnPoker;
import org.gtlab.game.NormalFormGame;
import org.gtlab.learn.OpponentSampler;
import org.gtlab.math.Rational;
import org.gtlab.math.Rng;
import org.gtlab.solve.lp.ZeroSumLp;

/**
 * The acceptance checks of the self-play spec §10, computed from the model (nothing hard-coded but
 * the references): one {@link Check} per measured number, with the spec's tolerance and seed. Used
 * by {@code gtlab reproduce selfplay} and by the JUnit tests. Groups: {@link #infrastructure()},
 * {@link #preference()}, {@link #kuhn()}, {@link #nfsp()} (the 10⁶-episode Kuhn check is the slow
 * one, about a second), {@link #adversarial()}, {@link #all()}.
 */
public final class SelfPlayChecks {

    /**
     * One measured number.
     *
     * @param id        spec check number and what is measured, e.g. "1 x*_a"
     * @param measured  the measured value
     * @param reference the reference value (or the bound for an upper-bound check)
     * @param tolerance absolute tolerance (0 for a bound)
     * @param pass      |measured − reference| ≤ tolerance, or measured ≤ bound
     */
    public record Check(String id, double measured, double reference, double tolerance, boolean pass) {
    }

    /** The biased RPS of the spec: A = [[0, −1, 2], [1, 0, −1], [−1, 1, 0]]. */
    public static final double[][] BIASED_RPS = {{0, -1, 2}, {1, 0, -1}, {-1, 1, 0}};

    private final List<Check> out = new ArrayList<>();

    private SelfPlayChecks() {
    }

    private void eq(String id, double measured, double ref, double tol) {
        out.add(new Check(id, measured, ref, tol, Math.abs(measured - ref) <= tol));
    }

    private void le(String id, double measured, double bound) {
        out.add(new Check(id, measured, bound, 0, measured <= bound));
    }

    private void truth(String id, boolean ok) {
        out.add(new Check(id, ok ? 1 : 0, 1, 0, ok));
    }

    /** Every check of §10 (1–36). */
    public static List<Check> all() {
        List<Check> l = new ArrayList<>(infrastructure());
        l.addAll(preference());
        l.addAll(kuhn());
        l.addAll(nfsp());
        l.addAll(adversarial());
        l.addAll(drift());
        return l;
    }

    /** Checks 1–5. */
    public static List<Check> infrastructure() {
        SelfPlayChecks c = new SelfPlayChecks();
        Preference three = Preference.threeRaters();
        double[] x = three.winner();
        double[] ref = {0.5, 0.2, 0.3};
        for (int i = 0; i < 3; i++) {
            c.eq("1 winner x" + (i + 1), x[i], ref[i], 1e-7);
        }
        c.eq("1 value (x*ᵀ(P−½))_min", minColumn(centred(three), x), 0, 1e-7);
        double[] u = Preference.cycle(0.8).winner();
        for (int i = 0; i < 3; i++) {
            c.eq("2 cycle x" + (i + 1), u[i], 1.0 / 3, 1e-7);
        }
        double[] bt = Preference.bradleyTerry(1, 0, -1).winner();
        c.eq("3 BT winner x1", bt[0], 1, 1e-7);
        Rational[][] a = rational(BIASED_RPS);
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        double[] xr = {0.25, 5.0 / 12, 1.0 / 3};
        double[] yr = {1.0 / 3, 5.0 / 12, 0.25};
        for (int i = 0; i < 3; i++) {
            c.eq("4 biased RPS row x" + (i + 1), s.x().probability(i).doubleValue(), xr[i], 1e-9);
            c.eq("4 biased RPS column y" + (i + 1), s.y().probability(i).doubleValue(), yr[i], 1e-9);
        }
        c.eq("4 biased RPS value", s.value().doubleValue(), 1.0 / 12, 1e-9);
        c.eq("5 NashConv at equilibrium", ZeroSumGames.nashConv(BIASED_RPS, xr, yr), 0, 1e-12);
        double[] un = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        c.eq("5 NashConv at uniform", ZeroSumGames.nashConv(BIASED_RPS, un, un), 1.0 / 3, 1e-12);
        return c.out;
    }

    /** Checks 6–17. */
    public static List<Check> preference() {
        SelfPlayChecks c = new SelfPlayChecks();
        c.truth("6 rejects P12 + P21 = 1.1", rejects(new double[][] {{0.5, 0.6}, {0.5, 0.5}}));
        c.truth("6 rejects diagonal != 1/2", rejects(new double[][] {{0.4, 0.5}, {0.5, 0.5}}));
        Preference raters = Preference.fromRaters(new double[] {0.40, 0.35, 0.25},
                new int[][] {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}});
        c.eq("7 P(a>b)", raters.get(0, 1), 0.65, 1e-15);
        c.eq("7 P(b>c)", raters.get(1, 2), 0.75, 1e-15);
        c.eq("7 P(c>a)", raters.get(2, 0), 0.60, 1e-15);
        Rng rng = Rng.of(8);
        double worst = 0;
        double worstAx = 0;
        for (int trial = 0; trial < 20; trial++) {
            double mab = 0.01 + 0.48 * rng.nextDouble();
            double mbc = 0.01 + 0.48 * rng.nextDouble();
            double mca = 0.01 + 0.48 * rng.nextDouble();
            Preference p = Preference.cycle(mab, mbc, mca);
            double z = mab + mbc + mca;
            double[] closed = {mbc / z, mca / z, mab / z};
            double[] lp = p.winner();
            double[] ax = p.against(closed);
            for (int i = 0; i < 3; i++) {
                worst = Math.max(worst, Math.abs(closed[i] - lp[i]));
                worstAx = Math.max(worstAx, Math.abs(ax[i] - 0.5));
            }
        }
        c.eq("8 3-cycle closed form vs LP (max error, 20 seeded cycles)", worst, 0, 1e-7);
        c.eq("8 A x* = 0 (max |entry|)", worstAx, 0, 1e-9);
        Preference three = Preference.threeRaters();
        double[] borda = three.borda();
        double[] bordaRef = {1.05, 1.10, 0.85};
        double[] cop = three.copeland();
        double[] bt = three.bradleyTerryFit();
        double[] btRef = {0.269, 0.336, 0};
        for (int i = 0; i < 3; i++) {
            c.eq("9 Borda " + "abc".charAt(i), borda[i], bordaRef[i], 1e-12);
            c.eq("9 Copeland " + "abc".charAt(i), cop[i], 1, 0);
            c.eq("9 BT fit s_" + "abc".charAt(i), bt[i], btRef[i], 1e-3);
        }
        c.eq("9 P(a>b)", three.get(0, 1), 0.65, 1e-15);
        // 10: Hedge bound, uniform start
        for (int t : new int[] {1000, 10000}) {
            HedgeSelfPlay h = new HedgeSelfPlay(three, HedgeSelfPlay.Mode.EXACT, HedgeSelfPlay.boundRate(3, t), 0,
                    true, null);
            double gap = three.gap(h.run(0, t).average());
            c.eq("10 Hedge gap T=" + t, gap, t == 1000 ? 0.0110 : 0.0024, t == 1000 ? 0.0005 : 0.0002);
            c.le("10 Hedge gap T=" + t + " <= sqrt(2 ln 3 / T)", gap, Math.sqrt(2 * Math.log(3) / t));
        }
        // 11: non-uniform start
        HedgeSelfPlay h11 = new HedgeSelfPlay(three, HedgeSelfPlay.Mode.EXACT, Math.sqrt(8 * Math.log(10) / 1000), 0,
                true, new double[] {0.6, 0.3, 0.1});
        double g11 = three.gap(h11.run(0, 1000).average());
        c.le("11 gap, start (0.6,0.3,0.1) <= sqrt(2 ln 10 / 1000)", g11, Math.sqrt(2 * Math.log(10) / 1000));
        c.eq("11 gap regression", g11, 0.0256, 0.0005);
        // 12: last iterate drifts
        Preference cyc = Preference.cycle(0.8);
        double[] xs = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        for (double eta : new double[] {0.1, 1.0}) {
            HedgeSelfPlay h = new HedgeSelfPlay(cyc, HedgeSelfPlay.Mode.EXACT, eta, 0, true,
                    new double[] {0.6, 0.3, 0.1});
            HedgeSelfPlay.State s = h.start(0);
            double kl0 = HedgeSelfPlay.klFrom(xs, s);
            double prev = kl0;
            double worstDrop = 0;
            for (int t = 0; t < 10000; t++) {
                s = h.step(s);
                double kl = HedgeSelfPlay.klFrom(xs, s);
                worstDrop = Math.max(worstDrop, prev - kl);
                prev = kl;
            }
            c.le("12 eta=" + eta + " largest KL decrease", worstDrop, 1e-12);
            if (eta == 0.1) {
                c.eq("12 KL_0", kl0, 0.2405, 1e-4);
                c.eq("12 KL after 1e4 steps, eta=0.1", prev, 0.868, 1e-3);
            } else {
                c.truth("12 KL after 1e4 steps, eta=1 exceeds 16 (log domain)", prev > 16);
            }
        }
        // 13: estimator bias
        double[] unif = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        double[] incRef = {0.51333333333, 0.52666666667, 0.46};
        double[] excRef = {0.51666666667, 0.53333333333, 0.45};
        for (boolean inclusive : new boolean[] {true, false}) {
            HedgeSelfPlay h = new HedgeSelfPlay(three, HedgeSelfPlay.Mode.SPPO_SAMPLED, 1, 5, inclusive, null);
            Rng r = Rng.of(13);
            double[][] st = new double[3][3];
            for (int d = 0; d < 20000; d++) {
                double[][] e = h.sppoEstimates(unif, r);
                for (int m = 0; m < e[0].length; m++) {
                    int i = (int) e[0][m];
                    st[i][0]++;
                    st[i][1] += e[1][m];
                    st[i][2] += e[1][m] * e[1][m];
                }
            }
            for (int i = 0; i < 3; i++) {
                double mean = st[i][1] / st[i][0];
                double se = Math.sqrt((st[i][2] / st[i][0] - mean * mean) / st[i][0]);
                c.eq("13 " + (inclusive ? "self-inclusive" : "exclusive") + " mean " + "abc".charAt(i), mean,
                        (inclusive ? incRef : excRef)[i], 4 * se);
            }
        }
        // 14: normaliser
        c.eq("14 Z uniform eta=1", HedgeSelfPlay.normaliser(three, unif, 1), 1.000644, 1e-6);
        c.eq("14 Z uniform eta=10", HedgeSelfPlay.normaliser(three, unif, 10), 1.061168, 1e-6);
        c.eq("14 Z at x* eta=10", HedgeSelfPlay.normaliser(three, new double[] {0.5, 0.2, 0.3}, 10), 1, 1e-12);
        // 15: SPO unbiasedness, N = 6
        HedgeSelfPlay spo = new HedgeSelfPlay(three, HedgeSelfPlay.Mode.SPO_SAMPLED, 1, 6, true, null);
        Rng r15 = Rng.of(15);
        double[][] st = new double[3][3];
        for (int d = 0; d < 20000; d++) {
            double[][] e = spo.spoRewards(unif, r15);
            for (int m = 0; m < e[0].length; m++) {
                int i = (int) e[0][m];
                st[i][0]++;
                st[i][1] += e[1][m];
                st[i][2] += e[1][m] * e[1][m];
            }
        }
        double[] target = three.against(unif);
        for (int i = 0; i < 3; i++) {
            double mean = st[i][1] / st[i][0];
            double se = Math.sqrt((st[i][2] / st[i][0] - mean * mean) / st[i][0]);
            c.eq("15 SPO mean reward " + "abc".charAt(i), mean, target[i], 4 * se);
        }
        // 16: sampled Hedge, full-vector estimator
        int t16 = 10000;
        HedgeSelfPlay fv = new HedgeSelfPlay(three, HedgeSelfPlay.Mode.FULL_VECTOR, HedgeSelfPlay.boundRate(3, t16), 8,
                true, null);
        double sum = 0;
        for (int seed = 0; seed < 20; seed++) {
            sum += three.gap(fv.run(seed, t16).average());
        }
        c.le("16 sampled Hedge mean gap (20 seeds) <= 3 sqrt(2 ln 3 / T)", sum / 20, 3 * Math.sqrt(2 * Math.log(3) / t16));
        // 17: Condorcet uniqueness
        Rng r17 = Rng.of(17);
        int ok = 0;
        for (int trial = 0; trial < 100; trial++) {
            int cw = r17.nextInt(4);
            double[] w = Preference.randomCondorcet(4, cw, r17).winner();
            if (Math.abs(w[cw] - 1) <= 1e-9) {
                ok++;
            }
        }
        c.eq("17 planted Condorcet winners found (of 100)", ok, 100, 0);
        return c.out;
    }

    /** Checks 18–24. */
    public static List<Check> kuhn() {
        SelfPlayChecks c = new SelfPlayChecks();
        c.eq("18 information sets", KuhnPoker.INFOSETS, 12, 0);
        Rational[][] m = KuhnPoker.normalFormMatrix();
        c.eq("18 P1 pure strategies", m.length, 27, 0);
        c.eq("18 P2 pure strategies", m[0].length, 64, 0);
        c.eq("18 M[0][0]", m[0][0].doubleValue(), 1, 0);
        c.eq("18 M[13][21]", m[13][21].doubleValue(), -1, 0);
        c.eq("18 M[26][63]", m[26][63].doubleValue(), 0, 0);
        c.eq("18 M[0][63]", m[0][63].doubleValue(), 0, 0);
        c.eq("18 M[13][0]", m[13][0].doubleValue(), 0, 0);
        Rational max = m[0][0];
        Rational min = m[0][0];
        for (Rational[] row : m) {
            for (Rational v : row) {
                max = max.max(v);
                min = min.min(v);
            }
        }
        c.eq("18 max entry", max.doubleValue(), 1.5, 0);
        c.eq("18 min entry", min.doubleValue(), -4.0 / 3, 1e-15);
        c.eq("19 Kuhn LP value", ZeroSumLp.solveExact(m).value().doubleValue(), -1.0 / 18, 1e-7);
        for (double alpha : new double[] {0, 0.1, 0.2, 1.0 / 3}) {
            double[] s = KuhnPoker.equilibrium(alpha);
            c.eq("20 NashConv alpha=" + fmt(alpha), Kuhn.nashConv(s), 0, 1e-12);
            c.eq("20 value alpha=" + fmt(alpha), KuhnPoker.value(s), -1.0 / 18, 1e-12);
        }
        c.eq("21 uniform random play value", KuhnPoker.value(Kuhn.uniform()), 1.0 / 8, 1e-12);
        double[][] rae = TabularReinforce.rae(new double[] {1, -1, 1}, 0.95, 0);
        double[] advRef = {1, -1.05, 1.0025};
        double[] bRef = {0.05, -0.0025, 0.047625};
        for (int k = 0; k < 3; k++) {
            c.eq("22 RAE advantage " + (k + 1), rae[0][k], advRef[k], 1e-12);
            c.eq("22 RAE baseline " + (k + 1), rae[1][k], bRef[k], 1e-12);
        }
        int opens = 0;
        for (int h = 0; h < 5; h++) {
            opens += TabularReinforce.openerOfHand(h) == 0 ? 1 : 0;
        }
        c.truth("22 match mode: P1 opens hands 1, 3, 5 (" + opens + " of 5)", opens == 3
                && TabularReinforce.openerOfHand(0) == 0 && TabularReinforce.openerOfHand(2) == 0
                && TabularReinforce.openerOfHand(4) == 0);
        // 23: MARS normalisation
        Rng r = Rng.of(23);
        double[] g = new double[40];
        for (int i = 0; i < g.length; i++) {
            g[i] = r.nextDouble() * 4 - 1;
        }
        double[] z = TabularReinforce.normalise(g);
        double mean = 0;
        double sq = 0;
        for (double v : z) {
            mean += v;
            sq += v * v;
        }
        mean /= z.length;
        c.eq("23 MARS per-role mean", mean, 0, 1e-9);
        c.eq("23 MARS per-role std", Math.sqrt(sq / z.length - mean * mean), 1, 1e-9);
        double[] terminal = new double[20];
        double[] turns = new double[20];
        double worst = 0;
        for (int e = 0; e < 20; e++) {
            terminal[e] = r.nextInt(5) - 2;
            // terminal-only rewards, 2 turns per episode: the turn-level return equals the terminal reward
            double[] tr = TabularReinforce.turnReturns(new double[] {0, terminal[e]}, 1);
            turns[e] = tr[0];
            worst = Math.max(worst, Math.abs(tr[1] - terminal[e]));
        }
        double[] a = TabularReinforce.normalise(turns);
        double[] b = TabularReinforce.normalise(terminal);
        for (int e = 0; e < 20; e++) {
            worst = Math.max(worst, Math.abs(a[e] - b[e]));
        }
        c.eq("23 MARS = per-role normalised terminal rewards (max diff)", worst, 0, 1e-12);
        // 24: zero-advantage filter
        double[][] pi = {{0.3, 0.7}, {0.6, 0.4}};
        int[][][] is = {{{0, 1}, {1, 0}}, {{0, 0}, {1, 1}}};
        int[][][] as = {{{1, 0}, {0, 1}}, {{0, 1}, {1, 1}}};
        double[][][] adv = {{{0.5, 0}, {0, -1}}, {{0, 2}, {0, 0}}};
        int[][] cnt = {{2, 2}, {2, 2}};
        double[][] g1 = TabularReinforce.gradient(pi, is, as, adv, cnt, true);
        double[][] g0 = TabularReinforce.gradient(pi, is, as, adv, cnt, false);
        double diff = 0;
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                diff = Math.max(diff, Math.abs(g1[i][k] - g0[i][k]));
            }
        }
        c.eq("24 filter_zero_adv changes the summed gradient by", diff, 0, 1e-12);
        return c.out;
    }

    /** Checks 25–28. */
    public static List<Check> nfsp() {
        SelfPlayChecks c = new SelfPlayChecks();
        Rng r = Rng.of(25);
        long[] kept = new long[100];
        for (int trial = 0; trial < 20000; trial++) {
            Reservoir res = new Reservoir(10);
            int[] slots = new int[10];
            for (int item = 0; item < 100; item++) {
                int s = res.offer(r);
                if (s >= 0) {
                    slots[s] = item;
                }
            }
            for (int s : slots) {
                kept[s]++;
            }
        }
        double chi = 0;
        double expected = 20000 * 10 / 100.0;
        for (long k : kept) {
            chi += (k - expected) * (k - expected) / expected;
        }
        c.le("25 reservoir chi-square (99 df)", chi, 148.2);
        NormalFormGame brps = NormalFormGame.zeroSum(rational(BIASED_RPS));
        TabularNfsp rps = new TabularNfsp(EpisodeGame.matrix(brps), TabularNfsp.Settings.reference(), 26);
        rps.run(100_000);
        c.le("26 NFSP biased RPS NashConv(Pi) at 1e5", EpisodeGame.matrix(brps).nashConv(rps.averagePolicy()), 0.1);
        TabularNfsp kuhn = new TabularNfsp(EpisodeGame.kuhn(), TabularNfsp.Settings.reference(), 27);
        kuhn.run(100_000);
        c.le("27 NFSP Kuhn NashConv(Pi) at 1e5", EpisodeGame.kuhn().nashConv(kuhn.averagePolicy()), 0.1);
        kuhn.run(900_000);
        c.eq("27 NFSP Kuhn value(Pi) at 1e6", EpisodeGame.kuhn().value(kuhn.averagePolicy()), -1.0 / 18, 0.015);
        TabularNfsp.Settings greedy = new TabularNfsp.Settings(1, 0.05, 0, 1000, 0, TabularNfsp.Storage.ACTIONS);
        TabularNfsp.Settings greedyP = new TabularNfsp.Settings(1, 0.05, 0, 1000, 0, TabularNfsp.Storage.PROBABILITIES);
        TabularNfsp ga = new TabularNfsp(EpisodeGame.kuhn(), greedy, 28);
        TabularNfsp gp = new TabularNfsp(EpisodeGame.kuhn(), greedyP, 28);
        ga.run(5000);
        gp.run(5000);
        double d = 0;
        double[][] ca = ga.counts();
        double[][] cp = gp.counts();
        for (int i = 0; i < ca.length; i++) {
            for (int k = 0; k < ca[i].length; k++) {
                d = Math.max(d, Math.abs(ca[i][k] - cp[i][k]));
            }
        }
        c.eq("28 storage toggle (eta=1, eps=0): max count difference", d, 0, 0);
        return c.out;
    }

    /** Checks 29–35. */
    public static List<Check> adversarial() {
        SelfPlayChecks c = new SelfPlayChecks();
        double[][][] h1 = TwoRolePresets.attackDefend(true, new double[] {1}, new double[][] {{1}}, new double[][] {{0.5}});
        double[][][] h0 = TwoRolePresets.attackDefend(true, new double[] {1}, new double[][] {{0}}, new double[][] {{1}});
        double[][][] b0 = TwoRolePresets.attackDefend(false, new double[] {1}, new double[][] {{0}}, new double[][] {{0}});
        c.eq("29 harmful, d=1: attacker", h1[0][0][0], -1, 1e-12);
        c.eq("29 harmful, d=1: defender", h1[1][0][0], 2, 1e-12);
        c.eq("29 harmful, d=0, c=1: attacker", h0[0][0][0], 2, 1e-12);
        c.eq("29 harmful, d=0, c=1: defender", h0[1][0][0], -2, 1e-12);
        c.eq("29 benign, d=0, c=0: attacker", b0[0][0][0], -1, 1e-12);
        c.eq("29 benign, d=0, c=0: defender", b0[1][0][0], 2, 1e-12);
        double[] f = {1, 1};
        double[][] d = {{0.9, 0.2}, {0.1, 0.3}};
        double[][] cc = {{0.3, 0.2}, {0.5, 0.9}};
        double[][][] ad = TwoRolePresets.attackDefend(true, f, d, cc);
        double[][] attRef = {{-0.84, 0.12}, {0.80, 0.96}};
        double[][] defRef = {{1.74, 0.08}, {-0.70, -0.66}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                c.eq("30 attacker(" + (i + 1) + "," + (j + 1) + ")", ad[0][i][j], attRef[i][j], 1e-12);
                c.eq("30 defender(" + (i + 1) + "," + (j + 1) + ")", ad[1][i][j], defRef[i][j], 1e-12);
            }
        }
        ZeroSumLp.ExactSolution zs = ZeroSumLp.solveExact(rational(ad[0]));
        c.eq("30 zero-sum value", zs.value().doubleValue(), 0.80, 1e-9);
        c.eq("30 zero-sum saddle row 2", zs.x().probability(1).doubleValue(), 1, 1e-9);
        c.eq("30 zero-sum saddle column 1", zs.y().probability(0).doubleValue(), 1, 1e-9);
        // general-sum: (2,2) is the unique equilibrium; check it is pure Nash and that row 2 strictly
        // dominates row 1 for the attacker (so every equilibrium plays row 2 and column 2 is the unique BR)
        boolean rowDominates = ad[0][1][0] > ad[0][0][0] && ad[0][1][1] > ad[0][0][1];
        boolean colBest = ad[1][1][1] > ad[1][1][0];
        c.truth("30 general-sum unique equilibrium (2,2)", rowDominates && colBest);
        Rng r = Rng.of(31);
        double worst = 0;
        for (int trial = 0; trial < 100; trial++) {
            double[][] a = new double[3][3];
            for (double[] row : a) {
                for (int j = 0; j < 3; j++) {
                    row[j] = Math.round((r.nextDouble() * 4 - 2) * 100) / 100.0;
                }
            }
            double vRow = ZeroSumLp.solveExact(rational(a)).value().doubleValue();
            double[][] nt = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    nt[j][i] = -a[i][j];
                }
            }
            double vCol = -ZeroSumLp.solveExact(rational(nt)).value().doubleValue();
            worst = Math.max(worst, Math.abs(vRow - vCol));
        }
        c.eq("31 row-LP value = column-LP value (max diff, 100 games)", worst, 0, 1e-7);
        double[] dd = {0.9, 0.5, 0.2};
        ZeroSumLp.ExactSolution hd = ZeroSumLp.solveExact(rational(TwoRolePresets.hideAndDetect(
                TwoRolePresets.diagonal(dd))));
        double[] mix = {10.0 / 73, 18.0 / 73, 45.0 / 73};
        for (int i = 0; i < 3; i++) {
            c.eq("32 hide-and-detect x" + (i + 1), hd.x().probability(i).doubleValue(), mix[i], 1e-7);
            c.eq("32 hide-and-detect y" + (i + 1), hd.y().probability(i).doubleValue(), mix[i], 1e-7);
        }
        c.eq("32 hide-and-detect value", hd.value().doubleValue(), 55.0 / 73, 1e-7);
        c.eq("32 closed-form value", TwoRolePresets.diagonalValue(dd), 55.0 / 73, 1e-12);
        // 33: UCB sampler
        OpponentSampler u0 = OpponentSampler.withPool(OpponentSampler.Mode.UCB, 0, 3);
        Rng rs = Rng.of(33);
        boolean untriedFirst = true;
        for (int k = 0; k < 3; k++) {
            int pick = u0.next(rs);
            untriedFirst &= pick == k;
            u0.record(pick, new double[] {0.7, 0.2, 0.5}[pick]);
        }
        c.truth("33 untried entries first, lowest index first", untriedFirst);
        boolean greedy = true;
        for (int k = 0; k < 20; k++) {
            int best = 0;
            for (int i = 1; i < 3; i++) {
                if (1 - u0.meanReward(i) > 1 - u0.meanReward(best)) {
                    best = i;
                }
            }
            int pick = u0.next(rs);
            greedy &= pick == best;
            u0.record(pick, rs.nextDouble());
        }
        c.truth("33 c=0: always argmax (1 - mean reward)", greedy);
        OpponentSampler big = OpponentSampler.withPool(OpponentSampler.Mode.UCB, 1e9, 3);
        long[] picks = new long[3];
        for (int k = 0; k < 30; k++) {
            int pick = big.next(rs);
            picks[pick]++;
            big.record(pick, rs.nextDouble());
        }
        for (int i = 0; i < 3; i++) {
            c.eq("33 c=1e9: picks of entry " + (i + 1) + " in 30", picks[i], 10, 0);
        }
        OpponentSampler nash = OpponentSampler.withPool(OpponentSampler.Mode.NASH, 0, 3);
        nash.setWinRates(Preference.threeRaters().matrix());
        double[] nd = nash.distribution();
        double[] ref = {0.5, 0.2, 0.3};
        for (int i = 0; i < 3; i++) {
            c.eq("34 NASH sampler p" + (i + 1), nd[i], ref[i], 1e-9);
        }
        int[] ns = {4, 8, 16};
        double[] pRef = {0.3700, 0.2570, 0.1688};
        for (int k = 0; k < 3; k++) {
            double ps = TwoRolePresets.optimalPassRate(ns[k]);
            c.eq("35 p* n=" + ns[k], ps, pRef[k], 1e-4);
            c.eq("35 numeric argmax n=" + ns[k], TwoRolePresets.numericOptimalPassRate(ns[k]), ps, 1e-4);
        }
        c.eq("35 peaked reward best response d - s (s = 0.7)", TwoRolePresets.peakedBestResponse(0.7) - 0.7, 0, 1e-6);
        return c.out;
    }

    /** Check 36 (the optional drift toy). */
    public static List<Check> drift() {
        SelfPlayChecks c = new SelfPlayChecks();
        double[] target = {0.5, 0.3, 0.15, 0.04, 0.01};
        Rng r = Rng.of(36);
        DriftToy closed = new DriftToy(target, 20, 0);
        double[] pi = target.clone();
        boolean absorbing = true;
        int extinctions = 0;
        for (int g = 0; g < 100; g++) {
            double[] next = closed.next(pi, r);
            for (int k = 0; k < pi.length; k++) {
                absorbing &= pi[k] != 0 || next[k] == 0;
            }
            pi = next;
        }
        extinctions = DriftToy.extinct(pi);
        c.truth("36 lambda=0: extinct categories stay extinct (" + extinctions + " extinct after 100 generations)",
                absorbing);
        DriftToy open = new DriftToy(target, 20, 0.1);
        pi = target.clone();
        boolean floor = true;
        for (int g = 0; g < 100; g++) {
            pi = open.next(pi, r);
            for (int k = 0; k < pi.length; k++) {
                floor &= pi[k] >= 0.1 * target[k] - 1e-15;
            }
        }
        c.truth("36 lambda=0.1: no extinction, pi_g(k) >= 0.1 pi*(k)", floor && DriftToy.extinct(pi) == 0);
        double[] from = {0.4, 0.3, 0.2, 0.07, 0.03};
        double[][] st = new double[from.length][2];
        int draws = 20000;
        for (int d = 0; d < draws; d++) {
            double[] next = closed.next(from, r);
            for (int k = 0; k < from.length; k++) {
                st[k][0] += next[k];
                st[k][1] += next[k] * next[k];
            }
        }
        for (int k = 0; k < from.length; k++) {
            double mean = st[k][0] / draws;
            double se = Math.sqrt((st[k][1] / draws - mean * mean) / draws);
            c.eq("36 lambda=0 martingale: mean of pi_{g+1}(" + (k + 1) + ")", mean, from[k], 4 * se);
        }
        return c.out;
    }

    private static boolean rejects(double[][] p) {
        try {
            Preference.of(p);
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static double[][] centred(Preference p) {
        double[][] a = p.matrix();
        for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] -= 0.5;
            }
        }
        return a;
    }

    private static double minColumn(double[][] a, double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (int j = 0; j < a[0].length; j++) {
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                s += x[i] * a[i][j];
            }
            m = Math.min(m, s);
        }
        return m;
    }

    static Rational[][] rational(double[][] a) {
        Rational[][] r = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = new Rational[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                r[i][j] = Rational.valueOf(a[i][j]);
            }
        }
        return r;
    }

    private static String fmt(double v) {
        return Math.abs(v - 1.0 / 3) < 1e-12 ? "1/3" : Double.toString(v);
    }
}
