package org.gtlab.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.testutil.ClassicGames;
import org.junit.jupiter.api.Test;

/** Vector fields, integrators and rest points (issue 5 acceptance items for dynamics). */
class DynamicsTest {

    private static GameDynamics field(NormalFormGame g, Dynamic d) {
        return new GameDynamics(PopulationGame.auto(g), d);
    }

    private static double nashConv(GameDynamics f, double[] x) {
        return org.gtlab.eval.Evaluation.nashConv(f.game().game(), f.game().profile(x));
    }

    @Test
    void replicatorOnRpsConservesTheProductOfSharesWithRk4() {
        GameDynamics f = field(ClassicGames.rps(), Dynamic.replicator());
        assertEquals(PopulationGame.Mode.ONE_POPULATION, f.game().mode());
        double[] x0 = {0.5, 0.3, 0.2};
        Trajectory tr = Trajectory.integrate(f, x0, new RungeKutta4(0.01), 0.01, 10_000);
        assertEquals(100, tr.time(tr.size() - 1), 1e-9);
        double h0 = 0.5 * 0.3 * 0.2;
        double worst = 0;
        for (int k = 0; k < tr.size(); k++) {
            double h = tr.get(k, 0) * tr.get(k, 1) * tr.get(k, 2);
            worst = Math.max(worst, Math.abs(h - h0));
            assertEquals(1, tr.get(k, 0) + tr.get(k, 1) + tr.get(k, 2), 1e-12);
        }
        assertTrue(worst <= 1e-6, "x1 x2 x3 drifted by " + worst);
        // and it really moves: the orbit is a closed curve around the centre, not a rest point
        assertTrue(Math.abs(tr.get(5000, 0) - 0.5) > 0.05 || Math.abs(tr.get(5000, 1) - 0.3) > 0.05);
    }

    @Test
    void replicatorConvergesToAStrictlyDominantStrategy() {
        // one population (symmetric prisoner's dilemma): defect takes over
        GameDynamics pd = field(ClassicGames.prisonersDilemma(), Dynamic.replicator());
        double[] x = Trajectory.integrate(pd, new double[] {0.99, 0.01}, new RungeKutta4(0.01), 1, 60).last();
        assertEquals(1, x[1], 1e-9);
        // two populations: the row player's dominant strategy 2 and the column player's best reply to it
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 4, 0}, {3, 5, 2}, {0, 1, -1}},
                new long[][] {{2, 0, 1}, {0, 3, 1}, {1, 1, 1}});
        GameDynamics two = field(g, Dynamic.replicator());
        assertEquals(PopulationGame.Mode.PER_PLAYER, two.game().mode());
        double[] y = new DormandPrince(1e-10, 1e-12, 1).integrate(two, two.space().barycentre(), 200);
        assertEquals(1, y[1], 1e-6);
        assertEquals(1, y[4], 1e-6);
    }

    @Test
    void logitRestPointsAreLogitResponsesToThemselves() {
        for (NormalFormGame g : List.of(ClassicGames.coordination(), ClassicGames.rps(), ClassicGames.battleOfSexes())) {
            for (double eta : new double[] {0.1, 0.3, 1.0}) {
                GameDynamics f = field(g, Dynamic.logit(eta));
                List<RestPoint> rps = RestPoints.find(f);
                assertTrue(rps.size() >= 1 && rps.size() % 2 == 1, g + " η=" + eta + ": " + rps.size()
                        + " rest points (generically an odd number)");
                for (RestPoint r : rps) {
                    double[] x = r.state();
                    double[] fit = new double[x.length];
                    f.game().fitness(x, fit);
                    SimplexProduct s = f.space();
                    for (int p = 0; p < s.populations(); p++) {
                        double z = 0;
                        for (int i = s.offset(p); i < s.offset(p) + s.size(p); i++) {
                            z += Math.exp(fit[i] / eta);
                        }
                        for (int i = s.offset(p); i < s.offset(p) + s.size(p); i++) {
                            assertEquals(Math.exp(fit[i] / eta) / z, x[i], 1e-9, g + " η=" + eta + " " + r);
                        }
                    }
                }
            }
        }
        // the coordination game has three QREs at η = 0.3: two stable, one saddle
        List<RestPoint> c = RestPoints.find(field(ClassicGames.coordination(), Dynamic.logit(0.3)));
        assertEquals(3, c.size());
        assertEquals(2, c.stream().filter(RestPoint::isStable).count());
    }

    @Test
    void replicatorRestPointsAndStabilityInRps() {
        List<RestPoint> rps = RestPoints.find(field(ClassicGames.rps(), Dynamic.replicator()));
        assertEquals(4, rps.size());
        RestPoint centre = rps.stream().filter(r -> r.supportSize() == 3).findFirst().orElseThrow();
        for (double v : centre.state()) {
            assertEquals(1.0 / 3, v, 1e-12);
        }
        assertEquals(RestPoint.Stability.NEUTRAL, centre.stability());
        // eigenvalues ±i/√3
        for (int i = 0; i < 2; i++) {
            assertEquals(0, centre.eigenvaluesReal()[i], 1e-7);
            assertEquals(1 / Math.sqrt(3), Math.abs(centre.eigenvaluesImaginary()[i]), 1e-7);
        }
        // the vertices are saddles
        rps.stream().filter(r -> r.supportSize() == 1).forEach(r -> assertEquals(RestPoint.Stability.UNSTABLE,
                r.stability()));
    }

    @Test
    void replicatorRestPointsOfBattleOfTheSexes() {
        List<RestPoint> rps = RestPoints.find(field(ClassicGames.battleOfSexes(), Dynamic.replicator()));
        assertEquals(5, rps.size(), rps.toString());
        // the two strict equilibria are sinks, the mixed equilibrium (2/3, 1/3; 1/3, 2/3) a saddle
        long stable = rps.stream().filter(RestPoint::isStable).count();
        assertEquals(2, stable);
        RestPoint mixed = rps.stream().filter(r -> r.supportSize() == 4).findFirst().orElseThrow();
        double[] x = mixed.state();
        assertEquals(2.0 / 3, x[0], 1e-10);
        assertEquals(1.0 / 3, x[2], 1e-10);
        assertEquals(RestPoint.Stability.UNSTABLE, mixed.stability());
    }

    @Test
    void smithBnnAndMutationConvergeInRpsWhileReplicatorCycles() {
        double[] x0 = {0.5, 0.3, 0.2};
        for (Dynamic d : List.of(Dynamic.smith(), Dynamic.bnn(), Dynamic.replicatorMutation(0.05), Dynamic.logit(0.1),
                Dynamic.bestResponse())) {
            GameDynamics f = field(ClassicGames.rps(), d);
            double[] x = Trajectory.integrate(f, x0, new RungeKutta4(0.01), 1, 200).last();
            assertTrue(nashConv(f, x) < 0.01, d + ": NashConv " + nashConv(f, x));
            assertEquals(1, x[0] + x[1] + x[2], 1e-9, d.name());
        }
        GameDynamics rep = field(ClassicGames.rps(), Dynamic.replicator());
        assertTrue(nashConv(rep, Trajectory.integrate(rep, x0, new RungeKutta4(0.01), 1, 200).last()) > 0.2);
    }

    @Test
    void rungeKuttaIsFourthOrderAndDormandPrinceAgrees() {
        GameDynamics f = field(ClassicGames.coordination(), Dynamic.replicator());
        double[] x0 = {0.2, 0.5, 0.3};
        double[] ref = new DormandPrince(1e-12, 1e-14, 0.1).integrate(f, x0, 5);
        double e1 = error(new RungeKutta4(0.1).integrate(f, x0, 5), ref);
        double e2 = error(new RungeKutta4(0.05).integrate(f, x0, 5), ref);
        double order = Math.log(e1 / e2) / Math.log(2);
        assertTrue(order > 3.7 && order < 4.3, "observed order " + order + " (errors " + e1 + ", " + e2 + ")");
        double[] loose = new DormandPrince(1e-6, 1e-8, 1).integrate(f, x0, 5);
        assertTrue(error(loose, ref) < 1e-5, "Dormand–Prince at 1e-6: error " + error(loose, ref));
        // exact exponential decay through the one-population logit field with constant fitness
        GameDynamics zero = field(NormalFormGame.symmetric(new long[][] {{0, 0}, {0, 0}}), Dynamic.logit(1));
        double[] y = new DormandPrince(1e-10, 1e-12, 1).integrate(zero, new double[] {1, 0}, 2);
        assertEquals(0.5 + 0.5 * Math.exp(-2), y[0], 1e-9);
    }

    private static double error(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    @Test
    void basinsOfTheCoordinationGameSplitTheSimplexBetweenTheStrictEquilibria() {
        GameDynamics f = field(ClassicGames.coordination(), Dynamic.replicator());
        List<double[]> attractors = RestPoints.find(f).stream().filter(RestPoint::isStable).map(RestPoint::state)
                .collect(java.util.stream.Collectors.toList());
        assertEquals(3, attractors.size());
        List<double[]> grid = f.space().grid(10);
        assertEquals(66, grid.size());
        Portraits.BasinMap map = Portraits.basins(f, new RungeKutta4(0.05), grid, attractors, 60, 1e-3);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int labelled = 0;
        for (int k = 0; k < map.size(); k++) {
            double[] x = map.start(k);
            if (map.label(k) >= 0) {
                labelled++;
                seen.add(map.label(k));
            }
            for (int i = 0; i < 3; i++) {
                if (x[i] >= 0.8) {
                    // a strategy held by 80 % is the best reply here and takes over
                    assertEquals(1.0, map.attractor(map.label(k))[i], 1e-9, java.util.Arrays.toString(x));
                }
            }
        }
        assertEquals(3, seen.size());
        assertTrue(labelled >= map.size() - 3, labelled + " of " + map.size() + " starts reached an attractor");
        // every vertex is labelled with itself
        for (int k = 0; k < map.size(); k++) {
            double[] x = map.start(k);
            for (int i = 0; i < 3; i++) {
                if (x[i] == 1) {
                    assertEquals(1.0, map.attractor(map.label(k))[i]);
                }
            }
        }
    }

    @Test
    void fieldSamplesAndGrids() {
        GameDynamics sq = field(ClassicGames.battleOfSexes(), Dynamic.replicator());
        List<Portraits.FieldSample> s = Portraits.sample(sq, 4);
        assertEquals(25, s.size());
        for (Portraits.FieldSample fs : s) {
            double[] v = fs.velocity();
            assertEquals(0, v[0] + v[1], 1e-15);
            assertEquals(0, v[2] + v[3], 1e-15);
            assertEquals(Math.hypot(Math.hypot(v[0], v[1]), Math.hypot(v[2], v[3])), fs.speed(), 1e-15);
        }
        assertEquals(6, SimplexProduct.of(2).grid(5).size());
        assertEquals(21, SimplexProduct.of(3).grid(5).size());
    }

    @Test
    void simplexProjection() {
        SimplexProduct s = SimplexProduct.of(3, 2);
        double[] p = s.project(new double[] {0.5, 0.5, 0.5, 2, -1});
        assertEquals(1.0 / 3, p[0], 1e-15);
        assertEquals(1.0 / 3, p[2], 1e-15);
        assertEquals(1, p[3], 0);
        assertEquals(0, p[4], 0);
        double[] q = s.project(new double[] {1, 0.2, -0.1, 0.5, 0.5});
        assertEquals(0.9, q[0], 1e-15);
        assertEquals(0.1, q[1], 1e-15);
        assertEquals(0, q[2], 0);
    }

    @Test
    void moranFixationProbabilities() {
        // neutral: ρ = i/N
        NormalFormGame neutral = NormalFormGame.symmetric(new long[][] {{1, 1}, {1, 1}});
        assertEquals(0.01, new MoranProcess(neutral, 100, 0.5, MoranProcess.Mapping.LINEAR, 0).fixationProbability(1, 0, 1),
                1e-14);
        assertEquals(0.37, new MoranProcess(neutral, 100, 0.5, MoranProcess.Mapping.LINEAR, 0).fixationProbability(1, 0, 37),
                1e-13);
        // constant fitness r vs 1 (w = 1): ρ = (1 − 1/r) / (1 − 1/r^N)
        double r = 1.1;
        NormalFormGame constant = NormalFormGame.bimatrix(new double[][] {{1, 1}, {r, r}}, new double[][] {{1, r}, {1, r}});
        for (int n : new int[] {2, 10, 50, 2000}) {
            MoranProcess mp = new MoranProcess(constant, n, 1, MoranProcess.Mapping.LINEAR, 0);
            assertEquals((1 - 1 / r) / (1 - Math.pow(1 / r, n)), mp.fixationProbability(1, 0, 1), 1e-12, "N=" + n);
        }
        // simulation agrees with the formula (prisoner's dilemma, defectors invading cooperators)
        MoranProcess pd = new MoranProcess(ClassicGames.prisonersDilemma(), 20, 0.2, MoranProcess.Mapping.LINEAR, 0);
        double exact = pd.fixationProbability(1, 0, 1);
        assertTrue(exact > 1.0 / 20, "defection is favoured: " + exact);
        org.gtlab.math.Rng rng = org.gtlab.math.Rng.of(5);
        int trials = 20_000;
        int fixed = 0;
        for (int t = 0; t < trials; t++) {
            if (pd.fixates(1, 0, 1, rng)) {
                fixed++;
            }
        }
        double est = (double) fixed / trials;
        double se = Math.sqrt(exact * (1 - exact) / trials);
        assertEquals(exact, est, 4 * se);
        // a birth–death event keeps the population size
        int[] counts = {7, 13};
        for (int i = 0; i < 100; i++) {
            counts = new MoranProcess(ClassicGames.prisonersDilemma(), 20, 0.2, MoranProcess.Mapping.EXPONENTIAL, 0.1)
                    .event(counts, rng);
            assertEquals(20, counts[0] + counts[1]);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MoranProcess(ClassicGames.battleOfSexes(), 10, 0.1, MoranProcess.Mapping.LINEAR, 0));
        assertTrue(e.getMessage().contains("symmetric"));
        e = assertThrows(IllegalArgumentException.class, () -> new MoranProcess(NormalFormGame.symmetric(
                new long[][] {{-5, 0}, {0, 0}}), 10, 0.5, MoranProcess.Mapping.LINEAR, 0));
        assertTrue(e.getMessage().contains("exponential"), e.getMessage());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RungeKutta4(0));
        assertThrows(IllegalArgumentException.class, () -> new RungeKutta4(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Dynamic.logit(-1));
        assertThrows(IllegalArgumentException.class, () -> Dynamic.replicatorMutation(Double.POSITIVE_INFINITY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PopulationGame.of(ClassicGames.battleOfSexes(), PopulationGame.Mode.ONE_POPULATION));
        assertTrue(e.getMessage().contains("symmetric"));
        GameDynamics f = field(ClassicGames.rps(), Dynamic.replicator());
        e = assertThrows(IllegalArgumentException.class, () -> Trajectory.integrate(f, new double[] {0.5, 0.6, 0.1},
                new RungeKutta4(0.1), 0.1, 3));
        assertTrue(e.getMessage().contains("sum to"), e.getMessage());
    }
}
