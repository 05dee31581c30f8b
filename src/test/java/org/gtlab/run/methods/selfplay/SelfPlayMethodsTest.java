package org.gtlab.run.methods.selfplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.ExperimentFactory;
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

/** The five self-play methods through the run pipeline. */
class SelfPlayMethodsTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final GameSpec THREE = GameSpec.of("three-raters", GameCatalog.get("three-raters").game());
    private static final GameSpec KUHN = GameSpec.of("kuhn-poker", GameCatalog.get("kuhn-poker").game());

    private static List<Snapshot> run(String method, Map<String, ?> set, GameSpec g, long steps) {
        ExperimentFactory f = CATALOG.forGame(method, g);
        RunSpec spec = RunSpec.of(f, set, g, 1, new Limits(steps, Math.max(1, steps / 10), 0));
        List<Snapshot> seen = new ArrayList<>();
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                seen.add(s);
            }
        });
        assertEquals(RunStatus.COMPLETED, h.status(), () -> method + ": " + h.failure());
        return seen;
    }

    @Test
    void everyMethodIsInTheCatalogAndAcceptsItsGames() {
        for (String m : List.of("sppo", "spo", "reinforce", "nfsp", "xfp")) {
            assertTrue(CATALOG.names(org.gtlab.run.GameKind.NORMAL_FORM).contains(m), m);
        }
        assertTrue(CATALOG.forGame("sppo", THREE).accepts(THREE));
        GameSpec bos = GameSpec.of("battle-of-the-sexes", GameCatalog.get("battle-of-the-sexes").game());
        assertFalse(CATALOG.forGame("sppo", bos).accepts(bos), "sppo needs a symmetric constant-sum game");
        assertTrue(CATALOG.forGame("nfsp", KUHN).accepts(KUHN));
    }

    @Test
    void sppoAverageGapMatchesTheHedgeReference() {
        List<Snapshot> s = run("sppo", Map.of(), THREE, 1000);
        Snapshot last = s.get(s.size() - 1);
        // auto η = √(8 ln 3 / T) with T = the run's length: the spec's 0.0110 ± 0.0005 at T = 1000
        assertEquals(0.0110, last.metric("nash_conv"), 0.0005);
        assertTrue(last.metric("normaliser") >= 1);
        assertEquals(0.5, last.metric("avg_p1_1"), 0.05);
    }

    @Test
    void kuhnLearnersReachTheValue() {
        Snapshot x = last(run("xfp", Map.of(), KUHN, 1000));
        assertTrue(x.metric("nash_conv") < 0.03, "xfp " + x.metric("nash_conv"));
        Snapshot n = last(run("nfsp", Map.of(), KUHN, 100));
        assertTrue(n.metric("nash_conv") < 0.1, "nfsp " + n.metric("nash_conv"));
        assertEquals(100_000, n.metric("episodes"));
        Snapshot r = last(run("reinforce", Map.of("baseline", "mars"), KUHN, 500));
        assertEquals(8000, r.metric("episodes"));
        assertTrue(r.metric("nash_conv") < 0.3, "reinforce " + r.metric("nash_conv"));
        Snapshot spo = last(run("spo", Map.of("mode", "full-vector"), THREE, 2000));
        assertTrue(spo.metric("nash_conv") < 3 * Math.sqrt(2 * Math.log(3) / 2000), "spo " + spo.metric("nash_conv"));
    }

    /** The §3.6 and §7 presets replace the run's game and reach their known answers. */
    @Test
    void presetsReplaceTheGameAndReachTheirKnownAnswers() {
        GameSpec rps = GameSpec.of("rock-paper-scissors", GameCatalog.get("rock-paper-scissors").game());
        Snapshot t = last(run("sppo", CATALOG.forGame("sppo", rps).preset("three-raters").settings(), rps, 1000));
        assertEquals(0.0110, t.metric("nash_conv"), 0.0005); // the three-rater Hedge reference, not RPS
        assertEquals(0.5, t.metric("avg_p1_1"), 0.05);
        Snapshot c = last(run("sppo", Map.of("matrix", "condorcet"), rps, 2000));
        assertTrue(c.metric("avg_p1_3") > 0.8, "condorcet winner e_3: " + c.metric("avg_p1_3"));
        assertEquals(4, c.metricNames().stream().filter(n -> n.startsWith("x_p1_")).count());
        // hide-and-detect under XFP: value 55/73 on the ±1 scale
        Snapshot h = last(run("xfp", Map.of("matrix", "hide-and-detect"), rps, 2000));
        assertEquals(55.0 / 73, h.metric("value"), 0.02);
        assertTrue(h.metric("nash_conv") < 0.05, "xfp hide-and-detect " + h.metric("nash_conv"));
        // attack-defend zero-sum: saddle (2, 1), value 0.80
        Snapshot a = last(run("xfp", Map.of("matrix", "attack-defend"), rps, 500));
        assertEquals(0.80, a.metric("value"), 0.01);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RunSpec.of(CATALOG.forGame("sppo", rps), Map.of("matrix", "kuhn-poker"), rps, 0, null));
        assertTrue(e.getMessage().contains("matrix"), e.getMessage());
    }

    private static Snapshot last(List<Snapshot> l) {
        return l.get(l.size() - 1);
    }
}
