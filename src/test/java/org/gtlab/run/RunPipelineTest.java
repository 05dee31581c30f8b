package org.gtlab.run;

import org.gtlab.run.methods.StandardMethods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

import org.gtlab.math.Cancellation;
import org.gtlab.testutil.ClassicGames;
import org.junit.jupiter.api.Test;

/** The run pipeline: determinism, cancel, threads, pause/resume, checkpoints, records. */
class RunPipelineTest {

    static final MethodCatalog CATALOG = StandardMethods.catalog();

    private static final GameSpec RPS = GameSpec.of("rps", ClassicGames.rps());

    /** A counter whose steps take about 1 ms of busy work (honouring cancellation). */
    static class Busy implements Experiment<Long> {
        @Override
        public Long start(long seed) {
            return 0L;
        }

        @Override
        public Long step(Long s) {
            long end = System.nanoTime() + 1_000_000;
            while (System.nanoTime() < end) {
                Cancellation.check();
            }
            return s + 1;
        }

        @Override
        public Snapshot observe(Long s, long step) {
            return Snapshot.builder(step).metric("count", s).build();
        }

        @Override
        public JsonNode save(Long s) {
            return LongNode.valueOf(s);
        }

        @Override
        public Long load(JsonNode j) {
            return j.asLong();
        }
    }

    private static RunSpec spec(String method, Map<String, ?> params, long steps, long every) {
        return CATALOG.spec(method, params, RPS, 17, new Limits(steps, every, 0));
    }

    @Test
    void sameSpecAndSeedGiveIdenticalCsvBytes() throws Exception {
        for (RunSpec s : List.of(spec("sfp", Map.of("init", "random"), 3_000, 7),
                spec("hedge", Map.of("init", "random", "optimistic", true), 2_000, 10),
                spec("replicator", Map.of("integrator", "dopri"), 300, 1),
                CATALOG.spec("moran", Map.of("population", 30), GameSpec.of(ClassicGames.prisonersDilemma()), 5,
                        new Limits(500, 50, 0)))) {
            String a;
            String b;
            try (RunExecutor pool = RunExecutor.background(2)) {
                RunHandle h1 = pool.start(s);
                RunHandle h2 = pool.start(s);
                a = h1.completion().get(30, TimeUnit.SECONDS).toCsv();
                b = h2.completion().get(30, TimeUnit.SECONDS).toCsv();
            }
            assertEquals(a, b, s.method());
            String c;
            try (RunExecutor sync = RunExecutor.synchronous()) {
                c = sync.start(s).record().toCsv();
            }
            assertEquals(a, c, s.method() + ": synchronous twin differs");
            String d;
            try (RunExecutor sync = RunExecutor.synchronous()) {
                d = sync.start(s.withSeed(18)).record().toCsv();
            }
            if (!s.method().equals("replicator") || !s.params().text("init").equals("uniform")) {
                assertNotEquals(a, d, s.method() + ": the seed should matter");
            }
        }
    }

    @Test
    void cancelStopsTheRunWithinTheStepInProgress() throws Exception {
        // event order, not wall-clock (a loaded machine may deschedule any thread): once cancel()
        // returns, at most the step that was in progress completes, and none starts afterwards
        try (RunExecutor pool = RunExecutor.background(2)) {
            for (int i = 0; i < 10; i++) {
                CountDownLatch running = new CountDownLatch(5);
                RunHandle h = pool.start(new Busy(), "busy", 1, new Limits(Long.MAX_VALUE, 1, 0), new RunListener() {
                    @Override
                    public void snapshot(RunHandle run, Snapshot s) {
                        running.countDown();
                    }
                });
                assertTrue(running.await(10, TimeUnit.SECONDS));
                long before = h.step();
                h.cancel();
                h.completion().get(10, TimeUnit.SECONDS);
                assertEquals(RunStatus.CANCELLED, h.status());
                assertTrue(h.step() <= before + 1, "steps " + before + " -> " + h.step() + " after cancel");
                long steps = h.step();
                Thread.sleep(5);
                assertEquals(steps, h.step(), "no step after cancel");
            }
        }
    }

    @Test
    void thousandStartCancelCyclesLeaveNoLiveThreads() throws Exception {
        List<RunHandle> handles = new ArrayList<>();
        try (RunExecutor pool = RunExecutor.background()) {
            for (int i = 0; i < 1_000; i++) {
                RunHandle h = pool.start(new Busy(), "busy " + i, i, new Limits(Long.MAX_VALUE, 1, 0));
                if (i % 3 == 0) {
                    Thread.yield();
                }
                h.cancel();
                handles.add(h);
            }
            for (RunHandle h : handles) {
                h.completion().get(10, TimeUnit.SECONDS);
                assertEquals(RunStatus.CANCELLED, h.status());
            }
            assertTrue(pool.runs().isEmpty());
            assertTrue(workerThreads() <= Runtime.getRuntime().availableProcessors());
        }
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (workerThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, workerThreads(), "live gtlab-run threads after close");
    }

    private static long workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("gtlab-run-")).count();
    }

    @Test
    void resumingFromACheckpointGivesTheSameDataAsAnUninterruptedRun() throws Exception {
        for (RunSpec s : List.of(spec("sfp", Map.of("init", "random"), 2_000, 10),
                spec("rm+", Map.of("init", "random", "averaging", "linear"), 2_000, 7),
                spec("logit", Map.of("integrator", "dopri"), 400, 3),
                CATALOG.spec("moran", Map.of("mode", "trajectory", "mutation", 0.01, "population", 40),
                        GameSpec.of(ClassicGames.coordination()), 3, new Limits(3_000, 10, 0)))) {
            RunRecord whole;
            try (RunExecutor sync = RunExecutor.synchronous()) {
                whole = sync.start(s).record();
            }
            // periodic checkpoints (step 333 is not a report step), written to JSON and read back
            RunSpec withCp = s.withLimits(s.limits().withCheckpointEvery(111));
            AtomicReference<Checkpoint> cp = new AtomicReference<>();
            try (RunExecutor sync = RunExecutor.synchronous()) {
                sync.start(withCp, new RunListener() {
                    @Override
                    public void checkpoint(RunHandle run, Checkpoint c) {
                        if (c.step() == 333) {
                            cp.set(c);
                            run.cancel();
                        }
                    }
                });
            }
            assertNotNull(cp.get(), s.method());
            Checkpoint back = Checkpoint.fromJson(cp.get().toJsonString(), null, CATALOG);
            RunRecord resumed;
            try (RunExecutor pool = RunExecutor.background(1)) {
                resumed = pool.resume(back).completion().get(30, TimeUnit.SECONDS);
            }
            assertEquals(whole.toCsv(), resumed.toCsv(), s.method());
            assertEquals(whole, resumed, s.method());
        }
    }

    @Test
    void pauseResumeAndOnDemandCheckpointsDoNotChangeTheData() throws Exception {
        RunSpec s = spec("fp", Map.of("ties", "random", "init", "random"), 20_000, 1);
        RunRecord whole;
        try (RunExecutor sync = RunExecutor.synchronous()) {
            whole = sync.start(s).record();
        }
        try (RunExecutor pool = RunExecutor.background(2)) {
            CountDownLatch paused = new CountDownLatch(1);
            RunHandle h = pool.start(s, new RunListener() {
                @Override
                public void statusChanged(RunHandle run, RunStatus status) {
                    if (status == RunStatus.PAUSED) {
                        paused.countDown();
                    }
                }
            });
            h.pause();
            assertTrue(paused.await(10, TimeUnit.SECONDS));
            assertEquals(RunStatus.PAUSED, h.status());
            long at = h.step();
            Thread.sleep(20);
            assertEquals(at, h.step(), "a paused run does not step");
            Checkpoint c = h.checkpoint();
            assertEquals(at, c.step());
            assertEquals(h.observeNow(), whole.snapshots().get((int) at));
            // a second executor continues the checkpoint while the first run resumes too
            RunHandle other = pool.resume(Checkpoint.fromJson(c.toJsonString(), null, CATALOG));
            h.resume();
            assertEquals(whole, h.completion().get(30, TimeUnit.SECONDS));
            assertEquals(whole, other.completion().get(30, TimeUnit.SECONDS));
            assertEquals(RunStatus.COMPLETED, h.status());
            assertTrue(h.stepsPerSecond() > 0);
        }
    }

    @Test
    void moreRunsThanThreadsAllMakeProgress() throws Exception {
        try (RunExecutor pool = RunExecutor.background(1)) {
            List<RunHandle> hs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                hs.add(pool.start(new Busy(), "busy " + i, i, new Limits(Long.MAX_VALUE, 1, 0)));
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (hs.stream().anyMatch(h -> h.step() < 60) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (RunHandle h : hs) {
                assertTrue(h.step() >= 60, h + " starved");
                assertEquals(RunStatus.RUNNING, h.status());
            }
            assertEquals(3, pool.runs().size());
        }
    }

    @Test
    void failuresEndTheRunFailed() throws Exception {
        Experiment<Long> bad = new Busy() {
            @Override
            public Long step(Long s) {
                if (s == 5) {
                    throw new ArithmeticException("boom at 5");
                }
                return s + 1;
            }
        };
        try (RunExecutor pool = RunExecutor.background(1)) {
            RunHandle h = pool.start(bad, "bad", 1, new Limits(100, 1, 0));
            ExecutionException e = assertThrows(ExecutionException.class, () -> h.completion().get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof ArithmeticException);
            assertEquals(RunStatus.FAILED, h.status());
            assertEquals(6, h.record().size());
        }
        try (RunExecutor sync = RunExecutor.synchronous()) {
            RunHandle h = sync.start(new Busy(), "listener", 1, new Limits(100, 1, 0), new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    if (s.step() == 3) {
                        throw new IllegalStateException("view bug");
                    }
                }
            });
            assertEquals(RunStatus.FAILED, h.status());
            assertEquals("view bug", h.failure().getMessage());
        }
    }

    @Test
    void synchronousTwinPausesAndCancelsFromListeners() {
        try (RunExecutor sync = RunExecutor.synchronous()) {
            List<Long> seen = new ArrayList<>();
            RunHandle h = sync.start(spec("rm", Map.of("init", "random"), 100, 10), new RunListener() {
                @Override
                public void snapshot(RunHandle run, Snapshot s) {
                    seen.add(s.step());
                    if (s.step() == 50) {
                        run.pause();
                    }
                }
            });
            assertEquals(RunStatus.PAUSED, h.status());
            assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L), seen);
            h.resume();
            assertEquals(RunStatus.COMPLETED, h.status());
            assertEquals(11, h.record().size());
            assertEquals(100, h.latest().step());
        }
    }

    @Test
    void specsAreValidatedBeforeAnythingRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("hedge", Map.of("eta", "NaN"), RPS, 1, null));
        assertEquals("hedge: parameter eta = NaN is not a finite number; expected a number in (0, ∞)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("sp", Map.of("alpha", 1.5), RPS, 1, null));
        assertEquals("sp: parameter alpha = 1.5 is out of range; expected a number in (0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("fp", Map.of("varaint", "x"), RPS, 1, null));
        assertEquals("fp: unknown parameter \"varaint\"; known: variant, ties, init", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("fp", Map.of("variant", "sideways"), RPS, 1, null));
        assertTrue(e.getMessage().contains("simultaneous | alternating"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("fp", Map.of("init", "0.2,0.8"), RPS, 1, null));
        assertTrue(e.getMessage().contains("3 strategies, got 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("nope", Map.of(), RPS, 1, null));
        assertTrue(e.getMessage().startsWith("unknown method \"nope\"; known: fp, sfp, rm, rm+, hedge, sp, replicator, "
                + "logit, br, bnn, smith, moran"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("moran", Map.of(),
                GameSpec.of(ClassicGames.battleOfSexes()), 1, null));
        assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("moran", Map.of("population", 0), RPS, 1, null));
        assertTrue(e.getMessage().contains("population = 0 is out of range; expected an integer in [2, 1000000]"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("fp", Map.of(), null, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Limits(10, 0, 0));
    }

    @Test
    void recipesRoundTripThroughJson() {
        RunSpec s = CATALOG.spec("hedge", Map.of("optimistic", "true", "init", "random"), RPS, -5,
                new Limits(1234, 7, 100));
        String json = s.toJsonString();
        RunSpec back = RunSpec.fromJson(json, null, CATALOG);
        assertEquals(s, back);
        assertEquals(json, back.toJsonString());
        assertTrue(s.params().isAuto("eta"));
        // by reference: the resolver is asked
        String byName = json.replaceFirst("(?s)\"game\" : \\{.*\\}\\s*\\}\\s*$", "\"game\" : \"rps\"\n}");
        assertEquals(s, RunSpec.fromJson(byName, name -> ClassicGames.rps(), CATALOG));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunSpec.fromJson(byName, null, CATALOG));
        assertTrue(e.getMessage().contains("rps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RunSpec.fromJson("{\"method\": \"fp\", ", null, CATALOG));
        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    @Test
    void snapshotsRecordsAndCsv() {
        Snapshot a = Snapshot.builder(0).metric("x", 1.0 / 3).metric("y", Double.NaN).payload("p",
                Payload.rows(new double[][] {{0.1, 0.9}, {1}})).build();
        Snapshot b = Snapshot.of(5, List.of("x", "z,w"), new double[] {-0.0, Double.POSITIVE_INFINITY}, Map.of());
        RunRecord r = RunRecord.of(List.of(a, b));
        assertEquals("step,x,y,\"z,w\"\n0,0.3333333333333333,NaN,\n5,-0.0,,Infinity\n", r.toCsv());
        RunRecord back = RunRecord.fromJson(Json.parse(Json.write(r.toJson())));
        assertEquals(r, back);
        assertEquals(1.0 / 3, back.get(0).metric("x"));
        assertEquals(0.9, back.get(0).payload("p").get(0, 1));
        assertThrows(IllegalArgumentException.class, () -> a.metric("nope"));
        assertThrows(IllegalArgumentException.class, () -> RunRecord.of(List.of(b, a)));
        List<Snapshot> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(Snapshot.builder(i).metric("i", i).build());
        }
        RunRecord d = RunRecord.of(many).decimate(10);
        assertEquals(10, d.size());
        assertEquals(0, d.get(0).step());
        assertEquals(999, d.last().step());
        assertEquals(999, RunRecord.of(many).series("i")[999]);
    }

    @Test
    void everyMethodRunsAndReportsItsMetrics() {
        try (RunExecutor sync = RunExecutor.synchronous()) {
            for (ExperimentFactory f : CATALOG.all()) {
                if (f.gameKind() != GameKind.NORMAL_FORM || f.name().equals("sweep")) {
                    continue; // team methods: TeamRunTest; no game: MethodContractTest; the sweep (a map): SweepTest
                }
                GameSpec g = f.name().equals("moran") ? GameSpec.of(ClassicGames.prisonersDilemma()) : RPS;
                RunSpec s = CATALOG.spec(f.name(), Map.of(), g, 3, new Limits(40, 10, 0));
                RunRecord r = sync.start(s).record();
                assertEquals(5, r.size(), f.name());
                // nash_conv is a learner/dynamics metric; Moran, the repeated-game tournaments and fingerprints report others
                if (!java.util.Set.of("moran", "tournament", "moran-tournament", "fingerprint").contains(f.name())) {
                    assertTrue(r.metricNames().contains("nash_conv"), f.name());
                    assertTrue(r.metricNames().stream().anyMatch(n -> n.matches("(avg|x)_p1_1")), f.name() + " "
                            + r.metricNames());
                }
                for (Param p : f.params()) {
                    assertTrue(!p.doc().isBlank() && p.defaultText() != null, f.name() + "." + p.name());
                }
            }
        }
    }
}
