package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gtlab.learn.Steps;
import org.gtlab.game.CounterExampleGame;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamRpsGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 F, tests 34–37 (damped-oracle PSRO, paper-faithful) and the LP default of 35. */
class DampedPsroTest {

    static List<Psro.State> trajectory(Psro p) {
        return Steps.trajectory(p, p.start());
    }

    static Psro damped(TeamGame g, MetaSolver s, boolean reset, int m) {
        return Psro.withSolver(g, s, Psro.Oracle.DAMPED, reset, m);
    }

    static double expl(List<Psro.State> t, long step) {
        return t.get((int) step).teamExploitability();
    }

    static double restricted(List<Psro.State> t, long step) {
        return t.get((int) step).metrics().get("restricted_exploitability");
    }

    /** The last logged value (the state before the final one). */
    static Psro.State lastLogged(List<Psro.State> t) {
        return t.get(t.size() - 2);
    }

    @Test
    void exampleNashWithAndWithoutReset() {
        TeamGame g = CounterExampleGame.standard();
        List<Psro.State> t = trajectory(damped(g, MetaSolvers.fictitiousPlay(999), true, 12));
        assertEquals(List.of(0L, 51L, 102L), t.get(t.size() - 1).phaseStarts().subList(0, 3));
        assertEquals(0.300, restricted(t, 0), 1e-3);
        assertEquals(1.498, restricted(t, 51), 1e-3);
        assertEquals(0.001, restricted(t, 102), 1e-3);
        assertEquals(0.0007, expl(t, 102), 3e-4);
        List<Psro.State> warm = trajectory(damped(g, MetaSolvers.fictitiousPlay(999), false, 20));
        for (long s : warm.get(warm.size() - 1).phaseStarts()) {
            if (s >= 51) {
                double r = restricted(warm, s);
                assertTrue(r >= 1.49 && r <= 1.50, "warm PSRO-Nash at " + s + ": " + r);
            }
        }
        // lab default (LP): 0.0001 from step 102 on
        List<Psro.State> lp = trajectory(damped(g, MetaSolvers.nash(), true, 12));
        assertEquals(1e-4, expl(lp, 102), 5e-5);
    }

    @Test
    void exampleUniformAndOnlineDoubleOracle() {
        TeamGame g = CounterExampleGame.standard();
        List<Psro.State> t = trajectory(damped(g, MetaSolvers.uniform(), true, 20));
        double[] expected = {0.899, 1.099, 1.199, 1.259, 1.049, 0.899, 0.787, 0.699};
        List<Long> starts = t.get(t.size() - 1).phaseStarts();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], restricted(t, starts.get(k + 1)), 2e-3, "phase " + (k + 1));
        }
        assertEquals(0.315, lastLogged(t).metrics().get("restricted_exploitability"), 2e-3);
        assertEquals(20, t.get(t.size() - 1).iteration());
        List<Psro.State> odo = trajectory(Psro.onlineDoubleOracle(g, 1, Psro.Oracle.DAMPED, true, 12));
        assertEquals(0.004, lastLogged(odo).metrics().get("restricted_exploitability"), 1e-3);
        // warm-started uniform PSRO drifts up to ≈ 1.44 (spec §11.2)
        List<Psro.State> warm = trajectory(damped(g, MetaSolvers.uniform(), false, 20));
        assertEquals(1.44, lastLogged(warm).teamExploitability(), 5e-3);
    }

    @Test
    void sadNashReset() {
        TeamGame g = SeekAttackDefendGame.standard();
        List<Psro.State> t = trajectory(damped(g, MetaSolvers.fictitiousPlay(999), true, 12));
        List<Long> starts = t.get(t.size() - 1).phaseStarts();
        long[] b = {405, 472, 533, 888};
        for (int k = 0; k < b.length; k++) {
            assertEquals(b[k], starts.get(k + 1), 2.0);
        }
        assertEquals(4.002, expl(t, 533), 5e-3);
        assertEquals(4.002, restricted(t, 533), 5e-3);
        assertEquals(0.056, expl(t, 888), 5e-3);
        assertEquals(0.056, restricted(t, 888), 5e-3);
        assertTrue(lastLogged(t).teamExploitability() <= 0.06);
        List<Psro.State> lp = trajectory(damped(g, MetaSolvers.nash(), true, 12));
        for (long s : lp.get(lp.size() - 1).phaseStarts()) {
            if (s >= 888) {
                assertTrue(expl(lp, s) <= 0.01, "LP at " + s + ": " + expl(lp, s));
            }
        }
        assertEquals(0.0079, expl(lp, 888), 5e-4);
    }

    @Test
    void sadUniformReset() {
        List<Psro.State> t = trajectory(damped(SeekAttackDefendGame.standard(), MetaSolvers.uniform(), true, 20));
        long[] steps = {405, 459, 513, 886, 1244};
        double[] restr = {9.246, 5.514, 3.818, 1.961, 1.911};
        double[] tru = {3.856, 2.573, 1.960, 1.961, 1.783};
        for (int k = 0; k < steps.length; k++) {
            assertEquals(restr[k], restricted(t, steps[k]), 5e-3, "restricted at " + steps[k]);
            assertEquals(tru[k], expl(t, steps[k]), 5e-3, "true at " + steps[k]);
        }
        assertEquals(0.981, lastLogged(t).teamExploitability(), 5e-3);
        assertEquals(1.951, lastLogged(t).metrics().get("restricted_exploitability"), 5e-3);
    }

    @Test
    void teamRpsUniformReset() {
        List<Psro.State> t = trajectory(damped(TeamRpsGame.standard(), MetaSolvers.uniform(), true, 20));
        List<Long> starts = t.get(t.size() - 1).phaseStarts();
        double[] expected = {0.25, 0.375, 0.25, 0.25, 0.20, 0.167};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], expl(t, starts.get(k)), 2e-3, "phase " + k);
        }
        assertEquals(0.100, lastLogged(t).teamExploitability(), 2e-3);
    }
}
