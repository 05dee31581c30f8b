package org.gtlab.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gtlab.chart.model.XYChart;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.Config;
import org.gtlab.run.Experiment;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.MetricSpec;
import org.gtlab.run.Param;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunListener;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.testutil.ClassicGames;
import org.gtlab.ui.dynamics.LiveRunsViewModel;
import org.gtlab.ui.dynamics.RunLauncherViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run workspace's fixes for what new users met (issue 9 §4), on the synchronous executor: a
 * method the game cannot run is not offered, failures show as failed, cancelled runs' axes end at
 * the steps done, time units are never mixed on one axis, metrics are labelled with their
 * definitions, default starts are not the equilibrium, and N seeds run as one group.
 */
class RunWorkspaceTest {

    /** A method whose experiment throws at step 3 (to see a failure as the user would). */
    static final ExperimentFactory BOOM = new ExperimentFactory() {
        @Override
        public String name() {
            return "boom";
        }

        @Override
        public String title() {
            return "Boom";
        }

        @Override
        public String description() {
            return "throws at step 3";
        }

        @Override
        public boolean needsGame() {
            return true;
        }

        @Override
        public List<Param> params() {
            return List.of();
        }

        @Override
        public Limits defaultLimits() {
            return new Limits(100, 1, 0);
        }

        @Override
        public List<MetricSpec> metrics(Config config, GameSpec game) {
            return List.of(MetricSpec.log("nash_conv", "NashConv", "payoff", MetricSpec.Goal.MINIMISE, "test"));
        }

        @Override
        public Experiment<?> create(Config config, NormalFormGame game, Limits limits) {
            return new Experiment<Long>() {
                @Override
                public Long start(long seed) {
                    return 0L;
                }

                @Override
                public Long step(Long s) {
                    if (s == 3) {
                        throw new IllegalStateException("boom at step 3");
                    }
                    return s + 1;
                }

                @Override
                public Snapshot observe(Long s, long step) {
                    return Snapshot.builder(step).metric("nash_conv", 1.0 / (1 + s)).build();
                }
            };
        }
    };

    private RunExecutor executor;
    private MethodCatalog catalog;
    private LiveRunsViewModel runs;

    @BeforeEach
    void setUp() {
        executor = RunExecutor.synchronous();
        catalog = new MethodCatalog();
        StandardMethods.registerAll(catalog);
        catalog.register(BOOM);
        runs = new LiveRunsViewModel(executor, catalog);
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    private static RunListener cancelAt(long step) {
        return new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (s.step() >= step) {
                    run.cancel();
                }
            }
        };
    }

    @Test
    void aMethodTheGameCannotRunIsNeverOffered() {
        RunLauncherViewModel l = new RunLauncherViewModel(runs, catalog, ClassicGames.battleOfSexes(), "BoS");
        GameSpec bos = GameSpec.of(ClassicGames.battleOfSexes());
        List<String> offered = l.methods().stream().map(ExperimentFactory::name).toList();
        assertTrue(offered.contains("fp") && offered.contains("replicator"), offered.toString());
        for (ExperimentFactory f : l.methods()) {
            assertTrue(f.accepts(bos), f.name() + " offered but cannot run on BoS");
        }
        List<String> teamOnly = catalog.names(org.gtlab.run.GameKind.TEAM).stream()
                .filter(n -> !catalog.names(org.gtlab.run.GameKind.NORMAL_FORM).contains(n)).toList();
        assertTrue(teamOnly.containsAll(List.of("fxp", "psro")), teamOnly.toString());
        for (String team : teamOnly) {
            assertFalse(offered.contains(team), team + " offered for a normal-form game that is no team game");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> l.selectMethod(team));
            assertTrue(e.getMessage().contains("cannot run"), e.getMessage());
        }
        // every method offered for RPS starts and ends without throwing on a frame
        RunLauncherViewModel rps = new RunLauncherViewModel(runs, catalog, ClassicGames.rps(), "RPS");
        for (ExperimentFactory f : rps.methods()) {
            rps.selectMethod(f.name());
            rps.stepsProperty().set("200");
            RunRow r = rps.start();
            assertNotNull(r, f.name() + ": " + rps.messageProperty().get());
            runs.tick();
            assertTrue(r.statusProperty().get().isTerminal(), f.name());
            if (f.name().equals("boom")) {
                continue;
            }
            assertEquals(RunStatus.COMPLETED, r.statusProperty().get(), f.name() + ": " + r.failureProperty().get());
        }
    }

    @Test
    void aFailedRunShowsFailedWithItsMessageAndTheOthersGoOn() {
        RunSpec bad = catalog.spec("boom", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, null);
        RunRow b = runs.start(bad);
        runs.tick();
        assertEquals(RunStatus.FAILED, b.statusProperty().get());
        assertEquals("boom at step 3", b.failureProperty().get());
        assertTrue(b.summaryProperty().get().startsWith("failed: boom at step 3"), b.summaryProperty().get());
        assertEquals("failed", b.etaProperty().get());
        assertNotEquals(1.0, b.progressProperty().get(), "a failed run is never drawn as done");
        RunRow fp = runs.start(catalog.spec("fp", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, Limits.of(500)));
        runs.tick();
        assertEquals(RunStatus.COMPLETED, fp.statusProperty().get());
        assertEquals(RunStatus.FAILED, b.statusProperty().get());
        assertEquals(0, runs.activeCount());
        assertEquals(2, runs.metricChartProperty().get().series().size());
    }

    @Test
    void aCancelledRunsAxisEndsAtTheStepsDone() {
        RunSpec spec = catalog.spec("hedge", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, new Limits(10_000, 10, 0));
        RunRow r = runs.start(spec, cancelAt(2000));
        runs.tick();
        assertEquals(RunStatus.CANCELLED, r.statusProperty().get());
        assertEquals(2000, r.horizon());
        XYChart c = runs.metricChartProperty().get();
        XYChart.Series s = c.series().get(0);
        assertEquals(s.x(s.size() - 1), c.x().max(), 1e-9, "the x axis ends where the run stopped");
        XYChart f = runs.frequencyChartProperty().get();
        assertEquals(c.x().max(), f.x().max(), 1e-9);
    }

    @Test
    void runsOfDifferentTimeUnitsAreNeverOnOneAxis() {
        GameSpec rps = GameSpec.of("rps", ClassicGames.rps());
        RunRow fp = runs.start(catalog.spec("fp", Map.of(), rps, 1, Limits.of(500)));
        RunRow rep = runs.start(catalog.spec("replicator", Map.of(), rps, 1, null));
        assertEquals(RunList.TimeUnit.ITERATIONS, RunList.TimeUnit.of(fp.spec()));
        assertEquals(RunList.TimeUnit.ODE_STEPS, RunList.TimeUnit.of(rep.spec()));
        runs.metricProperty().set("nash_conv");
        runs.tick();
        // the replicator is selected (started last): only it is on the chart, in integration steps
        XYChart c = runs.metricChartProperty().get();
        assertEquals(List.of(rep.shortName()), c.series().stream().map(XYChart.Series::name).toList());
        assertTrue(c.x().label().startsWith("integration steps"), c.x().label());
        assertTrue(runs.chartNoteProperty().get().contains("not on this chart"), runs.chartNoteProperty().get());
        runs.selectedProperty().set(fp);
        runs.tick();
        c = runs.metricChartProperty().get();
        assertEquals(List.of(fp.shortName()), c.series().stream().map(XYChart.Series::name).toList());
        assertTrue(c.x().label().startsWith("iterations"), c.x().label());
        // two learners share one chart and no note is shown
        RunRow rm = runs.start(catalog.spec("rm", Map.of(), rps, 1, Limits.of(500)));
        runs.tick();
        assertEquals(2, runs.metricChartProperty().get().series().size());
        assertEquals(RunList.TimeUnit.ITERATIONS, RunList.TimeUnit.of(rm.spec()));
    }

    @Test
    void nashConvAndExploitabilityAreLabelledWithTheirDefinitions() {
        runs.start(catalog.spec("fp", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, Limits.of(200)));
        runs.tick();
        assertTrue(runs.metrics().containsAll(List.of("nash_conv", "exploitability")), runs.metrics().toString());
        String nc = runs.describe("nash_conv");
        String ex = runs.describe("exploitability");
        assertTrue(nc.startsWith("NashConv") && nc.contains("best-response payoff − payoff"), nc);
        assertTrue(ex.startsWith("Exploitability") && ex.contains("divided by the number of players"), ex);
        assertNotEquals(nc, ex);
        // a family member names its index
        assertTrue(runs.describe("regret_p1").startsWith("Average regret (1) — max over fixed actions"),
                runs.describe("regret_p1"));
    }

    @Test
    void defaultStartsAreNotTheEquilibrium() {
        RunLauncherViewModel l = new RunLauncherViewModel(runs, catalog, ClassicGames.rps(), "RPS");
        assertEquals("fp", l.methodProperty().get().name());
        assertNotEquals("uniform", l.field("init").textProperty().get(), "uniform is RPS's equilibrium");
        l.stepsProperty().set("2000");
        RunRow r = l.start();
        RunList<RunRow> list = runs.list();
        assertTrue(list.rows().contains(r));
        double first = r.record().get(0).metric("nash_conv");
        double last = r.record().last().metric("nash_conv");
        assertTrue(first > 0.1, "the default run starts away from the equilibrium: NashConv " + first);
        assertTrue(last < first / 4, "and shows learning: " + first + " → " + last);
        // reset returns to that start; a game where uniform is no equilibrium keeps uniform
        l.field("init").textProperty().set("uniform");
        l.field("init").reset();
        assertNotEquals("uniform", l.field("init").textProperty().get());
        RunLauncherViewModel pd = new RunLauncherViewModel(runs, catalog, ClassicGames.prisonersDilemma(), "PD");
        assertEquals("uniform", pd.field("init").textProperty().get());
    }

    @Test
    void nSeedsRunAsOneGroupWithASeedSummary() {
        SeedGroupViewModel g = new SeedGroupViewModel(executor);
        RunSpec base = catalog.spec("sfp", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 5, Limits.of(1000));
        g.start(base, 4);
        assertEquals(4, g.group().size());
        assertEquals(1.0, g.progressProperty().get(), 1e-12);
        assertFalse(g.runningProperty().get());
        assertEquals(List.of(5L, 6L, 7L, 8L), g.seeds().stream().map(SeedGroupViewModel.SeedRow::seed).toList());
        assertTrue(g.seeds().stream().allMatch(s -> s.status() == RunStatus.COMPLETED && s.steps() == 1000));
        SeedGroupViewModel.MetricSummary nc = g.summary().stream()
                .filter(m -> m.metric().name().equals("nash_conv")).findFirst().orElseThrow();
        assertEquals(4, nc.n());
        double mean = g.seeds().stream().mapToDouble(SeedGroupViewModel.SeedRow::value).average().orElseThrow();
        assertEquals(mean, nc.mean(), 1e-12, "the headline column is NashConv");
        assertTrue(nc.min() <= nc.mean() && nc.mean() <= nc.max() && nc.sd() > 0, nc.text());
        assertTrue(g.statusProperty().get().contains("4 completed, 0 cancelled, 0 failed"), g.statusProperty().get());
        // one cancel ends the group; failures are counted with their message
        RunSpec bad = catalog.spec("boom", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, null);
        g.start(bad, 2);
        assertTrue(g.statusProperty().get().contains("0 completed, 0 cancelled, 2 failed (boom at step 3)"),
                g.statusProperty().get());
        assertTrue(g.summary().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> g.start(base, 0));
        // the launcher's "N seeds" action: the form's recipe, seeds 1 … 3
        RunLauncherViewModel l = new RunLauncherViewModel(runs, catalog, ClassicGames.rps(), "RPS");
        l.stepsProperty().set("300");
        l.seedCountProperty().set("3");
        assertTrue(l.startSeeds(), l.messageProperty().get());
        assertEquals(List.of(1L, 2L, 3L), l.seedGroup().seeds().stream().map(SeedGroupViewModel.SeedRow::seed).toList());
        assertEquals(300, l.seedGroup().seeds().get(0).steps());
        assertTrue(runs.rows().isEmpty(), "seed groups do not flood the run list");
        l.seedCountProperty().set("zero");
        assertFalse(l.startSeeds());
        assertTrue(l.messageProperty().get().startsWith("Not started: the number of seeds"), l.messageProperty().get());
    }

    @Test
    void theDynamicsTabDescribesItselfToTheShell() {
        org.gtlab.ui.dynamics.DynamicsViewModel d = new org.gtlab.ui.dynamics.DynamicsViewModel(executor,
                new org.gtlab.ui.common.DirectExecutor(), ClassicGames.rps(), "RPS", catalog);
        TabDescription t = d;
        assertEquals("Dynamics — RPS", t.tabTitle());
        assertEquals("0 runs · 0 active", t.statusLine());
        assertTrue(t.inspectorText().startsWith("Game: RPS (2 players, 3 × 3 strategies)"), t.inspectorText());
        long v = t.descriptionVersion();
        GameSpec rps = GameSpec.of("rps", ClassicGames.rps());
        d.runs().start(catalog.spec("fp", Map.of(), rps, 1, Limits.of(500)));
        RunRow bad = d.runs().start(catalog.spec("boom", Map.of(), rps, 1, null));
        d.tick();
        assertTrue(t.descriptionVersion() > v, "new runs change the description");
        assertTrue(t.statusLine().startsWith("2 runs · 0 active · 1 failed · " + bad.shortName() + ": failed: boom at step 3"),
                t.statusLine());
        assertTrue(t.inspectorText().contains("Runs: 2 (0 active)"), t.inspectorText());
        assertTrue(t.inspectorText().contains("Selected: " + bad.name()), t.inspectorText());
        d.runs().selectedProperty().set(d.runs().rows().get(0));
        d.tick();
        assertTrue(t.inspectorText().contains("NashConv: "), t.inspectorText());
        assertTrue(t.inspectorText().contains("Exploitability: "), t.inspectorText());
        d.setGame(ClassicGames.battleOfSexes(), "BoS");
        assertEquals("Dynamics — BoS", t.tabTitle());
    }

    @Test
    void aReplayShowsTheChartsAsTheyWereAtAStep() {
        // the team Lab's example preset ends within a second: replay it at step 100, then live again
        org.gtlab.ui.lab.LabViewModel lab = new org.gtlab.ui.lab.LabViewModel(executor, catalog);
        assertTrue(lab.reproduce(org.gtlab.ui.lab.LabPreset.EXAMPLE));
        lab.tick();
        int members = lab.metaGameProperty().get().rows();
        double liveEnd = maxX(lab.curvesProperty().get());
        assertTrue(liveEnd > 500, "the live curves reach step " + liveEnd);
        lab.list().replayStepProperty().set(100);
        lab.tick();
        assertTrue(lab.list().replaying());
        assertTrue(maxX(lab.curvesProperty().get()) <= 100, "replayed curves end at the step");
        assertTrue(lab.metaGameProperty().get().rows() < members, "FXP's meta-game as it was at step 100: "
                + lab.metaGameProperty().get().rows() + " of " + members + " members");
        lab.list().replayStepProperty().set(RunList.LIVE);
        lab.tick();
        assertEquals(members, lab.metaGameProperty().get().rows());
        assertEquals(liveEnd, maxX(lab.curvesProperty().get()), 1e-9);
        // exports keep the whole runs (their recipes re-make the full data)
        lab.list().replayStepProperty().set(100);
        lab.tick();
        assertEquals(liveEnd, maxX((XYChart) lab.exportItems().get(0).chart()), 1e-9);
        // the Dynamics tab's runs replay the same way
        RunRow fp = runs.start(catalog.spec("fp", Map.of(), GameSpec.of("rps", ClassicGames.rps()), 1, Limits.of(1000)));
        runs.list().replayStepProperty().set(300);
        runs.tick();
        assertTrue(maxX(runs.metricChartProperty().get()) <= 300);
        assertEquals(1000, runs.list().lastStep());
        assertEquals(1000, fp.record().last().step(), "the run itself is untouched");
    }

    private static double maxX(XYChart c) {
        double m = Double.NEGATIVE_INFINITY;
        for (XYChart.Series s : c.series()) {
            for (int i = 0; i < s.size(); i++) {
                m = Math.max(m, s.x(i));
            }
        }
        return m;
    }
}
