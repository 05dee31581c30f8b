package org.gtlab.coopetition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.coopetition.tr2.TrustUpdater;
import org.gtlab.coopetition.tr3.ApacheCase;
import org.gtlab.coopetition.tr3.Cohesion;
import org.gtlab.coopetition.tr3.TeamEquilibrium;
import org.gtlab.coopetition.tr3.TeamModel;
import org.gtlab.coopetition.tr3.Tr3Sweep;
import org.gtlab.coopetition.tr3.WelfareMode;
import org.junit.jupiter.api.Test;

/** Spec §11 checks T-19 … T-42 (TR-3 and TR-2) with the spec's tolerances. */
class Tr3Tr2ChecksTest {

    private static final TeamModel CENTRE = TeamModel.of(20, 0.5, 2.5);
    private static final Tr3Sweep.Result SUMMED = Tr3Sweep.run(TeamModel.of(20, 0.5, 2.5));
    private static final Tr3Sweep.Result AVERAGED = Tr3Sweep.run(TeamModel.of(20, 0.5, 2.5)
            .withMode(WelfareMode.AVERAGED));

    private static double[] uniform(int n, double theta) {
        double[] t = new double[n];
        java.util.Arrays.fill(t, theta);
        return t;
    }

    @Test
    void t19FreeRiding() {
        TeamModel d = TeamModel.codeDefaults();
        double formula = d.freeRidingEffort(5);
        double solver = TeamEquilibrium.solve(d, uniform(5, 0)).mean();
        assertEquals(13.0194, formula, 1e-4);
        assertEquals(formula, solver, 1e-6 * formula);
        assertEquals(0.1280, CENTRE.freeRidingEffort(5), 1e-4);
        assertEquals(5 * d.freeRidingEffort(5), d.freeRidingTotal(5), 1e-9 * d.freeRidingTotal(5));
    }

    @Test
    void t20GridCentreSeries() {
        double[] th = {0, 0.3, 0.5, 0.7, 0.9};
        double[] s = {0.1280, 0.5938, 1.1976, 2.1530, 3.6160};
        double[] a = {0.1280, 0.2377, 0.3472, 0.4991, 0.7106};
        for (int k = 0; k < 5; k++) {
            assertEquals(s[k], CENTRE.effort(th[k], 5), 1e-4);
            assertEquals(a[k], CENTRE.withMode(WelfareMode.AVERAGED).effort(th[k], 5), 1e-4);
        }
    }

    @Test
    void t21CodeDefaults() {
        TeamModel d = TeamModel.codeDefaults();
        assertEquals(36.358, d.effort(0.1, 5), 1e-3);
        assertEquals(50, d.effort(0.3, 5), 1e-3);
        TeamModel a = d.withMode(WelfareMode.AVERAGED);
        assertEquals(36.519, a.effort(0.3, 5), 1e-3);
        assertEquals(50, a.effort(0.5, 5), 1e-3);
    }

    @Test
    void t22ClosedFormEqualsGaussSeidel() {
        int cases = 0;
        boolean cap = false;
        boolean floor = false;
        for (double w : Tr3Sweep.OMEGA) {
            for (double b : new double[] {0.4, 0.6}) {
                for (double c : new double[] {1.5, 3.5}) {
                    for (int n : Tr3Sweep.SIZE) {
                        for (double t : Tr3Sweep.LOYALTY) {
                            TeamModel m = TeamModel.of(w, b, c);
                            double closed = m.effort(t, n);
                            TeamEquilibrium e = TeamEquilibrium.gaussSeidel(m, uniform(n, t),
                                    TeamEquilibrium.indexOrder(n), 25, 1e-12, 1000).requireConverged();
                            assertEquals(closed, e.mean(), 1e-9 * closed, m + " n=" + n + " θ=" + t);
                            cap |= closed == 50;
                            floor |= closed == 0.01;
                            cases++;
                        }
                    }
                }
            }
        }
        assertTrue(cases >= 100 && cap && floor, cases + " cases, cap " + cap + ", floor " + floor);
    }

    @Test
    void t23SweepSize() {
        assertEquals(3125, SUMMED.configurations());
        assertEquals(625, SUMMED.differentiation().length);
        assertEquals(125, SUMMED.rows().stream().map(r -> List.of(r.omega(), r.beta(), r.cost())).distinct().count());
        assertEquals(625, SUMMED.rows().stream().map(r -> List.of(r.omega(), r.beta(), r.cost(), (double) r.n()))
                .distinct().count());
    }

    @Test
    void t24FreeRidingTarget() {
        assertEquals(3015, SUMMED.freeRidingPass());
        assertEquals(96.48, 100 * SUMMED.freeRidingShare(), 0.005);
        List<Tr3Sweep.Row> misses = SUMMED.rows().stream().filter(r -> r.freeRidingError() >= 0.05).toList();
        assertEquals(110, misses.size());
        assertTrue(misses.stream().allMatch(r -> r.freeRiding() < 0.01));
        List<Tr3Sweep.Row> below = SUMMED.rows().stream().filter(r -> r.theta() == 0 && r.freeRiding() < 0.01).toList();
        assertEquals(23, below.size());
        List<Tr3Sweep.Row> passing = below.stream().filter(r -> r.freeRidingError() < 0.05).toList();
        assertEquals(1, passing.size());
        assertEquals(0.00959, passing.get(0).freeRiding(), 5e-6);
        assertEquals(0.043, passing.get(0).freeRidingError(), 5e-4);
    }

    @Test
    void t25Monotonicity() {
        assertEquals(625, SUMMED.monotoneGroups());
    }

    @Test
    void t26Differentiation() {
        assertEquals(625, SUMMED.differentiationPass());
        assertEquals(15.036, SUMMED.differentiationMedian(), 1e-3);
        assertEquals(18.386, Stats.mean(SUMMED.differentiation()), 1e-2);
        assertEquals(2.997, Stats.min(SUMMED.differentiation()), 1e-2);
        assertEquals(60.035, Stats.max(SUMMED.differentiation()), 1e-2);
    }

    @Test
    void t27DifferentiationTable() {
        double[][] table = {{5.55, 7.64, 9.69, 11.66, 15.33}, {6.48, 9.19, 11.91, 14.58, 19.65},
            {7.81, 11.47, 15.26, 19.06, 26.47}, {9.82, 15.04, 20.65, 26.45, 38.09},
            {13.06, 21.10, 30.15, 39.83, 60.03}};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                int n = Tr3Sweep.SIZE[j];
                TeamModel m = TeamModel.of(20, Tr3Sweep.BETA[i], 2.5);
                double r = m.unclippedEffort(0.9, n) / m.unclippedEffort(0.1, n);
                assertEquals(table[i][j], r, 0.005);
                TeamModel other = TeamModel.of(30, Tr3Sweep.BETA[i], 1.5);
                assertEquals(r, other.unclippedEffort(0.9, n) / other.unclippedEffort(0.1, n), 1e-12 * r);
            }
        }
    }

    @Test
    void t28TeamSize() {
        assertEquals(125, SUMMED.teamSizeGroups());
    }

    @Test
    void t29Synergy() {
        assertEquals(3110, SUMMED.synergyPass());
        assertEquals(99.52, 100 * SUMMED.synergyShare(), 0.005);
        assertEquals(1.5664, SUMMED.synergyMedian(), 1e-3);
        assertEquals(1.5664, Tr3Sweep.synergy(CENTRE, 0.7, 5), 1e-3);
    }

    @Test
    void t30Bounded() {
        assertEquals(3125, SUMMED.boundedRows());
        assertEquals(27, SUMMED.atCap());
        assertEquals(23, SUMMED.atFloor());
        assertEquals(3.555, Stats.mean(SUMMED.efforts()), 1e-3);
        assertEquals(7.308, Stats.populationSd(SUMMED.efforts()), 1e-3);
    }

    @Test
    void t31PairedTest() {
        Stats.Paired p = SUMMED.paired();
        assertEquals(625, p.n());
        assertEquals(7.707, p.meanDiff(), 1e-3);
        assertEquals(17.86, p.t(), 0.01);
        assertEquals(0.7148, p.cohensD(), 1e-3);
        assertTrue(p.p() < 0.001 && p.p() > 1e-60, "p = " + p.p());
    }

    @Test
    void t32TeamSizeStructure() {
        int[] ns = {3, 4, 5, 6, 8};
        double[] ref = {6.6205, 4.6846, 3.6160, 2.9413, 2.1393};
        for (int k = 0; k < 5; k++) {
            assertEquals(ref[k], CENTRE.unclippedEffort(0.9, ns[k]), 1e-4);
            if (k > 0) {
                assertTrue(CENTRE.unclippedEffort(0.9, ns[k]) < CENTRE.unclippedEffort(0.9, ns[k - 1]));
            }
        }
    }

    @Test
    void t33VariantTripwire() {
        assertEquals(4.478, AVERAGED.differentiationMedian(), 1e-3);
        assertEquals(2.036, Stats.min(AVERAGED.differentiation()), 1e-3);
        assertEquals(6.515, Stats.max(AVERAGED.differentiation()), 1e-3);
        assertEquals(1.424, AVERAGED.synergyMedian(), 1e-3);
        assertEquals(0.440, AVERAGED.paired().cohensD(), 1e-3);
        assertEquals(96.5, 100 * AVERAGED.freeRidingShare(), 0.05);
        assertEquals(625, AVERAGED.monotoneGroups());
        assertEquals(125, AVERAGED.teamSizeGroups());
        assertEquals(99.5, 100 * AVERAGED.synergyShare(), 0.05);
        assertEquals(3125, AVERAGED.boundedRows());
        // the summed run must not produce the averaged numbers
        assertTrue(Math.abs(SUMMED.differentiationMedian() - 4.478) > 1);
    }

    @Test
    void t34ApacheSummed() {
        List<ApacheCase.PhaseResult> r = ApacheCase.solve(WelfareMode.SUMMED);
        double[] ref = {50.000, 35.928, 14.532, 11.470};
        double[] pred = new double[4];
        for (int k = 0; k < 4; k++) {
            pred[k] = r.get(k).meanEffort();
            assertEquals(ref[k], pred[k], 1e-3);
        }
        assertArrayEquals(new int[] {15, 15, 15, 15}, ApacheCase.score(pred));
    }

    @Test
    void t35ApacheAveraged() {
        List<ApacheCase.PhaseResult> r = ApacheCase.solve(WelfareMode.AVERAGED);
        double[] pred = r.stream().mapToDouble(ApacheCase.PhaseResult::meanEffort).toArray();
        assertEquals(9.666, pred[0], 1e-3);
        assertEquals(0.0963, pred[1], 0.0963e-2);
        assertEquals(0.0111, pred[2], 0.0111e-2);
        assertEquals(0.0147, pred[3], 0.0147e-2);
        int[] s = ApacheCase.score(pred);
        assertArrayEquals(new int[] {12, 12, 11, 10}, s);
        assertEquals(45, java.util.Arrays.stream(s).sum());
    }

    @Test
    void t36ApacheOrderInvariance() {
        for (WelfareMode mode : WelfareMode.values()) {
            TeamModel m = ApacheCase.model(mode);
            for (ApacheCase.Phase p : ApacheCase.PHASES) {
                double[] t = ApacheCase.loyalty(p);
                int n = t.length;
                int[] reverse = new int[n];
                for (int k = 0; k < n; k++) {
                    reverse[k] = n - 1 - k;
                }
                TeamEquilibrium fwd = TeamEquilibrium.solve(m, t);
                TeamEquilibrium rev = TeamEquilibrium.gaussSeidel(m, t, reverse, 25, 1e-12, 1000).requireConverged();
                assertEquals(fwd.total(), rev.total(), 1e-9);
                assertEquals(fwd.mean(), rev.mean(), 1e-9);
                assertEquals(TeamEquilibrium.total(m, t), fwd.total(), 1e-9);
            }
        }
    }

    @Test
    void t37Cohesion() {
        assertEquals(0.8124, Cohesion.of(ApacheCase.FOUNDER_WEIGHTS, ApacheCase.FOUNDER_LOYALTY), 1e-4);
        List<ApacheCase.PhaseResult> r = ApacheCase.solve(WelfareMode.SUMMED);
        double[] c = {0.812, 0.686, 0.563, 0.484};
        double[] l = {0.795, 0.678, 0.556, 0.480};
        for (int k = 0; k < 4; k++) {
            assertEquals(c[k], r.get(k).cohesion(), 1e-3);
            assertEquals(l[k], r.get(k).meanLoyalty(), 1e-3);
        }
        assertEquals(0, Cohesion.of(new double[] {0, 0}, new double[] {0.5, 0.9}), 0);
    }

    @Test
    void t38ApacheRubricUnits() {
        assertEquals(60, java.util.Arrays.stream(ApacheCase.score(new double[] {50, 35.93, 14.53, 11.47})).sum());
        assertArrayEquals(new int[] {12, 12, 11, 10}, ApacheCase.score(new double[] {9.67, 0.096, 0.011, 0.015}));
    }

    @Test
    void t39PositiveSignal() {
        TrustUpdater.State s = TrustUpdater.DEFAULTS.step(TrustUpdater.State.INITIAL, 1, 0);
        assertEquals(0.538080, s.trust(), 1e-6);
        assertEquals(0, s.damage(), 1e-6);
    }

    @Test
    void t40Violation() {
        TrustUpdater.State s = TrustUpdater.DEFAULTS.step(TrustUpdater.State.INITIAL, -1, 0.5);
        assertEquals(0.357201, s.trust(), 1e-6);
        assertEquals(0.456956, s.damage(), 1e-6);
    }

    @Test
    void t41Hysteresis() {
        TrustUpdater u = TrustUpdater.DEFAULTS;
        TrustUpdater.State v = u.step(TrustUpdater.State.INITIAL, -1, 0.5);
        TrustUpdater.State s = u.step(v, 1, 0.5);
        assertEquals(0.371355, s.trust(), 1e-6);
        assertEquals(0.443248, s.damage(), 1e-6);
        org.gtlab.math.Rng rng = org.gtlab.math.Rng.of(7);
        TrustUpdater.State x = TrustUpdater.State.INITIAL;
        for (int k = 0; k < 2000; k++) {
            double dev = 6 * rng.nextDouble() - 3;
            TrustUpdater.State next = u.step(x, dev, rng.nextDouble());
            if (dev > 0 && x.trust() <= x.ceiling()) {
                assertTrue(next.trust() <= 1 - x.damage() + 1e-15, "T ≤ 1 − R_prev after a positive step");
            }
            assertTrue(next.trust() >= 0 && next.trust() <= 1 && next.damage() >= 0 && next.damage() <= 1);
            x = next;
        }
    }

    @Test
    void t42NegativityBias() {
        TrustUpdater u = TrustUpdater.DEFAULTS;
        for (double x : new double[] {0.01, 0.1, 0.5, 1, 2, 5}) {
            for (double d : new double[] {0, 0.3, 1}) {
                double up = u.step(TrustUpdater.State.INITIAL, x, d).trust() - 0.5;
                double down = 0.5 - u.step(TrustUpdater.State.INITIAL, -x, d).trust();
                assertTrue(down > up, "x=" + x + " D=" + d);
                assertTrue(down / up >= 3 - 1e-12, "ratio " + down / up);
            }
        }
    }

    @Test
    void badTeamInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CENTRE.effort(0.5, 1));
        assertTrue(e.getMessage().contains("at least 2 members"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TeamModel.of(Double.NaN, 0.5, 1));
        assertTrue(e.getMessage().contains("productivity ω"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TeamModel.of(20, 0.5, -1));
        assertTrue(e.getMessage().contains("effort cost c"), e.getMessage());
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> TeamEquilibrium.gaussSeidel(CENTRE,
                new double[] {0.9, 0.1, 0.5}, TeamEquilibrium.indexOrder(3), 25, -1, 2).requireConverged());
        assertTrue(s.getMessage().contains("last iterate"), s.getMessage());
    }
}
