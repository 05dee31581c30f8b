package org.gtlab.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamMixture;
import org.gtlab.game.TeamPolicy;
import org.gtlab.game.TeamRpsGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 A tests 3, 4, 6, 8, 9 and B test 10. */
class TeamEvaluationTest {

    private static final double TOL = 1e-12;

    @Test
    void exampleAgainstUniform() {
        CounterExampleGame g = CounterExampleGame.standard();
        TeamPolicy u = TeamPolicy.uniform(3, 2);
        double[] v = g.valueVs(u.jointDistribution());
        double[] expected = {0.3, -0.6375, -0.6375, 0.225, -0.6375, 0.225, 0.225, 0.9375};
        assertArrayEquals(expected, v, TOL);
        TeamBestResponse br = TeamEvaluation.bestResponse(g, u);
        assertArrayEquals(new int[] {1, 1, 1}, br.action());
        assertEquals(0.9375, TeamEvaluation.exploitability(g, u), TOL);
        assertEquals(0.425, TeamEvaluation.exploitability(new CounterExampleGame(2, 1.5, 0.1), TeamPolicy.uniform(2, 2)), TOL);
        assertEquals(0.300, TeamEvaluation.restrictedExploitability(g, u.jointDistribution()), TOL);
        double[] gains = TeamEvaluation.agentGains(g, u, u);
        assertEquals(0.1875, Arrays.stream(gains).max().orElseThrow(), TOL);
        assertEquals(1.125, TeamEvaluation.agentNashConv(g, u), TOL);
        // unique best response
        long ties = Arrays.stream(v).filter(x -> x >= 0.9375 - 1e-12).count();
        assertEquals(1, ties);
    }

    @Test
    void classifier() {
        CounterExampleGame g = CounterExampleGame.standard();
        TeamPolicy ones = TeamPolicy.pure(2, 1, 1, 1);
        TeamPolicy zeros = TeamPolicy.pure(2, 0, 0, 0);
        assertEquals(0.0, TeamEvaluation.agentNashConv(g, ones), TOL);
        assertEquals(1.5, TeamEvaluation.exploitability(g, ones), TOL);
        assertEquals(TeamEquilibriumClass.LOCAL_NE, TeamEvaluation.classify(g, ones));
        assertEquals("local NE, not global", TeamEvaluation.classify(g, ones).label());
        assertEquals(0.0, TeamEvaluation.agentNashConv(g, zeros), TOL);
        assertEquals(0.0, TeamEvaluation.exploitability(g, zeros), TOL);
        assertEquals(TeamEquilibriumClass.GLOBAL_NE, TeamEvaluation.classify(g, zeros));
        assertEquals(TeamEquilibriumClass.NOT_EQUILIBRIUM, TeamEvaluation.classify(g, TeamPolicy.uniform(3, 2)));
    }

    @Test
    void sadExploitabilities() {
        SeekAttackDefendGame g = SeekAttackDefendGame.standard();
        TeamPolicy gain = TeamPolicy.pure(13, 10, 10, 10, 10);
        TeamPolicy attack = TeamPolicy.pure(13, 10, 10, 11, 11);
        TeamPolicy defend = TeamPolicy.pure(13, 10, 10, 10, 12);
        TeamMixture ne = TeamMixture.of(new double[] {0.25, 0.25, 0.5}, List.of(gain, attack, defend));
        assertEquals(0.0, TeamEvaluation.exploitability(g, ne), TOL);
        assertEquals(4.0, TeamEvaluation.exploitability(g, gain), TOL);
        TeamPolicy u = TeamPolicy.uniform(4, 13);
        TeamBestResponse br = TeamEvaluation.bestResponse(g, u);
        assertEquals(7.262237, br.value(), 1e-6);
        assertArrayEquals(new int[] {10, 10, 10, 10}, br.action());
        double[] parts = TeamEvaluation.restrictedComponents(g, u.jointDistribution());
        assertArrayEquals(new double[] {7.262237, 3.711930, 5.517971}, parts, 1e-6);
        assertEquals(16.492138, TeamEvaluation.restrictedExploitability(g, u.jointDistribution()), 1e-6);
    }

    @Test
    void teamRps() {
        TeamRpsGame g = TeamRpsGame.standard();
        TeamPolicy u = TeamPolicy.uniform(2, 2);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, g.moveDistribution(u), TOL); // (R, P, S)
        assertEquals(0.25, TeamEvaluation.exploitability(g, u), TOL);
        assertEquals(0.0, TeamEvaluation.restrictedExploitability(g, u.jointDistribution()), TOL);
        double p = 1 / Math.sqrt(3);
        TeamPolicy best = TeamPolicy.of(new double[][] {{p, 1 - p}, {p, 1 - p}});
        assertEquals(2 / Math.sqrt(3) - 1, TeamEvaluation.exploitability(g, best), 1e-7);
        assertEquals(0.1547005, TeamEvaluation.exploitability(g, best), 1e-7);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 1000; i++) {
            for (int j = 0; j <= 1000; j++) {
                double p1 = i / 1000.0;
                double p2 = j / 1000.0;
                // Expl = max over R, P, S of the value against (R, P, S) = (p1p2, rest, (1−p1)(1−p2))
                double r = p1 * p2;
                double s = (1 - p1) * (1 - p2);
                double pp = 1 - r - s;
                double e = Math.max(s - pp, Math.max(r - s, pp - r));
                min = Math.min(min, e);
            }
        }
        assertTrue(min >= 0.1547005 - 1e-6, "grid minimum " + min);
        // the closed form above equals the evaluator on a few grid points
        TeamPolicy pt = TeamPolicy.of(new double[][] {{0.3, 0.7}, {0.8, 0.2}});
        double r = 0.24;
        double s = 0.14;
        double pp = 1 - r - s;
        assertEquals(Math.max(s - pp, Math.max(r - s, pp - r)), TeamEvaluation.exploitability(g, pt), TOL);
        TeamMixture ne = TeamMixture.of(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0},
                List.of(TeamPolicy.pure(2, 0, 0), TeamPolicy.pure(2, 1, 1), TeamPolicy.pure(2, 0, 1)));
        assertEquals(0.0, TeamEvaluation.exploitability(g, ne), TOL);
    }

    @Test
    void nashConvConventions() {
        CounterExampleGame g = CounterExampleGame.standard();
        for (TeamPolicy p : List.of(TeamPolicy.uniform(3, 2), TeamPolicy.pure(2, 1, 1, 1))) {
            double[] q = p.jointDistribution();
            assertEquals(2 * TeamEvaluation.exploitability(g, p), TeamEvaluation.teamNashConv(g, q, q), TOL);
            // the two-player game between teams: NashConv = 2 × exploitability (OpenSpiel convention)
            NormalFormGame nf = NormalFormGame.bimatrix(g.jointMatrix(), negate(g.jointMatrix()));
            double[][] profile = {q, q};
            assertEquals(org.gtlab.eval.Evaluation.nashConv(nf, profile), TeamEvaluation.teamNashConv(g, q, q), 1e-9);
        }
        // a 2-player zero-sum matrix game: NashConv(x, y) = max(Ay) − min(xᵀA) = 2 × OS exploitability
        double[][] a = {{0, -1, 2}, {1, 0, -1}, {-2, 1, 0}};
        double[] x = {0.5, 0.3, 0.2};
        double[] y = {0.2, 0.2, 0.6};
        NormalFormGame nf = NormalFormGame.bimatrix(a, negate(a));
        double nc = org.gtlab.eval.Evaluation.nashConv(nf, new double[][] {x, y});
        double ay = Double.NEGATIVE_INFINITY;
        double xa = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            double s1 = 0;
            double s2 = 0;
            for (int j = 0; j < 3; j++) {
                s1 += a[i][j] * y[j];
                s2 += x[j] * a[j][i];
            }
            ay = Math.max(ay, s1);
            xa = Math.min(xa, s2);
        }
        assertEquals(ay - xa, nc, 1e-9);
        assertEquals(nc / 2, org.gtlab.eval.Evaluation.exploitability(nf, new double[][] {x, y}), 1e-9);
    }

    @Test
    void exactBestResponses() {
        CounterExampleGame g = CounterExampleGame.standard();
        TeamBestResponse br = TeamEvaluation.bestResponse(g, TeamPolicy.uniform(3, 2));
        assertArrayEquals(new int[] {1, 1, 1}, br.action());
        assertEquals(0.9375, br.value(), TOL);
        br = TeamEvaluation.bestResponse(g, TeamPolicy.pure(2, 1, 1, 1));
        assertArrayEquals(new int[] {0, 0, 0}, br.action());
        assertEquals(1.5, br.value(), TOL);
    }

    @Test
    void agentValuesAgreeWithTheDynamicProgramme() {
        SeekAttackDefendGame g = new SeekAttackDefendGame(3, 4, 0.5, 2);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        TeamPolicy a = TeamPolicy.random(3, 7, rng);
        TeamPolicy b = TeamPolicy.random(3, 7, rng);
        double[][] q1 = TeamEvaluation.agentActionValues(g, a, g.valueVs(b.jointDistribution()));
        double[][] q2 = TeamEvaluation.agentActionValuesByPayoff(g, a, b);
        for (int x = 0; x < 3; x++) {
            assertArrayEquals(q2[x], q1[x], 1e-12);
        }
    }

    @Test
    void hugeTeamsAreRefusedByTheExactOracle() {
        TeamGame big = new SeekAttackDefendGame(12, 10, 0, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TeamEvaluation.bestResponse(big, TeamPolicy.uniform(12, 13)));
        assertTrue(e.getMessage().contains("exact team best response"), e.getMessage());
        assertTrue(e.getMessage().contains("23,298,085,122,481"), e.getMessage());
        // local-equilibrium test still works through the dynamic programme
        TeamPolicy gain = TeamPolicy.pure(13, fill(12, 10));
        assertEquals(0.0, TeamEvaluation.agentNashConv(big, gain), 1e-12);
    }

    private static int[] fill(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }

    private static double[][] negate(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = Arrays.stream(a[i]).map(x -> -x).toArray();
        }
        return b;
    }
}
