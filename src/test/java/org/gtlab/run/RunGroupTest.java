package org.gtlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gtlab.compute.Workers;
import org.gtlab.game.GameCatalog;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;

/** {@link RunExecutor#startAll}: aggregate progress, one completion, cancel of the whole group, parallelism. */
class RunGroupTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final GameSpec RPS = GameSpec.of("rock-paper-scissors",
            GameCatalog.get("rock-paper-scissors").game());

    private static List<RunSpec> seeds(int n, long steps) {
        List<RunSpec> l = new ArrayList<>();
        RunSpec base = CATALOG.spec("fp", Map.of("init", "random", "ties", "random"), RPS, 0, new Limits(steps, 10, 0));
        for (int s = 0; s < n; s++) {
            l.add(base.withSeed(s));
        }
        return l;
    }

    @Test
    void aGroupCompletesOnceWithEveryRunAndFullProgress() throws Exception {
        List<Double> progress = new ArrayList<>();
        RunGroup[] group = new RunGroup[1];
        RunGroup g = RunExecutor.synchronous().startAll(seeds(4, 100), new RunListener() {
            @Override
            public void statusChanged(RunHandle run, RunStatus status) {
                if (group[0] != null && status.isTerminal()) {
                    progress.add(group[0].progress());
                }
            }
        });
        group[0] = g;
        assertTrue(g.completion().isDone());
        assertEquals(4, g.finished());
        assertEquals(1.0, g.progress());
        for (int i = 0; i < 4; i++) {
            assertEquals(i, g.runs().get(i).seed());
            assertEquals(RunStatus.COMPLETED, g.runs().get(i).status());
        }
        assertEquals(g.runs(), g.completion().get());
        assertThrows(IllegalArgumentException.class, () -> RunExecutor.synchronous().startAll(List.of()));
    }

    @Test
    void cancellingEveryRunFromAListenerEndsTheGroupWithCompleteAndCancelledRuns() throws Exception {
        AtomicInteger completed = new AtomicInteger();
        RunExecutor sync = RunExecutor.synchronous();
        // the synchronous executor runs the group in order: after two runs, cancel every unfinished one
        RunGroup g = sync.startAll(seeds(6, 50), new RunListener() {
            @Override
            public void statusChanged(RunHandle run, RunStatus status) {
                if (status == RunStatus.COMPLETED && completed.incrementAndGet() == 2) {
                    sync.runs().forEach(RunHandle::cancel);
                }
            }
        });
        assertTrue(g.completion().isDone());
        assertEquals(6, g.finished());
        assertEquals(2, g.runs().stream().filter(h -> h.status() == RunStatus.COMPLETED).count());
        assertEquals(4, g.runs().stream().filter(h -> h.status() == RunStatus.CANCELLED).count());
        assertEquals(1.0, g.progress(), "ended runs count as done");
    }

    @Test
    void aBackgroundGroupRespectsItsParallelismAndCancelsAll() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (Workers workers = new Workers(3, "group-test"); RunExecutor ex = RunExecutor.background(workers)) {
            RunGroup g = ex.startAll(seeds(8, 20_000), 2, new RunListener() {
                @Override
                public void statusChanged(RunHandle run, RunStatus status) {
                    if (status == RunStatus.RUNNING) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    } else if (status.isTerminal()) {
                        running.decrementAndGet();
                    }
                }
            });
            List<RunHandle> done = g.completion().get(120, TimeUnit.SECONDS);
            assertEquals(8, done.size());
            assertTrue(most.get() <= 2, "at most 2 runs at once, saw " + most.get());
            done.forEach(h -> assertEquals(RunStatus.COMPLETED, h.status()));
            // a long group cancelled at once: every run ends, the group completes
            RunGroup big = ex.startAll(seeds(50, 1_000_000_000L));
            big.cancel();
            assertTrue(big.isCancelled());
            big.completion().get(60, TimeUnit.SECONDS);
            assertEquals(50, big.finished());
            assertTrue(big.runs().stream().allMatch(h -> h.status() == RunStatus.CANCELLED));
        }
    }
}
