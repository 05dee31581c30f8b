package org.gtlab.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 A (games and evaluators), tests 1, 2, 5, 7 and the bad-input rules. */
class TeamGamesTest {

    private static final double TOL = 1e-12;

    @Test
    void exampleCountTableAndJointMatrix() {
        CounterExampleGame g = CounterExampleGame.standard();
        double[][] table = {{0, 0.1, 0.2, 1.5}, {-0.1, 0, -1, -2}, {-0.2, 1, 0, -1}, {-1.5, 2, 1, 0}};
        for (int k = 0; k <= 3; k++) {
            for (int l = 0; l <= 3; l++) {
                assertEquals(table[k][l], g.countPayoff(k, l), TOL, "U(" + k + "," + l + ")");
            }
        }
        double[][] expected = {
            {0.0, 0.1, 0.1, 0.2, 0.1, 0.2, 0.2, 1.5},
            {-0.1, 0.0, 0.0, -1.0, 0.0, -1.0, -1.0, -2.0},
            {-0.1, 0.0, 0.0, -1.0, 0.0, -1.0, -1.0, -2.0},
            {-0.2, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, -1.0},
            {-0.1, 0.0, 0.0, -1.0, 0.0, -1.0, -1.0, -2.0},
            {-0.2, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, -1.0},
            {-0.2, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, -1.0},
            {-1.5, 2.0, 2.0, 1.0, 2.0, 1.0, 1.0, 0.0}};
        double[][] u = g.jointMatrix();
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(expected[i], u[i], TOL);
            for (int j = 0; j < 8; j++) {
                assertEquals(-u[j][i], u[i][j], TOL, "antisymmetric");
            }
        }
        assertEquals(1.5, g.payoff(new int[] {0, 0, 0}, new int[] {1, 1, 1}), TOL);
        assertEquals("011", g.jointActionLabel(g.jointAction(3)));
    }

    @Test
    void exampleWithTwoAgents() {
        CounterExampleGame g = new CounterExampleGame(2, 1.5, 0.1);
        double[][] rows = {{0, 0.1, 1.5}, {-0.1, 0, -1}, {-1.5, 1, 0}};
        for (int k = 0; k <= 2; k++) {
            for (int l = 0; l <= 2; l++) {
                assertEquals(rows[k][l], g.countPayoff(k, l), TOL);
            }
        }
    }

    @Test
    void sadCanonicalSubMatrix() {
        SeekAttackDefendGame g = SeekAttackDefendGame.standard();
        int[] gain = {10, 10, 10, 10};
        int[] attack = {10, 10, 11, 11};
        int[] defend = {10, 10, 10, 12};
        int[][] s = {gain, attack, defend};
        double[][] expected = {{0, -4, 2}, {4, 0, -2}, {-2, 2, 0}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], g.payoff(s[i], s[j]), TOL);
            }
        }
        assertEquals(28_561, g.jointActionCount());
        assertEquals(8.0, g.gain(gain), TOL);
        assertEquals(0.0, g.gain(new int[] {0, 10, 10, 10}), TOL);
    }

    @Test
    void sadStructuredEvaluatorMatchesBruteForce() {
        SeekAttackDefendGame g = SeekAttackDefendGame.standard();
        SplittableRandom rng = new SplittableRandom(7);
        int size = (int) g.jointActionCount();
        for (int trial = 0; trial < 20; trial++) {
            TeamPolicy opp = TeamPolicy.random(4, 13, rng);
            TeamPolicy me = TeamPolicy.random(4, 13, rng);
            double[] q = opp.jointDistribution();
            double[] v = g.valueVs(q);
            for (int r = 0; r < 200; r++) {
                int a = rng.nextInt(size);
                int[] ja = g.jointAction(a);
                double brute = 0;
                for (int b = 0; b < size; b++) {
                    if (q[b] != 0) {
                        brute += q[b] * g.payoff(ja, g.jointAction(b));
                    }
                }
                assertEquals(brute, v[a], TOL);
            }
            // U(π, π′) by the enumeration and by the dynamic programme
            assertEquals(me.dotJoint(v), g.expectedPayoff(me, opp), TOL);
        }
    }

    @Test
    void sadDynamicProgrammeMatchesEnumerationOnOtherParameters() {
        SplittableRandom rng = new SplittableRandom(3);
        for (SeekAttackDefendGame g : List.of(new SeekAttackDefendGame(3, 5, 1, 3), new SeekAttackDefendGame(3, 4, 0.5, 1),
                new SeekAttackDefendGame(2, 2, 0.3, 2))) {
            int m = g.actionsPerAgent();
            int n = g.agentsPerTeam();
            for (int t = 0; t < 10; t++) {
                TeamPolicy a = TeamPolicy.random(n, m, rng);
                TeamPolicy b = TeamPolicy.random(n, m, rng);
                double brute = 0;
                double[] pa = a.jointDistribution();
                double[] pb = b.jointDistribution();
                for (int i = 0; i < pa.length; i++) {
                    for (int j = 0; j < pb.length; j++) {
                        brute += pa[i] * pb[j] * g.payoff(g.jointAction(i), g.jointAction(j));
                    }
                }
                assertEquals(brute, g.expectedPayoff(a, b), 1e-12);
                assertEquals(brute, a.dotJoint(g.valueVs(pb)), 1e-12);
            }
        }
    }

    @Test
    void exampleAndRpsDynamicProgrammesMatchEnumeration() {
        SplittableRandom rng = new SplittableRandom(5);
        for (TeamGame g : List.<TeamGame>of(new CounterExampleGame(4, 1.5, 0.1), new TeamRpsGame(3), TeamRpsGame.standard())) {
            for (int t = 0; t < 10; t++) {
                TeamPolicy a = TeamPolicy.random(g.agentsPerTeam(), 2, rng);
                TeamPolicy b = TeamPolicy.random(g.agentsPerTeam(), 2, rng);
                double[][] u = g.jointMatrix();
                double[] pa = a.jointDistribution();
                double[] pb = b.jointDistribution();
                double brute = 0;
                for (int i = 0; i < pa.length; i++) {
                    for (int j = 0; j < pb.length; j++) {
                        brute += pa[i] * pb[j] * u[i][j];
                    }
                }
                assertEquals(brute, g.expectedPayoff(a, b), 1e-12);
                assertEquals(brute, a.dotJoint(g.valueVs(pb)), 1e-12);
            }
        }
    }

    @Test
    void largeTeamsAreEvaluatedByTheDynamicProgrammeButRefusedForEnumeration() {
        SeekAttackDefendGame big = new SeekAttackDefendGame(12, 10, 0, 2);
        assertTrue(big.jointActionCount() > 1e12);
        TeamPolicy u = TeamPolicy.uniform(12, 13);
        assertEquals(0.0, big.expectedPayoff(u, u), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> big.valueVs(new double[1]));
        assertTrue(e.getMessage().contains("13^12"), e.getMessage());
        CounterExampleGame ex = new CounterExampleGame(50, 1.5, 0.1);
        TeamPolicy ones = TeamPolicy.pure(2, new int[50]);
        assertEquals(0.0, ex.expectedPayoff(ones, ones), 1e-12);
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CounterExampleGame(0, 1.5, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new CounterExampleGame(3, Double.NaN, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new CounterExampleGame(3, 1.5, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new SeekAttackDefendGame(0, 10, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> new SeekAttackDefendGame(4, 10, Double.NaN, 2));
        assertThrows(IllegalArgumentException.class, () -> new TeamRpsGame(1));
        assertThrows(IllegalArgumentException.class, () -> TeamPolicy.uniform(0, 2));
        assertThrows(IllegalArgumentException.class, () -> TeamPolicy.of(new double[][] {{0.5, Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> TeamPolicy.of(new double[][] {{0.5, 0.4}}));
        assertThrows(IllegalArgumentException.class, () -> TeamGames.create("sad", Map.of("F", "x")));
        assertThrows(IllegalArgumentException.class, () -> TeamGames.create("sad", Map.of("Q", "1")));
        assertThrows(IllegalArgumentException.class, () -> TeamGames.create("nope"));
        assertThrows(IllegalArgumentException.class,
                () -> DenseTeamGame.ofMatrix("not antisymmetric", new double[][] {{0, 1}, {1, 0}}));
    }

    @Test
    void catalogDefaults() {
        assertEquals(Map.of("N", 3.0, "C", 1.5, "eps", 0.1), TeamGames.create("fxp-example").parameters());
        assertEquals(Map.of("N", 4.0, "A", 10.0, "c", 0.0, "F", 2.0), TeamGames.create("sad").parameters());
        assertEquals(4, TeamGames.create("team-rps").jointActionCount());
        assertEquals(5.0, TeamGames.create("fxp-example", Map.of("N", "5")).parameters().get("N"));
    }

    @Test
    void symmetricMatrixGameAsOneAgentTeams() {
        NormalFormGame rps = NormalFormGame.zeroSum(new long[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        DenseTeamGame g = DenseTeamGame.fromSymmetricZeroSum(rps);
        assertEquals(1, g.agentsPerTeam());
        assertEquals(1.0, g.payoff(new int[] {1}, new int[] {0}), TOL);
        NormalFormGame pd = NormalFormGame.symmetric(new long[][] {{3, 0}, {5, 1}});
        assertThrows(IllegalArgumentException.class, () -> DenseTeamGame.fromSymmetricZeroSum(pd));
    }
}
