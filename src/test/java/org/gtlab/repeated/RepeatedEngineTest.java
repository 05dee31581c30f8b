package org.gtlab.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.gtlab.compute.Workers;
import org.gtlab.game.GameCatalog;
import org.gtlab.repeated.akata.AkataChecks;
import org.junit.jupiter.api.Test;

/** The engine, library, transformers, tournaments, Moran process, payoff region and bad input. */
class RepeatedEngineTest {

    /** Axelrod's PD: R = 3, S = 0, T = 5, P = 1. */
    static final StageGame PD = StageGame.from(GameCatalog.get("prisoners-dilemma").game());

    @Test
    void libraryHasFortyStrategiesWithReferencesAndClassifiers() {
        List<Strategy> all = Strategies.all();
        assertTrue(all.size() >= 40, "library size " + all.size());
        Set<String> names = new HashSet<>();
        for (Strategy s : all) {
            assertTrue(names.add(s.name()), "duplicate " + s.name());
            assertFalse(s.reference().isBlank(), s.name());
            assertTrue(s.memoryDepth() >= 0, s.name());
        }
        for (String n : List.of("tit-for-tat", "defector", "cooperator", "grudger", "alternator",
                "suspicious-tit-for-tat", "win-stay-lose-shift", "tit-for-two-tats", "random")) {
            assertTrue(names.contains(n), n);
        }
        assertTrue(Strategies.get("random").stochastic());
        assertFalse(Strategies.get("tit-for-tat").stochastic());
        assertEquals(1, Strategies.get("tit-for-tat").memoryDepth());
        assertEquals(Strategy.INFINITE, Strategies.get("grudger").memoryDepth());
    }

    @Test
    void pdStageGameUsesAxelrodPayoffs() {
        assertEquals(3, PD.u1(0, 0));
        assertEquals(0, PD.u1(0, 1));
        assertEquals(5, PD.u1(1, 0));
        assertEquals(1, PD.u1(1, 1));
    }

    @Test
    void classicMatchesScoreAsExpected() {
        Match m = new Match(RepeatedGame.fixed(PD, 200));
        MatchResult r = m.play(Strategies.get("tit-for-tat"), Strategies.get("defector"), 1);
        assertEquals(199, r.total1());
        assertEquals(204, r.total2());
        r = m.play(Strategies.get("win-stay-lose-shift"), Strategies.get("alternator"), 1);
        // WSLS: C; vs C → C; vs D → D; after (D, C) (win) → D; after (D, D) → C …
        assertEquals(200, r.turns());
        assertTrue(r.total1() > 0);
    }

    @Test
    void everyStrategyPlaysLegalOptionsOnAThreeByThreeGame() {
        StageGame rps = StageGame.from(GameCatalog.get("rock-paper-scissors").game());
        Tournament t = new Tournament(RepeatedGame.fixed(rps, 30).withNoise(0.1), Strategies.all(), 2, 5);
        ResultSet rs = t.play();
        assertEquals(Strategies.all().size() * Strategies.all().size(), rs.pairCount());
        for (double[] row : rs.payoffMatrix()) {
            for (double v : row) {
                assertTrue(v >= -1 && v <= 1, "RPS payoff per turn " + v);
            }
        }
    }

    @Test
    void resultsAreIdenticalForAnyNumberOfThreads() throws Exception {
        List<Strategy> roster = Strategies.roster("random,tit-for-tat,naive-prober,q-learner,zd-extort-2,gradual,"
                + "noisy-0.1-grudger,dual-tit-for-tat");
        Tournament t = new Tournament(RepeatedGame.geometric(PD, 0.02).withNoise(0.05), roster, 4, 42);
        StringBuilder one = new StringBuilder();
        t.play().writePairs(one);
        StringBuilder many = new StringBuilder();
        try (Workers w = new Workers(3, "repeated-test")) {
            t.play(w::execute, 7, null, () -> false).writePairs(many);
        }
        assertEquals(one.toString(), many.toString());
        StringBuilder other = new StringBuilder();
        new Tournament(t.game(), roster, 4, 43).play().writePairs(other);
        assertNotEquals(one.toString(), other.toString());
    }

    @Test
    void cancelStopsATournament() {
        Tournament t = new Tournament(RepeatedGame.fixed(PD, 100), Strategies.all(), 3, 1);
        int[] seen = {0};
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> t.play(null, 0, d -> seen[0] = d, () -> seen[0] >= 10));
        assertEquals(10, seen[0]);
    }

    @Test
    void resultSetAggregatesAxelrodStyle() {
        List<Strategy> roster = Strategies.roster("cooperator,defector,tit-for-tat");
        ResultSet rs = new Tournament(RepeatedGame.fixed(PD, 10), roster, 2, 0).play();
        double[][] p = rs.payoffMatrix();
        assertEquals(3, p[0][0], 1e-12);
        assertEquals(0, p[0][1], 1e-12);
        assertEquals(5, p[1][0], 1e-12);
        assertEquals(1.4, p[1][2], 1e-12); // 5 + 9·1 over 10 turns
        assertEquals("defector", rs.rankedNames().get(0));
        // defector beats cooperator and TFT in both seats, 2 repetitions
        assertEquals(8, rs.wins()[1]);
        assertEquals(0, rs.cooperationRates()[1], 1e-12);
        assertEquals(1, rs.cooperationRates()[0], 1e-12);
        assertEquals(p[1][0] - p[0][1], rs.payoffDifferences()[1][0], 1e-12);
    }

    @Test
    void transformersBehave() {
        Match m = new Match(RepeatedGame.fixed(PD, 20));
        Strategy random = Strategies.get("random");
        Strategy tft = Strategies.get("tit-for-tat");
        Strategy dd = Strategies.get("dual-dual-tit-for-tat");
        assertEquals(movesOf(tft, random, 3), movesOf(dd, random, 3));
        assertEquals(movesOf(Strategies.get("defector"), random, 3),
                movesOf(Strategies.get("dual-cooperator"), random, 3));
        assertTrue(movesOf(Strategies.get("initial-dd-tit-for-tat"), Strategies.get("cooperator"), 0)
                .startsWith("FFJJ"));
        assertEquals(movesOf(tft, random, 4), movesOf(Strategies.get("noisy-0-tit-for-tat"), random, 4));
        assertNotEquals(movesOf(tft, Strategies.get("cooperator"), 4),
                movesOf(Strategies.get("noisy-0.5-tit-for-tat"), Strategies.get("cooperator"), 4));
        assertTrue(Strategies.get("noisy-0.1-tit-for-tat").stochastic());
        assertEquals(20, m.play(dd, tft, 0).turns());
    }

    private static String movesOf(Strategy a, Strategy b, long seed) {
        StageGame g = PD.withLabels(List.of("J", "F"), List.of("J", "F"));
        return AkataChecks.moves(g, 20, a.create(), b.create(), seed, 1);
    }

    @Test
    void noiseFlipsActionsAtTheGivenRate() {
        Match m = new Match(RepeatedGame.fixed(PD, 10_000).withNoise(0.1));
        MatchResult r = m.play(Strategies.get("cooperator"), Strategies.get("cooperator"), 9);
        double rate = 1 - r.cooperationRate1();
        double se = Math.sqrt(0.1 * 0.9 / 10_000);
        assertEquals(0.1, rate, 4 * se);
    }

    @Test
    void discountingWeighsRounds() {
        Match m = new Match(RepeatedGame.fixed(PD, 3).withDiscount(0.5));
        MatchResult r = m.play(Strategies.get("cooperator"), Strategies.get("cooperator"), 0);
        assertEquals(9, r.total1());
        assertEquals(3 * (1 + 0.5 + 0.25), r.discounted1(), 1e-12);
    }

    @Test
    void badInputGetsOneLineNamingTheField() {
        assertMessage("prob-end", () -> RepeatedGame.geometric(PD, 1.5));
        assertMessage("prob-end", () -> RepeatedGame.geometric(PD, 0));
        assertMessage("rounds", () -> new RepeatedGame(PD, -3, 0, 0, 1, 0));
        assertMessage("noise", () -> RepeatedGame.fixed(PD, 10).withNoise(1.2));
        assertMessage("noise", () -> RepeatedGame.fixed(PD, 10).withNoise(-0.1));
        assertMessage("p_DC", () -> MemoryOne.of(1, 0, 1.5, 0));
        assertMessage("no transition for opponent action D", () -> StrategyFiles.parse(
                "name: half\ntype: fsm\ninitial: 1 C\n1 C -> 1 C\n", "half.strategy"));
        assertMessage("state 3", () -> StrategyFiles.parse(
                "name: lost\ntype: fsm\ninitial: 1 C\n1 C -> 1 C\n1 D -> 3 D\n", "lost.strategy"));
        assertMessage("missing field 'type'", () -> StrategyFiles.parse("name: x\n", "x.strategy"));
        assertMessage("lost.strategy:4: ", () -> StrategyFiles.parse(
                "name: lost\ntype: memory-one\n\nvector: 1 0 2 0\n", "lost.strategy"));
        assertMessage("unknown strategy 'tit-for-3-tats'", () -> Strategies.get("tit-for-3-tats"));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
        assertTrue(x.getMessage().contains(part), x.getMessage());
        assertFalse(x.getMessage().contains("\n"), x.getMessage());
    }

    @Test
    void strategyFilesPlay() {
        Strategy fsm = StrategyFiles.parse("name: fsm-tft\ntype: fsm\ninitial: a C\na C -> a C\na D -> a D\n", "t");
        Strategy tft = Strategies.get("tit-for-tat");
        Strategy random = Strategies.get("random");
        assertEquals(movesOf(tft, random, 11), movesOf(fsm, random, 11));
        Strategy m1 = StrategyFiles.parse("name: wsls\ntype: memory-one\nvector: 1 0 0 1\n", "w");
        assertEquals(movesOf(Strategies.get("win-stay-lose-shift"), random, 12), movesOf(m1, random, 12));
    }

    @Test
    void moranFixationOfANeutralMutantIsOneOverN() {
        double[][] neutral = {{1, 1}, {1, 1}};
        MoranProcess mp = new MoranProcess(neutral, MoranProcess.Mode.BIRTH_DEATH, 0, 1, 10);
        int trials = 4000;
        double p = mp.fixationProbability(0, 1, trials, 7);
        assertEquals(0.1, p, 4 * Math.sqrt(0.1 * 0.9 / trials));
        // defectors take over cooperators (PD payoffs per turn, shifted positive)
        double[][] pd = {{3, 0.01}, {5, 1}};
        MoranProcess db = new MoranProcess(pd, MoranProcess.Mode.DEATH_BIRTH, 0, 1, 20);
        int[] end = db.run(new int[] {10, 10}, 1_000_000, new SplittableRandom(3));
        assertTrue(MoranProcess.fixated(end));
        assertEquals(20, end[0] + end[1]);
        assertMessage("mutation", () -> new MoranProcess(pd, MoranProcess.Mode.BIRTH_DEATH, 2, 1, 10));
    }

    @Test
    void payoffRegionOfThePrisonersDilemma() {
        PayoffRegion r = PayoffRegion.of(PD);
        assertEquals(1, r.minmax1(), 1e-9);
        assertEquals(1, r.minmax2(), 1e-9);
        assertEquals(4, r.hull().length);
        assertTrue(r.feasibleAndRational(3, 3));
        assertTrue(r.feasible(5, 0));
        assertFalse(r.feasibleAndRational(5, 0));
        assertFalse(r.feasible(4, 4));
    }

    @Test
    void spatialEdgesRestrictThePairs() {
        List<Strategy> roster = Strategies.roster("cooperator,defector,tit-for-tat");
        Tournament t = new Tournament(RepeatedGame.fixed(PD, 5), roster, 1, 0, List.of(new int[] {0, 1}, new int[] {1, 2}));
        ResultSet rs = t.play();
        assertEquals(2, rs.pairCount());
        assertTrue(Double.isNaN(rs.payoffMatrix()[0][2]));
        assertMessage("edges", () -> new Tournament(RepeatedGame.fixed(PD, 5), roster, 1, 0,
                List.of(new int[] {0, 7})));
    }
}
