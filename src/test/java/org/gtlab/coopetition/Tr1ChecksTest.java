package org.gtlab.coopetition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gtlab.coopetition.tr1.CaseResult;
import org.gtlab.coopetition.tr1.CoopetitionGame;
import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.Equilibrium;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Interdependence;
import org.gtlab.coopetition.tr1.Rubric60;
import org.gtlab.coopetition.tr1.Specification;
import org.gtlab.coopetition.tr1.SymmetricDyad;
import org.gtlab.coopetition.tr1.Tr1Experiments;
import org.gtlab.coopetition.tr1.ValueFunction;
import org.junit.jupiter.api.Test;

/** Spec §11 checks T-01 … T-18 (TR-1) with the spec's tolerances. */
class Tr1ChecksTest {

    private static final EquilibriumSolver SOLVER = EquilibriumSolver.defaults();

    @Test
    void t01InterdependenceFormula() {
        Interdependence m = new Interdependence(List.of("developer", "platform"), List.of(
                List.of(Interdependence.dependum("api", 0.5, 1, 0.90), Interdependence.dependum("market", 0.3, 1, 0.85),
                        Interdependence.dependum("tools", 0.2, 1, 0.60)),
                List.of(Interdependence.dependum("apps", 1, 0, 0.5))));
        assertEquals(0.825, m.coefficient(0, 1), 1e-12);
        assertEquals(0.825, m.matrix()[0][1], 1e-12);
        Interdependence none = new Interdependence(List.of("a", "b"), List.of(
                List.of(new Interdependence.Dependum("x", 0.5, Map.of()), new Interdependence.Dependum("y", 0.5, Map.of())),
                List.of(new Interdependence.Dependum("z", 1, Map.of()))));
        assertEquals(0, none.coefficient(0, 1), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Interdependence(
                List.of("a", "b"), List.of(List.of(Interdependence.dependum("x", 1, 1, 1)), List.of())));
        assertTrue(e.getMessage().contains("\"b\" has no dependums"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Interdependence(List.of("a", "b"), List.of(
                List.of(Interdependence.dependum("x", 0, 1, 1)), List.of(Interdependence.dependum("y", 1, 0, 1)))));
        assertTrue(e.getMessage().contains("sum to a positive number"), e.getMessage());
    }

    @Test
    void t02ValueFunction() {
        CoopetitionGame g = CoopetitionGame.dyad(100, 100, 0.5, 0, 0, ValueFunction.log(20), 0.65);
        double[] a = {50, 50};
        assertEquals(78.63651, g.value(50), 1e-5);
        assertEquals(32.5, g.gamma() * CoopetitionGame.synergy(a), 1e-12);
        assertEquals(189.77303, g.totalValue(a), 1e-4);
    }

    @Test
    void t03Synergy() {
        assertEquals(6, CoopetitionGame.synergy(new double[] {4, 9}), 1e-12);
        assertEquals(0, CoopetitionGame.synergy(new double[] {0, 5}), 0);
        assertEquals(0, CoopetitionGame.synergy(new double[] {-1, 5}), 0);
        assertEquals(0, ValueFunction.power(0.75).value(0), 0);
    }

    @Test
    void t04Baselines() {
        CoopetitionGame p = CoopetitionGame.dyad(100, 100, 0.55, 0.86, 0.64, ValueFunction.power(0.75), 0.5).baseline();
        Equilibrium e = SOLVER.solve(p);
        assertEquals(0.31640625, e.action(0), 1e-5);
        assertEquals(0.31640625, e.action(1), 1e-5);
        assertEquals(0.31640625, SymmetricDyad.baseline(ValueFunction.power(0.75)), 1e-15);
        CoopetitionGame l = CoopetitionGame.dyad(100, 100, 0.55, 0.86, 0.64, ValueFunction.log(20), 0.65).baseline();
        Equilibrium el = SOLVER.solve(l);
        assertEquals(19.0, el.action(0), 1e-4);
        assertEquals(19.0, el.action(1), 1e-4);
        assertEquals(19.0, SymmetricDyad.baseline(ValueFunction.log(20)), 0);
    }

    @Test
    void t05SymmetricClosedFormsAndT06FocResidual() {
        double[] ds = {0, 0.5, 0.9};
        double[] power = {0.539775, 0.726025, 0.936021};
        double[] log = {22.880597, 25.446281, 27.933092};
        for (int k = 0; k < 3; k++) {
            double cfP = SymmetricDyad.action(ValueFunction.power(0.75), 0.5, ds[k]);
            double cfL = SymmetricDyad.action(ValueFunction.log(20), 0.65, ds[k]);
            assertEquals(power[k], cfP, 1e-6);
            assertEquals(log[k], cfL, 1e-6);
            for (Object[] c : new Object[][] {{Specification.POWER, cfP}, {Specification.LOG, cfL}}) {
                Specification s = (Specification) c[0];
                CoopetitionGame g = CoopetitionGame.dyad(100, 100, 0.5, ds[k], ds[k], s.value(), s.gamma());
                Equilibrium e = SOLVER.solve(g).requireConverged();
                assertEquals((double) c[1], e.action(0), 1e-4);
                assertEquals((double) c[1], e.action(1), 1e-4);
                assertFocResidualSmall(g, e);
            }
        }
    }

    static void assertFocResidualSmall(CoopetitionGame g, Equilibrium e) {
        for (int i = 0; i < g.actors(); i++) {
            assertTrue(Math.abs(g.focResidual(i, e.actions())) < 1e-4, "FOC residual of actor " + i + " at " + e);
        }
    }

    private static void checkCase(DyadCase c, Specification s, double[] a, double tolA, double coop, double vinc,
            int[] cats) {
        CaseResult r = CaseResult.evaluate(c, s, SOLVER);
        assertEquals(a[0], r.equilibrium().action(0), tolA);
        assertEquals(a[1], r.equilibrium().action(1), tolA);
        assertEquals(coop, r.cooperationIncrease(), 0.01);
        assertEquals(vinc, r.valueIncrease(), 0.01);
        assertArrayEquals(cats, r.score().categories(), r.score().toString());
        assertFocResidualSmall(r.game(), r.equilibrium());
    }

    @Test
    void t07LegacyLog() {
        checkCase(DyadCase.SLCD_LEGACY, Specification.LOG, new double[] {27.4797, 26.2697}, 1e-3, 41.45, 13.91,
                new int[] {10, 15, 13, 10, 10});
        assertEquals(41, Math.round(CaseResult.evaluate(DyadCase.SLCD_LEGACY, Specification.LOG, SOLVER)
                .cooperationIncrease()));
    }

    @Test
    void t08LegacyPower() {
        checkCase(DyadCase.SLCD_LEGACY, Specification.POWER, new double[] {0.8765, 0.8077}, 1e-4, 166.14, 117.43,
                new int[] {10, 7, 9, 10, 10});
    }

    @Test
    void t09CorrectLog() {
        checkCase(DyadCase.SLCD, Specification.LOG, new double[] {26.6334, 27.3991}, 1e-3, 42.19, 14.14,
                new int[] {10, 15, 13, 10, 10});
        CaseResult r = CaseResult.evaluate(DyadCase.SLCD, Specification.LOG, SOLVER);
        assertEquals(0.5033, r.share(), 1e-4);
        assertEquals(0.0283, r.asymmetry(), 1e-4);
    }

    @Test
    void t10CorrectPower() {
        checkCase(DyadCase.SLCD, Specification.POWER, new double[] {0.8329, 0.8767}, 1e-4, 170.17, 120.09,
                new int[] {10, 7, 9, 10, 10});
        CaseResult r = CaseResult.evaluate(DyadCase.SLCD, Specification.POWER, SOLVER);
        assertEquals(0.5001, r.share(), 1e-4);
        assertEquals(0.0512, r.asymmetry(), 1e-4);
    }

    @Test
    void t11PublishedHeadline() {
        for (DyadCase c : List.of(DyadCase.SLCD, DyadCase.SLCD_LEGACY)) {
            int log = CaseResult.evaluate(c, Specification.LOG, SOLVER).total();
            int power = CaseResult.evaluate(c, Specification.POWER, SOLVER).total();
            assertEquals(58, log, c.name());
            assertEquals(46, power, c.name());
            assertEquals(12, log - power, c.name());
        }
    }

    @Test
    void t12RubricUnits() {
        Rubric60.Score a = Rubric60.score(true, true, true, true, true, 41.45, true, 13.91, true, true, true, 0.5024,
                true, 0.045);
        assertArrayEquals(new int[] {10, 15, 13, 10, 10}, a.categories());
        assertEquals(58, a.total());
        Rubric60.Score b = Rubric60.score(true, true, true, true, true, 166.14, true, 117.43, true, true, true, 0.5001,
                true, 0.0817);
        assertArrayEquals(new int[] {10, 7, 9, 10, 10}, b.categories());
        assertEquals(46, b.total());
        // boundaries: coop = 15 fails "> 15" (2 points) but passes the closed band (3 points)
        Rubric60.Score at15 = Rubric60.score(true, true, true, true, true, 15, true, 13.91, true, true, true, 0.55,
                true, 0.045);
        assertEquals(1 + 2 + 0 + 3 + 2 + 3 + 2, at15.cooperation());
        Rubric60.Score share50 = Rubric60.score(true, true, true, true, true, 41, true, 13.91, true, true, true, 0.50,
                true, 0.045);
        assertEquals(10, share50.distribution());
        Rubric60.Score asym02 = Rubric60.score(true, true, true, true, true, 41, true, 13.91, true, true, true, 0.55,
                true, 0.02);
        assertEquals(6, asym02.realism());
    }

    @Test
    void t13Convergence() {
        for (Specification s : List.of(Specification.POWER, Specification.LOG)) {
            CoopetitionGame g = DyadCase.SLCD.game(s);
            Equilibrium ref = SOLVER.solve(g).requireConverged();
            List<Equilibrium> runs = Tr1Experiments.convergence(g, 50, 42, SOLVER);
            assertEquals(50, runs.size());
            for (Equilibrium e : runs) {
                assertTrue(e.converged(), e.toString());
                assertEquals(ref.action(0), e.action(0), 1e-4);
                assertEquals(ref.action(1), e.action(1), 1e-4);
            }
        }
        assertEquals(0.8329, SOLVER.solve(DyadCase.SLCD.game(Specification.POWER)).action(0), 1e-4);
    }

    @Test
    void t14MonteCarlo() {
        Tr1Experiments.MonteCarlo correct = Tr1Experiments.monteCarlo(DyadCase.SLCD, 500, 0.15, 42, SOLVER);
        Tr1Experiments.MonteCarlo legacy = Tr1Experiments.monteCarlo(DyadCase.SLCD_LEGACY, 500, 0.15, 42, SOLVER);
        assertEquals(56.73, Stats.mean(correct.logScores()), 0.3);
        assertEquals(45.41, Stats.mean(correct.powerScores()), 0.3);
        assertEquals(57.44, Stats.mean(legacy.logScores()), 0.3);
        assertEquals(45.30, Stats.mean(legacy.powerScores()), 0.3);
        for (Tr1Experiments.MonteCarlo m : List.of(correct, legacy)) {
            assertTrue(m.logWins() >= 495, "log wins " + m.logWins());
            assertEquals(1.0, m.logBandShare(), 0);
            assertEquals(0.0, m.powerBandShare(), 0);
        }
        long powerIn = correct.trials().stream().filter(t -> t.powerScore() >= 42 && t.powerScore() <= 46).count();
        long logIn = correct.trials().stream().filter(t -> t.logScore() >= 54 && t.logScore() <= 58).count();
        assertTrue(powerIn >= 475, "power scores in [42, 46]: " + powerIn);
        assertTrue(logIn >= 475, "log scores in [54, 58]: " + logIn);
    }

    @Test
    void t15Significance() {
        Stats.Paired c = Tr1Experiments.monteCarlo(DyadCase.SLCD, 500, 0.05, 42, SOLVER).paired();
        assertEquals(11.90, c.meanDiff(), 0.3);
        assertTrue(c.cohensD() > 9, "d = " + c.cohensD());
        assertTrue(c.p() < 0.001, "p = " + c.p());
        Tr1Experiments.MonteCarlo legacy = Tr1Experiments.monteCarlo(DyadCase.SLCD_LEGACY, 500, 0.05, 42, SOLVER);
        for (Tr1Experiments.Trial t : legacy.trials()) {
            assertEquals(46, t.powerScore());
            assertEquals(58, t.logScore());
        }
        Stats.Paired l = legacy.paired();
        assertEquals(0, l.sdDiff(), 0);
        assertTrue(l.degenerate());
        assertTrue(Double.isNaN(l.cohensD()));
    }

    @Test
    void t16MultiCase() {
        int[][] ref = {{46, 58}, {38, 56}, {41, 54}, {49, 58}, {39, 51}};
        List<DyadCase> cases = DyadCase.fiveCases();
        for (int k = 0; k < 5; k++) {
            int p = CaseResult.evaluate(cases.get(k), Specification.POWER, SOLVER).total();
            int l = CaseResult.evaluate(cases.get(k), Specification.LOG, SOLVER).total();
            boolean symmetric = k == 1 || k == 2;
            assertEquals(ref[k][0], p, symmetric ? 4 : 0, cases.get(k).name() + " power");
            assertEquals(ref[k][1], l, symmetric ? 4 : 0, cases.get(k).name() + " log");
            assertTrue(l >= p, cases.get(k).name());
        }
    }

    @Test
    void t17DSensitivity() {
        assertArrayEquals(new int[] {49, 49, 42, 42, 46, 46, 46, 46},
                Tr1Experiments.dSensitivity(Specification.POWER, Tr1Experiments.dGrid(), SOLVER));
        assertArrayEquals(new int[] {58, 58, 54, 54, 58, 58, 58, 58},
                Tr1Experiments.dSensitivity(Specification.LOG, Tr1Experiments.dGrid(), SOLVER));
    }

    @Test
    void t18GammaSensitivity() {
        assertArrayEquals(new int[] {54, 60, 54, 49, 46, 46, 46, 46, 46, 46}, Tr1Experiments.gammaSensitivity(
                DyadCase.SLCD, ValueFunction.power(0.75), Tr1Experiments.gammaGrid(), SOLVER));
        assertArrayEquals(new int[] {42, 44, 49, 49, 53, 58, 60, 60, 57, 55}, Tr1Experiments.gammaSensitivity(
                DyadCase.SLCD, ValueFunction.log(20), Tr1Experiments.gammaGrid(), SOLVER));
    }

    @Test
    void brentReplicationModeAgreesWithTheExactRoot() {
        for (Specification s : List.of(Specification.POWER, Specification.LOG)) {
            CoopetitionGame g = DyadCase.SLCD.game(s);
            Equilibrium exact = SOLVER.solve(g);
            Equilibrium brent = SOLVER.brent().solve(g);
            assertTrue(brent.converged(), brent.toString());
            assertEquals(exact.action(0), brent.action(0), 1e-4);
            assertEquals(exact.action(1), brent.action(1), 1e-4);
        }
    }

    @Test
    void badInputGivesOneClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoopetitionGame.dyad(-1, 100, 0.5, 0.5, 0.5, ValueFunction.log(20), 0.5));
        assertTrue(e.getMessage().contains("endowment e_0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CoopetitionGame.dyad(100, 100, 0.5, Double.NaN, 0.5, ValueFunction.log(20), 0.5));
        assertTrue(e.getMessage().contains("D[0][1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ValueFunction.power(1.2));
        assertTrue(e.getMessage().contains("β"), e.getMessage());
        Equilibrium stuck = SOLVER.withMaxSweeps(1).withTolerance(1e-12).solve(DyadCase.SLCD.game(Specification.LOG));
        assertFalse(stuck.converged());
        IllegalStateException s = assertThrows(IllegalStateException.class, stuck::requireConverged);
        assertTrue(s.getMessage().contains("did not converge in 1 sweeps") && s.getMessage().contains("last iterate"),
                s.getMessage());
    }
}
