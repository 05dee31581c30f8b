package org.gtlab.run.methods.selfplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.gtlab.game.GameCatalog;
import org.gtlab.run.Checkpoint;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;

/**
 * Checkpoint / resume of every self-play method: a run stopped at a checkpoint (written to JSON and
 * read back) and resumed reports bit-identical snapshots to the uninterrupted run — including the
 * sampled modes' generators, the optimistic mode's previous reward, REINFORCE's baselines and NFSP's
 * reservoirs.
 */
class SelfPlayCheckpointTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final GameSpec THREE = GameSpec.of("three-raters", GameCatalog.get("three-raters").game());
    private static final GameSpec KUHN = GameSpec.of("kuhn-poker", GameCatalog.get("kuhn-poker").game());

    private static RunSpec spec(String method, Map<String, ?> set, GameSpec g) {
        return RunSpec.of(CATALOG.forGame(method, g), set, g, 5, new Limits(40, 3, 0));
    }

    @Test
    void aResumedRunReportsExactlyWhatTheUninterruptedRunReports() {
        List<RunSpec> specs = List.of(
                spec("sppo", Map.of("mode", "sampled", "samples", 5), THREE),
                spec("sppo", Map.of("mode", "optimistic", "eta", 1), THREE),
                spec("sppo", Map.of("mode", "extragradient", "matrix", "condorcet"), THREE),
                spec("spo", Map.of("mode", "win-rate"), THREE),
                spec("reinforce", Map.of("baseline", "mars", "hands", 3, "batch", 8), KUHN),
                spec("reinforce", Map.of("baseline", "rae", "batch", 4), KUHN),
                spec("nfsp", Map.of("reservoir", 20, "storage", "probabilities", "episodes_per_step", 50), KUHN),
                spec("nfsp", Map.of("episodes_per_step", 50, "matrix", "attack-defend"), THREE),
                spec("xfp", Map.of(), KUHN));
        for (RunSpec s : specs) {
            RunRecord whole = RunExecutor.synchronous().start(s).record();
            RunSpec withCp = s.withLimits(s.limits().withCheckpointEvery(7));
            AtomicReference<Checkpoint> cp = new AtomicReference<>();
            RunExecutor.synchronous().start(withCp, new RunListener() {
                @Override
                public void checkpoint(RunHandle run, Checkpoint c) {
                    if (c.step() == 14) {
                        cp.set(c);
                        run.cancel();
                    }
                }
            });
            assertNotNull(cp.get(), s.displayName());
            Checkpoint back = Checkpoint.fromJson(cp.get().toJsonString(), n -> GameCatalog.get(n).game(), CATALOG);
            RunHandle h = RunExecutor.synchronous().resume(back);
            assertEquals(RunStatus.COMPLETED, h.status(), () -> s.displayName() + ": " + h.failure());
            assertEquals(whole.toCsv(), h.record().toCsv(), s.displayName());
            assertEquals(whole, h.record(), s.displayName());
        }
    }
}
