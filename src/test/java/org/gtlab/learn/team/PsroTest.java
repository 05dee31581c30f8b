package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.learn.Steps;
import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamRpsGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 B, tests 11–13 (exact-oracle PSRO with the LP meta-solver). */
class PsroTest {

    private static List<Psro.State> run(TeamGame g) {
        Psro psro = Psro.doubleOracle(g);
        return Steps.trajectory(psro, psro.start());
    }

    private static double[] expl(List<Psro.State> t) {
        return t.stream().mapToDouble(Psro.State::teamExploitability).toArray();
    }

    @Test
    void exampleGame() {
        List<Psro.State> t = run(CounterExampleGame.standard());
        assertArrayEquals(new double[] {0.9375, 1.5, 0}, expl(t), 1e-9);
        Psro.State end = t.get(t.size() - 1);
        assertEquals(2, end.exactResponses().size());
        assertArrayEquals(new int[] {1, 1, 1}, end.exactResponses().get(0));
        assertArrayEquals(new int[] {0, 0, 0}, end.exactResponses().get(1));
        assertArrayEquals(new double[] {0, 0, 1}, end.metaWeights(), 1e-9);
        assertEquals(2, end.step());
    }

    @Test
    void teamRps() {
        List<Psro.State> t = run(TeamRpsGame.standard());
        assertArrayEquals(new double[] {0.25, 1.0, 0}, expl(t), 1e-9);
        Psro.State end = t.get(t.size() - 1);
        assertArrayEquals(new int[] {1, 1}, end.exactResponses().get(0));
        assertArrayEquals(new int[] {0, 0}, end.exactResponses().get(1));
        assertArrayEquals(new double[] {2 / 3.0, 1 / 6.0, 1 / 6.0}, end.metaWeights(), 1e-9);
        TeamRpsGame g = TeamRpsGame.standard();
        double[] q = end.solution().jointDistribution();
        // induced (R, P, S) = (1/3, 1/3, 1/3)
        assertEquals(1 / 3.0, q[0], 1e-9);
        assertEquals(1 / 3.0, q[3], 1e-9);
        assertEquals(1 / 3.0, q[1] + q[2], 1e-9);
        assertEquals(0, g.expectedPayoff(end.population().get(0), end.population().get(0)), 1e-12);
    }

    @Test
    void sad() {
        List<Psro.State> t = run(SeekAttackDefendGame.standard());
        assertArrayEquals(new double[] {7.262237, 4.0, 2.0, 0}, expl(t), 1e-6);
        for (int i = 1; i < 4; i++) {
            assertEquals(new double[] {7.262237, 4.0, 2.0, 0}[i], t.get(i).teamExploitability(), 1e-9);
        }
        Psro.State end = t.get(t.size() - 1);
        assertArrayEquals(new int[] {10, 10, 10, 10}, end.exactResponses().get(0));
        assertArrayEquals(new int[] {10, 10, 11, 11}, end.exactResponses().get(1));
        assertArrayEquals(new int[] {10, 10, 10, 12}, end.exactResponses().get(2));
        assertArrayEquals(new double[] {0, 0, 1}, t.get(2).metaWeights(), 1e-6, "before the third BR: all on attack");
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.5}, end.metaWeights(), 1e-6);
    }

    @Test
    void otherMetaSolversWithTheExactOracle() {
        // uniform meta-solver = fictitious play over the growing set: exploitability decays but is not exact
        Psro fp = Psro.withSolver(CounterExampleGame.standard(), MetaSolvers.uniform(), Psro.Oracle.EXACT, true, 30);
        Psro.State end = Steps.toEnd(fp);
        assertEquals(30, end.iteration());
        assertTrue(end.teamExploitability() < 0.2, "uniform " + end.teamExploitability());
        for (String name : List.of("prd", "rm", "alpharank", "uniform_biased")) {
            Psro p = Psro.withSolver(SeekAttackDefendGame.standard(), MetaSolvers.byName(name), Psro.Oracle.EXACT, true, 8);
            Psro.State s = Steps.toEnd(p);
            assertTrue(s.teamExploitability() >= 0, name);
            assertEquals(1.0, java.util.Arrays.stream(s.metaWeights()).sum(), 1e-9);
        }
        Psro.State prd = Steps.toEnd(Psro.withSolver(SeekAttackDefendGame.standard(), MetaSolvers.byName("prd"), Psro.Oracle.EXACT, true,
                8));
        assertTrue(prd.teamExploitability() < 0.05, "PRD meta on SAD " + prd.teamExploitability());
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class,
                () -> Psro.doubleOracle(new SeekAttackDefendGame(12, 10, 0, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> Psro.withSolver(CounterExampleGame.standard(), MetaSolvers.nash(), Psro.Oracle.EXACT, true, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Psro.onlineDoubleOracle(CounterExampleGame.standard(), Double.NaN, Psro.Oracle.DAMPED, true, 12));
    }
}
