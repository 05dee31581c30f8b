package org.gtlab.run;

import org.gtlab.run.methods.StandardMethods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.gtlab.game.DenseTeamGame;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.TeamGames;
import org.gtlab.learn.team.TeamLearnerState;
import org.gtlab.run.methods.TeamLearnerExperiment;
import org.gtlab.testutil.ClassicGames;
import org.junit.jupiter.api.Test;

/** Team learners as experiments of the run pipeline: dispatch, team game specs, validation, metrics, checkpoints. */
class TeamRunTest {

    static final MethodCatalog CATALOG = StandardMethods.catalog();

    private static GameSpec team(String name, Map<String, String> params) {
        return GameSpec.resolve(name, params, null);
    }

    private static RunRecord run(RunSpec s) {
        try (RunExecutor sync = RunExecutor.synchronous()) {
            RunHandle h = sync.start(s);
            assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
            return h.record();
        }
    }

    @Test
    void sharedNamesDispatchOnTheGameKind() {
        GameSpec example = team("fxp-example", Map.of());
        GameSpec rps = GameSpec.of("rps", ClassicGames.rps());
        for (String name : List.of("sp", "fp", "replicator")) {
            assertEquals(GameKind.TEAM, CATALOG.forGame(name, example).gameKind(), name);
            assertEquals(GameKind.NORMAL_FORM, CATALOG.forGame(name, rps).gameKind(), name);
            assertEquals(GameKind.NORMAL_FORM, CATALOG.byName(name).gameKind(), name);
        }
        assertTrue(CATALOG.names(GameKind.TEAM).containsAll(List.of("sp", "fp", "fsp", "psro", "odo", "fxp")));
        // a team-only method on a symmetric zero-sum matrix game runs on it as one-agent teams
        RunSpec s = CATALOG.spec("psro", Map.of("init", "rand"), rps, 3, null);
        assertTrue(s.game().isTeam());
        assertEquals("team:rps", s.game().source());
        assertEquals(1, s.game().teamGame().agentsPerTeam());
        RunSpec nf = CATALOG.spec("sp", Map.of(), rps, 0, new Limits(10, 1, 0));
        assertFalse(nf.game().isTeam());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("hedge", Map.of(), example, 0, null));
        assertEquals("hedge cannot run on this game: it is a team game and hedge needs a normal-form game", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("fxp", Map.of(), GameSpec.of(ClassicGames.battleOfSexes()), 0, null));
        assertTrue(e.getMessage().startsWith("fxp runs on team games"), e.getMessage());
    }

    @Test
    void exactOraclePsroOnTheExampleGameReportsTheSpecSequenceAndFinalWeights() {
        RunRecord r = run(CATALOG.spec("psro", Map.of(), team("fxp-example", Map.of()), 0, null));
        assertArrayEquals(new long[] {0, 1, 2}, r.steps());
        double[] expl = r.series("team_exploitability");
        assertEquals(0.9375, expl[0], 1e-9);
        assertEquals(1.5, expl[1], 1e-9);
        assertEquals(0.0, expl[2], 1e-9);
        assertArrayEquals(new double[] {1, 2, 3}, r.series("population_size"));
        assertEquals(List.of("team_exploitability", "restricted_exploitability", "population_size", "iteration",
                "target_at_equilibrium"), r.metricNames());
        Payload w = r.last().payload("meta_weights");
        assertArrayEquals(new double[] {0, 0, 1}, w.row(0), 1e-9);
        assertArrayEquals(new double[] {1, 0}, r.last().payload("policy").row(0), 0); // the last BR: all-0
        assertEquals(3, r.last().payload("meta_game").rowCount());
        assertEquals(1.5, r.last().payload("meta_game").get(2, 1), 1e-9); // U(000, 111) = C
    }

    @Test
    void exactOraclePsroOnSadFollowsTheSpecSequence() {
        RunRecord r = run(CATALOG.spec("psro", Map.of(), team("sad", Map.of()), 0, null));
        double[] expl = r.series("team_exploitability");
        assertEquals(4, expl.length);
        assertEquals(7.262237, expl[0], 1e-6);
        assertEquals(4.0, expl[1], 1e-9);
        assertEquals(2.0, expl[2], 1e-9);
        assertEquals(0.0, expl[3], 1e-9);
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.5}, r.last().payload("meta_weights").row(0), 1e-6);
    }

    @Test
    void fxpReachesTheGlobalEquilibriumAfterTheFirstCounterAndPayloadsMarkPhaseStarts() {
        RunRecord r = run(CATALOG.spec("fxp", Map.of(), team("fxp-example", Map.of()), 0, null));
        double[] expl = r.series("team_exploitability");
        long[] steps = r.steps();
        assertEquals(85, steps[85]);
        assertTrue(expl[85] <= 2e-3, "Expl at step 85: " + expl[85]);
        for (int i = 85; i < expl.length; i++) {
            assertTrue(expl[i] <= 2e-3, "step " + steps[i] + ": " + expl[i]);
        }
        assertTrue(expl[221] <= 1e-5, "step 221: " + expl[221]);
        // payloads at step 0, at each phase start (main 51 steps, counter 34) and at the end
        assertTrue(r.get(0).payloads().containsKey("meta_weights"));
        assertTrue(r.get(51).payloads().containsKey("meta_game"));
        assertTrue(r.get(85).payloads().containsKey("policy"));
        assertTrue(r.get(60).payloads().isEmpty());
        double[] w = r.last().payload("meta_weights").row(0);
        assertEquals(21, w.length);
        assertEquals(1.0, java.util.Arrays.stream(w).sum(), 1e-9);
        assertEquals(21.0, r.last().metric("population_size"));
        assertTrue(r.last().metric("main_exploitability") < 1e-3);
    }

    @Test
    void teamGameSpecsRoundTripThroughJson() {
        GameSpec sad = team("sad", Map.of("N", "3", "c", "0.25"));
        JsonNode j = sad.toJson();
        assertEquals("team", j.get("kind").asText());
        assertEquals("sad", j.get("family").asText());
        GameSpec back = GameSpec.fromJson(Json.parse(Json.write(j)), null);
        assertEquals(sad, back);
        assertEquals(sad.teamGame().description(), back.teamGame().description());
        assertEquals(3, back.teamGame().agentsPerTeam());
        // by reference: a bare name, or a source with parameters
        assertEquals(team("sad", Map.of()), GameSpec.fromJson(Json.parse("\"sad\""), null));
        GameSpec byRef = GameSpec.fromJson(Json.parse("{\"source\": \"fxp-example\", \"parameters\": {\"N\": 2, \"C\": 2}}"),
                null);
        assertEquals(Map.of("N", 2.0, "C", 2.0, "eps", 0.1), byRef.teamGame().parameters());
        // a matrix game viewed as one-agent teams is stored as its matrix, bit for bit
        NormalFormGame rps = ClassicGames.rps();
        GameSpec view = GameSpec.resolve("team:rps", Map.of(), name -> rps);
        GameSpec viewBack = GameSpec.fromJson(view.toJson(), null);
        assertEquals(view, viewBack);
        assertTrue(viewBack.teamGame() instanceof DenseTeamGame);
        assertArrayEquals(rps.matrixDouble(0), viewBack.teamGame().jointMatrix());
        assertThrows(IllegalStateException.class, view::game);
        assertThrows(IllegalStateException.class, () -> GameSpec.of(rps).teamGame());
        // games built in memory: catalog families and dense games are storable, others are refused
        assertEquals(team("sad", Map.of()).toJson().get("parameters"),
                GameSpec.ofTeam("", TeamGames.create("sad")).toJson().get("parameters"));
        DenseTeamGame dense = DenseTeamGame.ofMatrix("mp", new double[][] {{0, 1}, {-1, 0}});
        assertEquals(GameSpec.ofTeam("", dense), GameSpec.fromJson(GameSpec.ofTeam("", dense).toJson(), null));
        org.gtlab.game.TeamGame base = TeamGames.create("team-rps");
        org.gtlab.game.TeamGame custom = new org.gtlab.game.TeamGame() {
            public String name() {
                return "custom";
            }

            public String description() {
                return "custom";
            }

            public Map<String, Double> parameters() {
                return Map.of();
            }

            public int agentsPerTeam() {
                return base.agentsPerTeam();
            }

            public int actionsPerAgent() {
                return base.actionsPerAgent();
            }

            public String actionLabel(int a) {
                return base.actionLabel(a);
            }

            public double payoff(int[] a, int[] b) {
                return base.payoff(a, b);
            }

            public double[] valueVs(double[] q) {
                return base.valueVs(q);
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GameSpec.ofTeam("", custom));
        assertTrue(e.getMessage().startsWith("team game \"custom\" cannot be stored in a recipe"), e.getMessage());
        // a whole recipe
        RunSpec s = CATALOG.spec("fxp", Map.of("eta", "0.25", "reset", "true", "init", "dirichlet"),
                team("team-rps", Map.of("N", "3")), 7, new Limits(300, 3, 0));
        RunSpec s2 = RunSpec.fromJson(s.toJsonString(), null, CATALOG);
        assertEquals(s, s2);
        assertEquals(run(s), run(s2));
    }

    @Test
    void badInputIsRefusedWithAClearMessageBeforeAnythingRuns() {
        GameSpec example = team("fxp-example", Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("fxp", Map.of("eta", "NaN"), example, 0, null));
        assertEquals("fxp: parameter eta = NaN is not a finite number; expected a number in [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("psro", Map.of("lr", "0.7"), example, 0, null));
        assertEquals("psro: parameter lr = 0.7 is out of range; expected a number in (0, 0.5]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("psro", Map.of("meta", "best"), example, 0,
                null));
        assertTrue(e.getMessage().contains("expected one of auto | nash | uniform"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> team("fxp-example", Map.of("N", "0")));
        assertEquals("team game fxp-example: the example game needs N ≥ 1 agents per team, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> team("sad", Map.of("c", "NaN")));
        assertEquals("team game sad: parameter c = NaN is not a finite number", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> team("team-rps", Map.of("M", "2")));
        assertTrue(e.getMessage().contains("unknown parameter(s) [M]"), e.getMessage());
        // 2^40 ≈ 1.1e12 joint actions: refused for every team method with the size
        GameSpec huge = team("fxp-example", Map.of("N", "40"));
        for (String m : CATALOG.names(GameKind.TEAM)) {
            if (m.equals("sweep")) {
                continue; // the sweep refuses per cell through its inner method (sweep.SweepTest)
            }
            e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec(m, Map.of(), huge, 0, null), m);
            assertEquals(m + " cannot run on this game: the exact team evaluation enumerates all team joint actions, "
                    + "but fxp-example has 2^40 = 1,099,511,627,776 of them; the limit is 5,000,000", e.getMessage());
        }
        e = assertThrows(IllegalArgumentException.class, () -> GameSpec.resolve("rps", Map.of("N", "2"), n -> null));
        assertTrue(e.getMessage().startsWith("game parameters [N] apply only to the team games"), e.getMessage());
    }

    @Test
    void everyTeamMethodRunsOnEveryTeamGameAndReportsTheCommonMetricsAndPayloads() {
        for (String g : TeamGames.names()) {
            for (String m : CATALOG.names(GameKind.TEAM)) {
                if (m.equals("sweep")) {
                    continue; // a map of runs, not a team learner (sweep.SweepTest)
                }
                Map<String, String> set = m.equals("psro") || m.equals("odo") || m.equals("fxp")
                        ? Map.of("iterations", "2") : m.equals("forel") || m.equals("replicator") || m.equals("mwu")
                                || m.equals("cfr") ? Map.of("steps", "30") : Map.of();
                RunRecord r = run(CATALOG.spec(m, set, team(g, Map.of()), 1, new Limits(60, 7, 0)));
                assertTrue(r.metricNames().containsAll(List.of("team_exploitability", "population_size")),
                        m + " on " + g + ": " + r.metricNames());
                assertFalse(r.metricNames().contains("step"));
                Snapshot last = r.last();
                assertNotEquals(null, last.payload("meta_weights"), m + " on " + g);
                double[] w = last.payload("meta_weights").row(0);
                assertEquals(1.0, java.util.Arrays.stream(w).sum(), 1e-9, m + " on " + g);
                if (!m.equals("cfr")) { // CFR's solution() is its current policy; the metric is of the iterate mixture
                    assertEquals(w.length, (int) last.metric("population_size"), m + " on " + g);
                }
                assertTrue(last.metric("team_exploitability") >= -1e-12);
            }
        }
    }

    @Test
    void checkpointsReplayToTheIdenticalState() {
        RunSpec s = CATALOG.spec("fxp", Map.of("init", "rand"), team("fxp-example", Map.of()), 11, null);
        @SuppressWarnings("unchecked")
        TeamLearnerExperiment<TeamLearnerState> e =
                (TeamLearnerExperiment<TeamLearnerState>) s.experiment();
        TeamLearnerExperiment.State<TeamLearnerState> st = e.start(11);
        for (int i = 0; i < 130; i++) {
            st = e.step(st);
        }
        JsonNode saved = Json.parse(Json.write(e.save(st)));
        TeamLearnerExperiment.State<TeamLearnerState> back = e.load(saved);
        assertEquals(130, back.steps());
        for (int i = 0; i < 200; i++) {
            assertEquals(e.observe(st, 130 + i), e.observe(back, 130 + i));
            st = e.step(st);
            back = e.step(back);
        }
        // through the executor: the checkpoint at step 100, written and read back, resumes to the same record
        RunSpec limited = s.withLimits(new Limits(1_000_000, 1, 100));
        RunRecord full = run(limited);
        java.util.concurrent.atomic.AtomicReference<Checkpoint> first = new java.util.concurrent.atomic.AtomicReference<>();
        try (RunExecutor sync = RunExecutor.synchronous()) {
            sync.start(limited, new RunListener() {
                @Override
                public void checkpoint(RunHandle run, Checkpoint c) {
                    first.compareAndSet(null, c);
                }
            });
            assertEquals(100, first.get().step());
            Checkpoint read = Checkpoint.fromJson(first.get().toJsonString(), null, CATALOG);
            RunHandle resumed = sync.resume(read);
            assertEquals(full, resumed.record());
        }
        assertThrows(IllegalArgumentException.class, () -> e.load(Json.parse("{\"initial\": [[1, 0]], \"steps\": 0}")));
    }

    @Test
    void integerParametersMayBeAutomatic() {
        Param p = Param.integer("iterations", "by oracle", 1, 10, "doc");
        assertNull(p.defaultValue());
        assertEquals("by oracle", p.defaultText());
        assertNull(p.parse("auto", "m"));
        assertEquals(4L, p.parse("4", "m"));
        assertThrows(IllegalArgumentException.class, () -> p.parse("11", "m"));
        Config c = CATALOG.spec("psro", Map.of(), team("fxp-example", Map.of()), 0, null).params();
        assertTrue(c.isAuto("iterations"));
    }
}
