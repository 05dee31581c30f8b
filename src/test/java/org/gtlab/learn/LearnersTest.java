package org.gtlab.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.testutil.ClassicGames;
import org.junit.jupiter.api.Test;

/** Convergence and bookkeeping of the learners (issue 5 acceptance items for learners). */
class LearnersTest {

    private static final NormalFormGame RPS = ClassicGames.rps();
    private static final NormalFormGame SHAPLEY = ClassicGames.shapley();
    private static final InitialProfile SKEWED = InitialProfile.parse("0.5,0.3,0.2;0.2,0.2,0.6");

    private static FictitiousPlay fp(NormalFormGame g, FictitiousPlay.Variant v, InitialProfile init) {
        return new FictitiousPlay(g, v, FictitiousPlay.TieBreak.FIRST, init);
    }

    @Test
    void fictitiousPlayOnRpsAverageNashConvAtMost002After10000() {
        for (FictitiousPlay.Variant v : FictitiousPlay.Variant.values()) {
            for (InitialProfile init : List.of(InitialProfile.uniform(), InitialProfile.pure(0, 0), SKEWED)) {
                LearnerState s = Steps.run(fp(RPS, v, init), 1, 10_000);
                double nc = Learners.nashConvOfAverage(RPS, s);
                assertTrue(nc <= 0.02, v + " from " + init + ": NashConv " + nc);
            }
        }
        // and from 20 random starting beliefs
        FictitiousPlay random = fp(RPS, FictitiousPlay.Variant.SIMULTANEOUS, InitialProfile.random());
        for (long seed = 0; seed < 20; seed++) {
            double nc = Learners.nashConvOfAverage(RPS, Steps.run(random, seed, 10_000));
            assertTrue(nc <= 0.02, "seed " + seed + ": NashConv " + nc);
        }
    }

    @Test
    void fictitiousPlayOnShapleysGameKeepsCycling() {
        for (FictitiousPlay.Variant v : FictitiousPlay.Variant.values()) {
            for (InitialProfile init : List.of(InitialProfile.uniform(), InitialProfile.pure(0, 0))) {
                FictitiousPlay l = fp(SHAPLEY, v, init);
                LearnerState s = l.start(1);
                boolean[][] played = new boolean[2][3];
                for (int t = 1; t <= 10_000; t++) {
                    s = l.step(s);
                    if (t > 1_000) {
                        played[0][argmax(s.current()[0])] = true;
                        played[1][argmax(s.current()[1])] = true;
                    }
                    if (t % 2_500 == 0) {
                        double nc = Learners.nashConvOfAverage(SHAPLEY, s);
                        assertTrue(nc >= 0.05, v + " from " + init + " at t=" + t + ": NashConv " + nc);
                    }
                }
                // the play keeps going round the Shapley polygon (ever more slowly): every strategy recurs
                for (boolean[] row : played) {
                    for (boolean b : row) {
                        assertTrue(b, v + " from " + init + ": a strategy was not played after t = 1000");
                    }
                }
            }
        }
    }

    @Test
    void fromTheUniformStartRegretMatchingAndHedgeStayAtTheRpsEquilibrium() {
        for (Learner l : List.of(new RegretMatching(RPS, false, RegretMatching.Averaging.UNIFORM, InitialProfile.uniform()),
                Hedge.forHorizon(RPS, 10_000, false, InitialProfile.uniform()))) {
            double nc = Learners.nashConvOfAverage(RPS, Steps.run(l, 3, 10_000));
            assertTrue(nc <= 0.01, l.name() + ": " + nc);
            assertEquals(0, nc, 1e-12, l.name());
        }
    }

    @Test
    void regretMatchingPlusOnRpsAverageNashConvAtMost001From20RandomStarts() {
        Learner l = new RegretMatching(RPS, true, RegretMatching.Averaging.UNIFORM, InitialProfile.random());
        for (long seed = 0; seed < 20; seed++) {
            double nc = Learners.nashConvOfAverage(RPS, Steps.run(l, seed, 10_000));
            assertTrue(nc <= 0.01, "seed " + seed + ": NashConv " + nc);
        }
    }

    /**
     * From a skewed start RM and Hedge converge at their theoretical rates; the guaranteed bounds are
     * checked, and the NashConv is seen to shrink by about half when T grows fourfold (1/√T).
     */
    @Test
    void regretMatchingAndHedgeFromASkewedStartMeetTheirBoundsAndConverge() {
        RegretMatching rm = new RegretMatching(RPS, false, RegretMatching.Averaging.UNIFORM, SKEWED);
        double rm1 = Learners.nashConvOfAverage(RPS, Steps.run(rm, 1, 10_000));
        double rm4 = Learners.nashConvOfAverage(RPS, Steps.run(rm, 1, 40_000));
        // Hart & Mas-Colell bound: average regret ≤ Δ √(K/T) per player, Δ = 2, K = 3
        assertTrue(rm1 <= 2 * 2 * Math.sqrt(3.0 / 10_000), "RM: " + rm1);
        assertTrue(rm4 <= 0.6 * rm1, "RM does not converge: " + rm1 + " then " + rm4);
        assertTrue(rm1 <= 0.025, "RM: " + rm1);
        Hedge h = Hedge.forHorizon(RPS, 10_000, false, SKEWED);
        double h1 = Learners.nashConvOfAverage(RPS, Steps.run(h, 1, 10_000));
        assertTrue(h1 <= 0.011, "Hedge: " + h1);
    }

    /**
     * Duality gap of Hedge's averages ≤ Δ·2·(ln K/(ηt) + η/8) at every t ≤ T, η = √(8 ln K/T), from
     * the uniform start (the bound's assumption), on random zero-sum games (in RPS the uniform start
     * is the equilibrium and the gap is 0).
     */
    @Test
    void hedgeDualityGapStaysWithinItsBound() {
        int horizon = 10_000;
        for (long seed = 1; seed <= 3; seed++) {
            NormalFormGame g = RandomGames.zeroSum(3, 3, -9, 9, seed);
            Hedge h = Hedge.forHorizon(g, horizon, false, InitialProfile.uniform());
            double eta = h.eta(0);
            assertEquals(Math.sqrt(8 * Math.log(3) / horizon), eta, 1e-15);
            assertEquals(h.payoffRange(0), h.payoffRange(1));
            double bound1 = 2 * h.payoffRange(0);
            double[][] a = g.matrixDouble(0);
            LearnerState s = h.start(7);
            double largest = 0;
            for (int t = 1; t <= horizon; t++) {
                s = h.step(s);
                double[][] avg = s.average();
                double gap = dualityGap(a, avg[0], avg[1]);
                // in a zero-sum game the gap is the sum of the players' average regrets
                assertEquals(gap, s.averageRegret(0) + s.averageRegret(1), 1e-9, "t=" + t);
                double bound = bound1 * (Math.log(3) / (eta * t) + eta / 8);
                assertTrue(gap <= bound, "game " + seed + " t=" + t + ": gap " + gap + " > bound " + bound);
                largest = Math.max(largest, gap);
            }
            assertTrue(largest > 0.01, "game " + seed + ": the gap should not be trivially zero");
        }
    }

    /** From a non-uniform start x₀ the bound holds with ln K replaced by max_a ln(1/x₀(a)). */
    @Test
    void hedgeDualityGapBoundFromSkewedStartsOnRps() {
        int horizon = 10_000;
        double[][] a = RPS.matrixDouble(0);
        for (InitialProfile init : List.of(SKEWED, InitialProfile.random())) {
            Hedge h = Hedge.forHorizon(RPS, horizon, false, init);
            double eta = h.eta(0);
            LearnerState s = h.start(7);
            double[][] x0 = s.current();
            double kl = 0;
            for (double[] row : x0) {
                kl += Math.log(1 / java.util.Arrays.stream(row).min().orElseThrow());
            }
            for (int t = 1; t <= horizon; t++) {
                s = h.step(s);
                double[][] avg = s.average();
                double gap = dualityGap(a, avg[0], avg[1]);
                double bound = 2 * (kl / (eta * t) + 2 * eta / 8);
                assertTrue(gap <= bound, init + " t=" + t + ": gap " + gap + " > bound " + bound);
            }
        }
    }

    private static double dualityGap(double[][] a, double[] x, double[] y) {
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < y.length; j++) {
                s += a[i][j] * y[j];
            }
            best = Math.max(best, s);
        }
        for (int j = 0; j < y.length; j++) {
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i][j] * x[i];
            }
            worst = Math.min(worst, s);
        }
        return best - worst;
    }

    @Test
    void optimisticHedgeLastIterateApproachesTheEquilibrium() {
        // optimistic MWU converges in the last iterate in zero-sum games with a unique equilibrium
        Hedge plain = new Hedge(RPS, 0.3, false, SKEWED);
        Hedge opt = new Hedge(RPS, 0.3, true, SKEWED);
        double ncPlain = Learners.nashConvOfCurrent(RPS, Steps.run(plain, 1, 5_000));
        double ncOpt = Learners.nashConvOfCurrent(RPS, Steps.run(opt, 1, 5_000));
        assertTrue(ncOpt < 1e-6, "optimistic last iterate NashConv " + ncOpt);
        assertTrue(ncPlain > 0.1, "plain Hedge's last iterate should keep cycling, NashConv " + ncPlain);
    }

    @Test
    void uniformAveragingLearnersReportRegretsThatAddUpToNashConvInZeroSumGames() {
        NormalFormGame g = RandomGames.zeroSum(4, 3, -5, 5, 11);
        for (Learner l : List.of(new RegretMatching(g, false, RegretMatching.Averaging.UNIFORM, InitialProfile.random()),
                new Hedge(g, 0.05, false, InitialProfile.random()),
                new DampedBestResponse(g, 0.2, DampedBestResponse.Schedule.CONSTANT, InitialProfile.random()))) {
            LearnerState s = Steps.run(l, 5, 2_000);
            assertEquals(Learners.nashConvOfAverage(g, s), s.averageRegret(0) + s.averageRegret(1), 1e-9, l.name());
        }
    }

    @Test
    void stochasticFictitiousPlayApproachesTheQuantalResponseEquilibrium() {
        // RPS's logit QRE is the uniform profile for every λ, so NashConv of the average → 0
        for (boolean sampled : new boolean[] {false, true}) {
            StochasticFictitiousPlay l = new StochasticFictitiousPlay(RPS, 0.1, sampled, SKEWED);
            double nc = Learners.nashConvOfAverage(RPS, Steps.run(l, 2, 20_000));
            assertTrue(nc < (sampled ? 0.03 : 0.002), "sampled=" + sampled + ": " + nc);
        }
        // in matching pennies with asymmetric payoffs the smooth responses are interior and NashConv > 0
        NormalFormGame mp = NormalFormGame.bimatrix(new long[][] {{2, 0}, {0, 1}}, new long[][] {{0, 1}, {1, 0}});
        double[][] x = Steps.run(new StochasticFictitiousPlay(mp, 1.0, false, InitialProfile.uniform()), 1, 50_000).average();
        // fixed point of x = softmax(v(x)/λ) for both players (QRE), checked to 1e-3
        double[] v1 = mp.strategyValues(0, x);
        double[] v2 = mp.strategyValues(1, x);
        assertEquals(1 / (1 + Math.exp(v1[1] - v1[0])), x[0][0], 1e-3);
        assertEquals(1 / (1 + Math.exp(v2[1] - v2[0])), x[1][0], 1e-3);
    }

    @Test
    void harmonicDampedBestResponseBehavesLikeFictitiousPlay() {
        DampedBestResponse l = new DampedBestResponse(RPS, 1, DampedBestResponse.Schedule.HARMONIC, SKEWED);
        LearnerState s = Steps.run(l, 1, 10_000);
        assertTrue(Learners.nashConvOfCurrent(RPS, s) < 0.03, "current " + Learners.nashConvOfCurrent(RPS, s));
        // constant α keeps cycling in RPS
        DampedBestResponse c = new DampedBestResponse(RPS, 0.1, DampedBestResponse.Schedule.CONSTANT, SKEWED);
        assertTrue(Learners.nashConvOfCurrent(RPS, Steps.run(c, 1, 10_000)) > 0.1);
    }

    @Test
    void fictitiousPlayCountsAreExactBestResponses() {
        // with integer payoffs and counts every played strategy is an exact best response to the beliefs
        FictitiousPlay l = fp(SHAPLEY, FictitiousPlay.Variant.SIMULTANEOUS, InitialProfile.pure(0, 0));
        LearnerState s = l.start(1);
        for (int t = 0; t < 200; t++) {
            LearnerState next = l.step(s);
            double[][] belief = s.average();
            for (int p = 0; p < 2; p++) {
                int played = argmax(next.current()[p]);
                int[] brs = Evaluation.bestResponses(SHAPLEY, p, belief, 1e-12);
                assertEquals(brs[0], played, "t=" + t + " player " + (p + 1));
            }
            s = next;
        }
        assertEquals(201, s.averageWeight());
        double[][] sums = s.strategySums();
        assertEquals(201, sums[0][0] + sums[0][1] + sums[0][2], 0);
    }

    private static int argmax(double[] v) {
        int a = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[a]) {
                a = i;
            }
        }
        return a;
    }

    @Test
    void learnersWorkForThreePlayers() {
        NormalFormGame g = RandomGames.nPlayer(new int[] {2, 3, 2}, 0, 9, 4);
        for (Learner l : List.of(new FictitiousPlay(g, FictitiousPlay.Variant.ALTERNATING, FictitiousPlay.TieBreak.RANDOM,
                InitialProfile.uniform()), new StochasticFictitiousPlay(g, 0.5, true, InitialProfile.random()),
                new RegretMatching(g, true, RegretMatching.Averaging.LINEAR, InitialProfile.random()),
                Hedge.forHorizon(g, 500, true, InitialProfile.random()),
                new DampedBestResponse(g, 0.3, DampedBestResponse.Schedule.CONSTANT, InitialProfile.random()))) {
            LearnerState s = Steps.run(l, 9, 500);
            for (double[] row : s.average()) {
                assertEquals(1, java.util.Arrays.stream(row).sum(), 1e-9, l.name());
            }
            for (int p = 0; p < 3; p++) {
                assertTrue(Double.isFinite(s.averageRegret(p)), l.name());
            }
            assertTrue(Double.isFinite(Learners.nashConvOfAverage(g, s)));
        }
    }

    @Test
    void sameSeedGivesIdenticalStatesAndSeedsMatter() {
        Learner l = new StochasticFictitiousPlay(RPS, 0.2, true, InitialProfile.random());
        LearnerState a = Steps.run(l, 42, 1_000);
        LearnerState b = Steps.run(l, 42, 1_000);
        assertEquals(a, b);
        assertArrayEquals(a.average()[0], b.average()[0]);
        assertNotEquals(a, Steps.run(l, 43, 1_000));
        // and a state rebuilt from its parts continues identically
        LearnerState mid = Steps.run(l, 42, 400);
        LearnerState copy = LearnerState.of(mid.iteration(), mid.current(), mid.strategySums(), mid.averageWeight(),
                mid.memory(), mid.previous(), mid.cumulativePayoffs(), mid.cumulativeValues(), mid.rngState());
        LearnerState x = mid;
        LearnerState y = copy;
        for (int i = 0; i < 600; i++) {
            x = l.step(x);
            y = l.step(y);
        }
        assertEquals(a, x);
        assertEquals(a, y);
    }

    @Test
    void badParametersAreRefusedWithPreciseMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Hedge(RPS, Double.NaN, false, InitialProfile.uniform()));
        assertTrue(e.getMessage().contains("η"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StochasticFictitiousPlay(RPS, 0, true,
                InitialProfile.uniform()));
        e = assertThrows(IllegalArgumentException.class, () -> new DampedBestResponse(RPS, 1.5,
                DampedBestResponse.Schedule.CONSTANT, InitialProfile.uniform()));
        assertTrue(e.getMessage().contains("(0, 1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FictitiousPlay(RPS, FictitiousPlay.Variant.SIMULTANEOUS,
                FictitiousPlay.TieBreak.FIRST, InitialProfile.parse("0.5,0.5")));
        assertTrue(e.getMessage().contains("3 strategies, got 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> InitialProfile.parse("0.5,x"));
        assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> InitialProfile.parse("0.7,0.7,0.1").create(RPS,
                org.gtlab.math.Rng.of(1)));
        assertTrue(e.getMessage().contains("sum to"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Hedge.forHorizon(RPS, 0, false, InitialProfile.uniform()));
    }
}
