package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;

/** The tournament and moran-tournament methods on the run pipeline. */
class RepeatedMethodsTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final GameSpec PD = GameSpec.of("prisoners-dilemma", GameCatalog.get("prisoners-dilemma").game());

    @Test
    void tournamentRunEqualsTheDirectTournament() {
        RunSpec spec = RunSpec.of(CATALOG.forGame("tournament", PD),
                Map.of("players", "tit-for-tat,defector,random,grudger", "turns", "50", "repetitions", "3", "noise", "0.02"),
                PD, 11, new Limits(1_000, 1, 0));
        List<Snapshot> seen = new ArrayList<>();
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                seen.add(s);
            }
        });
        assertEquals(RunStatus.COMPLETED, h.status(), String.valueOf(h.failure()));
        Snapshot last = seen.get(seen.size() - 1);
        assertEquals(16, last.step());
        assertEquals(1.0, spec.progress(last), 1e-12);
        StageGame pd = StageGame.from(PD.game());
        ResultSet direct = new Tournament(RepeatedGame.fixed(pd, 50).withNoise(0.02),
                Strategies.roster("tit-for-tat,defector,random,grudger"), 3, 11).play();
        double[] scores = direct.meanScores();
        for (int a = 0; a < 4; a++) {
            assertEquals(scores[a], last.metric("score_" + (a + 1)), 1e-12, "score of " + a);
        }
    }

    @Test
    void moranTournamentEndsFixated() {
        RunSpec spec = RunSpec.of(CATALOG.forGame("moran-tournament", PD),
                Map.of("players", "cooperator,defector", "turns", "20", "repetitions", "1", "population", "10"),
                PD, 5, new Limits(1_000_000, 1, 0));
        List<Snapshot> seen = new ArrayList<>();
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                seen.add(s);
            }
        });
        assertEquals(RunStatus.COMPLETED, h.status());
        Snapshot last = seen.get(seen.size() - 1);
        double x1 = last.metric("x_1");
        assertTrue(x1 == 0 || x1 == 1, "fixated: " + x1);
        assertTrue(last.step() < 1_000_000);
    }

    @Test
    void presetsCarryTheirRostersAndTheTypedConfigNamesABadField() {
        var f = CATALOG.forGame("tournament", PD);
        RunSpec akata = RunSpec.of(f, f.preset("akata-10").settings(), PD, 0, null);
        var c = org.gtlab.run.methods.repeated.RepeatedMethods.TournamentConfig.SCHEMA.from(
                f.configure(f.preset("akata-10").settings()));
        assertEquals(12, c.roster().size());
        assertEquals(10, c.turns());
        assertEquals(1 + 2 * 12, akata.metrics().size(), "pairs, then score and cooperation per strategy");
        var axelrod = org.gtlab.run.methods.repeated.RepeatedMethods.TournamentConfig.SCHEMA.from(
                f.configure(f.preset("axelrod-1980").settings()));
        assertEquals(List.of("tit-for-tat", "grofman", "grudger", "davis", "joss", "random"),
                axelrod.roster().stream().map(Strategy::name).toList());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new org.gtlab.run.methods.repeated.RepeatedMethods.TournamentConfig("tit-for-tat", 10, 1.5, 0, 1));
        assertTrue(e.getMessage().contains("prob_end"), e.getMessage());
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new org.gtlab.run.methods.repeated.RepeatedMethods.TournamentConfig("tit-for-tat,nobody", 10, 0,
                        0, 1));
        assertTrue(bad.getMessage().contains("nobody"), bad.getMessage());
    }
}
