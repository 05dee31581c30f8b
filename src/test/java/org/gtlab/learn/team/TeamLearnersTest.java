package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.gtlab.learn.Steps;
import org.gtlab.game.DenseTeamGame;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamGames;
import org.gtlab.game.TeamPolicy;
import org.junit.jupiter.api.Test;

/** The method/settings factory, N = 1 matrix games, and the Q15 flag. */
class TeamLearnersTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TeamLearnerState run(TeamLearner l) {
        return Steps.toEnd(l, l.start());
    }

    @Test
    void everyMethodRunsOnEveryCatalogGame() {
        for (String gameName : TeamGames.names()) {
            TeamGame g = TeamGames.create(gameName);
            for (String m : TeamLearners.methods()) {
                Map<String, String> set = m.equals("psro") || m.equals("odo") || m.equals("fxp") ? Map.of("iterations", "2")
                        : Map.of();
                TeamLearnerState s = run(TeamLearners.create(m, g, set));
                assertTrue(s.done());
                assertTrue(s.teamExploitability() >= -1e-12, m + " on " + gameName);
                assertEquals(1.0, java.util.Arrays.stream(s.metaWeights()).sum(), 1e-9);
                assertTrue(s.metrics().containsKey("step") && s.metrics().containsKey("population_size"));
            }
        }
    }

    @Test
    void settingsSelectTheVariants() {
        TeamGame g = TeamGames.create("fxp-example");
        Psro.State exact = (Psro.State) run(TeamLearners.create("psro", g, Map.of("meta", "nash", "oracle", "exact")));
        assertEquals(2, exact.step());
        Psro.State uniform = (Psro.State) run(TeamLearners.create("psro", g,
                Map.of("meta", "uniform", "oracle", "damped", "reset", "true", "mode", "paper")));
        assertEquals(20, uniform.iteration());
        FictitiousCrossPlay.State fxp = (FictitiousCrossPlay.State) run(TeamLearners.create("fxp", g, Map.of("mode", "paper")));
        assertEquals(21, fxp.population().size());
        SelfPlay.State sp = (SelfPlay.State) run(TeamLearners.create("sp", g, Map.of("profile", "repeat")));
        assertEquals(34, sp.step(), 1);
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("psro", g, Map.of("meta", "oracle")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("psro", g, Map.of("oracle", "fast")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("psro", g, Map.of("reset", "maybe")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("fxp", g, Map.of("eta", "NaN")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("fxp", g, Map.of("colour", "red")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("sp", g, Map.of("lr", "nan")));
        assertThrows(IllegalArgumentException.class, () -> TeamLearners.create("magic", g, Map.of()));
    }

    @Test
    void matrixGamesAsOneAgentTeams() {
        DenseTeamGame rps = DenseTeamGame.ofMatrix("rps", new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        Psro.State s = Steps.toEnd(Psro.doubleOracle(rps));
        assertEquals(0, s.teamExploitability(), 1e-9);
        double[] q = s.solution().jointDistribution();
        for (double x : q) {
            assertEquals(1 / 3.0, x, 1e-9);
        }
        FictitiousCrossPlay.State f = Steps.toEnd(FictitiousCrossPlay.standard(rps));
        assertTrue(f.teamExploitability() < 0.01, "FXP on RPS " + f.teamExploitability());
        Psro.State ar = Steps.toEnd(Psro.withSolver(rps, MetaSolvers.alphaRank(), Psro.Oracle.EXACT, true, 10));
        assertTrue(ar.teamExploitability() < 0.01, "alpha-rank PSRO on RPS " + ar.teamExploitability());
    }

    @Test
    void dampedPhaseAgainstAnExactEquilibriumIsFlagged() {
        TeamGame rps = TeamGames.create("team-rps");
        Psro p = Psro.withSolver(rps, MetaSolvers.nash(), Psro.Oracle.DAMPED, true, 3);
        java.util.List<Map<String, Double>> m = new java.util.ArrayList<>();
        Psro.State end = Steps.toEnd(p, p.start(TeamPolicy.uniform(2, 2)), m);
        long third = end.phaseStarts().get(2);
        assertEquals(0, m.get((int) third).get("team_exploitability"), 1e-9);
        assertEquals(1.0, m.get((int) third + 1).get("target_at_equilibrium"));
        assertEquals(0.0, m.get(1).get("target_at_equilibrium"));
    }
}
