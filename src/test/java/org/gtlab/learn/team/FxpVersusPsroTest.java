package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.gtlab.learn.Steps;
import org.gtlab.game.SeekAttackDefendGame;
import org.gtlab.game.TeamGame;
import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 E test 33 (SAD, paper-faithful): first phase start with true Expl &lt; 0.1. */
class FxpVersusPsroTest {

    private static <S extends TeamLearnerState> long firstBelow(List<S> t, List<Long> starts, double bound) {
        for (long s : starts) {
            if (t.get((int) s).teamExploitability() < bound) {
                return s;
            }
        }
        return -1;
    }

    @Test
    void fxpReachesTheEquilibriumBeforePsro() {
        TeamGame g = SeekAttackDefendGame.standard();
        FictitiousCrossPlay fxp = FictitiousCrossPlay.paperFaithful(g).withMainTracking(false);
        List<FictitiousCrossPlay.State> a = Steps.trajectory(fxp, fxp.start());
        long fxpStep = firstBelow(a, a.get(a.size() - 1).phaseStarts(), 0.1);
        FictitiousCrossPlay fxpReset = fxp.withReset(true);
        List<FictitiousCrossPlay.State> b = Steps.trajectory(fxpReset, fxpReset.start());
        long resetStep = firstBelow(b, b.get(b.size() - 1).phaseStarts(), 0.1);
        Psro psro = Psro.withSolver(g, MetaSolvers.fictitiousPlay(999), Psro.Oracle.DAMPED, true, 12);
        List<Psro.State> c = Steps.trajectory(psro, psro.start());
        long psroStep = firstBelow(c, c.get(c.size() - 1).phaseStarts(), 0.1);
        assertEquals(523, fxpStep, 2);
        assertEquals(888, psroStep, 2);
        assertEquals(942, resetStep, 2);
        assertTrue(fxpStep < psroStep && psroStep < resetStep);
        ToDoubleFunction<FictitiousCrossPlay.State> e = FictitiousCrossPlay.State::teamExploitability;
        assertEquals(0.050, e.applyAsDouble(b.get(942)), 5e-3);
    }
}
