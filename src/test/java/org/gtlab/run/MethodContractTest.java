package org.gtlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gtlab.game.GameCatalog;
import org.gtlab.game.TeamGames;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every method of the catalog must pass (issue 9 §7): it builds with its defaults on a
 * suitable game, steps on the synchronous executor, every snapshot carries exactly its declared
 * {@link MetricSpec}s, its progress is monotone in [0, 1], a cancel ends it CANCELLED, every preset
 * builds, and an invalid value of each parameter is refused with a message naming the parameter.
 */
class MethodContractTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();
    private static final GameSpec RPS = GameSpec.of("rock-paper-scissors",
            GameCatalog.get("rock-paper-scissors").game());
    private static final GameSpec TEAM = GameSpec.ofTeam("fxp-example", TeamGames.create("fxp-example"));

    private static GameSpec gameFor(ExperimentFactory f) {
        if (f.gameKind() == GameKind.NONE) {
            return null; // a stand-alone model (e.g. the coopetition lab) takes no game
        }
        return f.gameKind() == GameKind.TEAM ? TEAM : RPS;
    }

    @TestFactory
    Stream<DynamicTest> everyMethodHonoursTheContract() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ExperimentFactory f : CATALOG.all()) {
            tests.add(DynamicTest.dynamicTest(f.name() + " (" + f.gameKind() + ")", () -> contract(f)));
        }
        assertTrue(tests.size() >= 20, "the catalog lists " + tests.size() + " methods");
        return tests.stream();
    }

    private static void contract(ExperimentFactory f) {
        GameSpec g = gameFor(f);
        assertTrue(f.accepts(g), f.name() + " accepts its suitable game");
        RunSpec spec = RunSpec.of(f, Map.of(), g, 3, new Limits(4, 1, 0)); // 4 steps: a BRG step is a grid cell of 20 seeds
        List<String> declared = spec.metrics().stream().map(MetricSpec::name).toList();
        assertFalse(declared.isEmpty(), "declares metrics");
        assertEquals(declared.size(), declared.stream().distinct().count(), "metric names are unique: " + declared);
        List<Snapshot> seen = new ArrayList<>();
        RunHandle h = RunExecutor.synchronous().start(spec, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                seen.add(s);
            }
        });
        assertEquals(RunStatus.COMPLETED, h.status(), () -> f.name() + ": " + h.failure());
        assertTrue(seen.size() >= 2, f.name() + " reported " + seen.size() + " snapshots");
        double last = 0;
        for (Snapshot s : seen) {
            assertEquals(declared, s.metricNames(), f.name() + " at step " + s.step());
            double p = spec.progress(s);
            assertTrue(p >= 0 && p <= 1, f.name() + " progress " + p);
            assertTrue(p >= last, f.name() + " progress went back from " + last + " to " + p);
            last = p;
        }
        // cancel from a listener at the first snapshot: the run ends CANCELLED without another step
        RunSpec longer = spec.withLimits(new Limits(1_000_000, 1, 0));
        RunHandle c = RunExecutor.synchronous().start(longer, new RunListener() {
            @Override
            public void snapshot(RunHandle run, Snapshot s) {
                if (s.step() == 0) {
                    run.cancel();
                }
            }
        });
        assertEquals(RunStatus.CANCELLED, c.status(), f.name());
        assertEquals(0, c.step(), f.name() + " ran on after the cancel");
        // presets build valid recipes
        for (MethodPreset p : f.presets()) {
            RunSpec ps = RunSpec.of(f, p.settings(), g, 0, new Limits(2, 1, 0));
            assertEquals(f.name(), ps.method(), p.name());
            assertEquals(p, f.preset(p.name()));
        }
        // the typed config: params come from the record's declaration, and record → params → record
        typedConfigRoundTrips(f);
        // an invalid value of every parameter is refused, naming the parameter
        for (Param p : f.params()) {
            Object bad = invalid(p);
            if (bad == null) {
                continue;
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RunSpec.of(f, Map.of(p.name(), bad), g, 0, null), f.name() + "." + p.name() + " = " + bad);
            assertTrue(e.getMessage().contains(p.name()), f.name() + ": " + e.getMessage());
        }
    }

    /**
     * Every method declares a typed config record whose schema yields its parameter list; the
     * defaults and every preset go record → raw values → Config → record unchanged, and a record
     * built from an invalid value is refused by its compact constructor naming the field.
     */
    /**
     * The lab methods of this wave that still declare a validated {@code Param} list instead of a
     * typed config record (known gap, to be migrated; the list may only shrink: every other method,
     * and every new one, must declare a record).
     */
    private static final java.util.Set<String> NOT_YET_TYPED = java.util.Set.of();

    private static <R extends Record> void typedConfigRoundTrips(ExperimentFactory f) {
        @SuppressWarnings("unchecked")
        ConfigSchema<R> schema = (ConfigSchema<R>) f.schema();
        if (schema == null && NOT_YET_TYPED.contains(f.name())) {
            return; // listed below: still a validated Param list (the rest of the contract applies)
        }
        assertTrue(schema != null, f.name() + " declares a typed config record");
        assertEquals(f.params(), schema.params(), f.name() + ": the parameters are the record's declaration");
        List<String> components = java.util.Arrays.stream(schema.type().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertEquals(f.params().stream().map(Param::name).toList(), components, f.name());
        List<Config> configs = new ArrayList<>();
        configs.add(Config.of(f.name(), f.params(), Map.of()));
        for (MethodPreset p : f.presets()) {
            configs.add(Config.of(f.name(), f.params(), p.settings()));
        }
        for (Config c : configs) {
            R record = schema.from(c);
            Map<String, Object> values = schema.values(record);
            assertEquals(c.asMap(), values, f.name() + ": record → values");
            assertEquals(c, Config.of(f.name(), schema.params(), values), f.name() + ": values → config");
            assertEquals(record, schema.from(schema.toConfig(f.name(), record)), f.name() + ": record → params → record");
        }
        assertEquals(schema.from(configs.get(0)), schema.defaults(), f.name() + ": defaults in one place");
    }

    @Test
    void aTypedConfigRefusesAnInvalidFieldNamingItAndItsRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new org.gtlab.run.methods.TeamMethods.FxpConfig("uniform", 10, 1.5, false, "auto", "damped", 0.1,
                        "lab"));
        assertTrue(e.getMessage().contains("FxpConfig") && e.getMessage().contains("eta")
                && e.getMessage().contains("[0, 1]"), e.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> new org.gtlab.run.methods.LearnerMethods.FpConfig(null,
                        org.gtlab.learn.FictitiousPlay.TieBreak.FIRST, "uniform"));
        assertTrue(n.getMessage().contains("variant"), n.getMessage());
        // automatic (null) is a value only where the declaration says so
        assertEquals(null, new org.gtlab.run.methods.LearnerMethods.HedgeConfig(null, false, "uniform").eta());
    }

    /** A value outside the parameter's range or type, or null if none can be made. */
    private static Object invalid(Param p) {
        switch (p.type()) {
            case REAL:
                return Double.isFinite(p.max()) ? Double.toString(p.max() + 1) : Double.isFinite(p.min())
                        ? Double.toString(p.min() - 1) : "NaN";
            case INTEGER:
                return Double.isFinite(p.min()) && p.min() > Long.MIN_VALUE ? Long.toString((long) p.min() - 1) : "x";
            case BOOLEAN:
                return "maybe";
            case CHOICE:
                return "no-such-choice";
            default:
                return "@@not valid@@";
        }
    }

    @Test
    void methodsForOffersOnlyWhatTheGameCanRun() {
        List<String> forTeam = CATALOG.methodsFor(TEAM).stream().map(ExperimentFactory::name).toList();
        assertTrue(forTeam.containsAll(List.of("sp", "fp", "psro", "fxp")), forTeam.toString());
        assertFalse(forTeam.contains("hedge"), forTeam.toString());
        GameSpec bos = GameSpec.of("battle-of-the-sexes", GameCatalog.get("battle-of-the-sexes").game());
        List<String> forBos = CATALOG.methodsFor(bos).stream().map(ExperimentFactory::name).toList();
        assertTrue(forBos.containsAll(List.of("fp", "hedge", "replicator")), forBos.toString());
        assertFalse(forBos.contains("psro"), "psro needs a symmetric zero-sum game: " + forBos);
        for (GameSpec g : List.of(TEAM, RPS, bos)) {
            for (ExperimentFactory f : CATALOG.methodsFor(g)) {
                assertEquals(f, CATALOG.forGame(f.name(), g));
                RunSpec s = RunSpec.of(f, Map.of(), g, 0, new Limits(1, 1, 0));
                assertEquals(RunStatus.COMPLETED, RunExecutor.synchronous().start(s).status(), f.name() + " on " + g);
            }
        }
    }

    @Test
    void presetsAreReachableByNameAndUnknownOnesAreRefusedWithTheKnownNames() {
        ExperimentFactory psro = CATALOG.forGame("psro", TEAM);
        MethodPreset p = psro.preset("nash-reset");
        assertEquals("PSRO-Nash (reset)", p.label());
        assertEquals(Map.of("oracle", "damped", "reset", "true"), p.settings());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> psro.preset("nope"));
        assertTrue(e.getMessage().contains("nash-reset"), e.getMessage());
    }
}
