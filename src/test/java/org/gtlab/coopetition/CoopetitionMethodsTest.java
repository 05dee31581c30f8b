package org.gtlab.coopetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gtlab.coopetition.tr1.DyadCase;
import org.gtlab.coopetition.tr1.EquilibriumSolver;
import org.gtlab.coopetition.tr1.Tr1Experiments;
import org.gtlab.run.ExperimentFactory;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.MethodPreset;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.Snapshot;
import org.gtlab.run.methods.StandardMethods;
import org.junit.jupiter.api.Test;

/** The coopetition catalog methods run through the pipeline and end on the model's numbers. */
class CoopetitionMethodsTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();

    private static Snapshot last(String method, Map<String, String> params, long seed) {
        RunSpec spec = CATALOG.spec(method, params, null, seed, null);
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        RunRecord r = h.completion().join();
        Snapshot s = r.snapshots().get(r.snapshots().size() - 1);
        if (spec.factory().hasPlannedLength(spec.params())) {
            assertEquals(1.0, spec.progress(s), 1e-12, method + " ends at progress 1");
        }
        return s;
    }

    private static double metric(Snapshot s, String name) {
        return s.metricValues()[s.metricNames().indexOf(name)];
    }

    @Test
    void everyPresetIsLabelledWithItsProvenance() {
        for (String m : List.of("coop-equilibrium", "coop-montecarlo", "coop-tables", "team-sweep", "apache",
                "trust-grid")) {
            ExperimentFactory f = CATALOG.byName(m);
            assertTrue(!f.presets().isEmpty(), m);
            for (MethodPreset p : f.presets()) {
                assertTrue(p.label().matches(".*\\[(P|R|D)(, (P|R|D))*\\]$"), p.label());
            }
        }
    }

    @Test
    void equilibriumRunEndsOnTheSlcdNumbers() {
        Snapshot s = last("coop-equilibrium", CATALOG.byName("coop-equilibrium").preset("slcd-legacy-log").settings(), 1);
        assertEquals(27.4797, metric(s, "action_1"), 1e-3);
        assertEquals(26.2697, metric(s, "action_2"), 1e-3);
        assertEquals(41.45, metric(s, "coop"), 0.01);
        assertEquals(58, metric(s, "score"), 0);
        Snapshot p = last("coop-equilibrium", Map.of("value", "power"), 1);
        assertEquals(46, metric(p, "score"), 0);
        assertEquals(170.17, metric(p, "coop"), 0.01);
    }

    @Test
    void monteCarloRunEqualsTheModelsRunForTheSameSeed() {
        Snapshot s = last("coop-montecarlo", Map.of("trials", "60"), 42);
        Tr1Experiments.MonteCarlo m = Tr1Experiments.monteCarlo(DyadCase.SLCD, 60, 0.15, 42,
                EquilibriumSolver.defaults());
        assertEquals(Stats.mean(m.logScores()), metric(s, "log_mean"), 0);
        assertEquals(Stats.mean(m.powerScores()), metric(s, "power_mean"), 0);
        assertEquals(m.logWins(), metric(s, "log_wins"), 0);
        assertEquals(60, metric(s, "trials"), 0);
    }

    @Test
    void teamSweepReportsTheSixTargets() {
        Snapshot s = last("team-sweep", Map.of(), 0);
        assertEquals(3125, metric(s, "configurations"), 0);
        assertEquals(0.9648, metric(s, "free_riding"), 1e-12);
        assertEquals(1, metric(s, "monotone"), 0);
        assertEquals(15.036, metric(s, "differentiation_median"), 1e-3);
        assertEquals(1, metric(s, "team_size"), 0);
        assertEquals(3110 / 3125.0, metric(s, "synergy"), 1e-12);
        assertEquals(1, metric(s, "bounded"), 0);
        assertEquals(0.7148, metric(s, "cohens_d"), 1e-3);
        Snapshot a = last("team-sweep", Map.of("welfare", "averaged"), 0);
        assertEquals(4.478, metric(a, "differentiation_median"), 1e-3);
    }

    @Test
    void apacheAndTablesAndTrustGrid() {
        assertEquals(60, metric(last("apache", Map.of(), 0), "total_score"), 0);
        assertEquals(45, metric(last("apache", Map.of("welfare", "averaged"), 0), "total_score"), 0);
        Snapshot five = last("coop-tables", Map.of("table", "five-cases"), 0);
        assertEquals(39, metric(five, "power_value"), 0);
        assertEquals(51, metric(five, "log_value"), 0);
        Snapshot gamma = last("coop-tables", Map.of("table", "gamma-sensitivity"), 0);
        assertEquals(55, metric(gamma, "log_value"), 0);
        Snapshot conv = last("coop-tables", Map.of("table", "convergence"), 42);
        assertEquals(1, metric(conv, "power_value"), 0);
        assertEquals(1, metric(conv, "log_value"), 0);
        Snapshot trust = last("trust-grid", Map.of(), 0);
        assertEquals(15625, metric(trust, "configurations"), 0);
        assertEquals(3.0, metric(trust, "negativity_median"), 1e-9);
        assertEquals(1.0, metric(trust, "negativity_min"), 1e-9);
        assertEquals(9.0, metric(trust, "negativity_max"), 1e-9);
    }

    @Test
    void badValuesAreRefusedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("team-sweep", Map.of("min_effort", "60"), null, 0, null));
        assertTrue(e.getMessage().contains("maximum effort"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> CATALOG.spec("coop-equilibrium", Map.of("alpha0", "NaN"), null, 0, null));
        assertTrue(e.getMessage().contains("alpha0"), e.getMessage());
    }
}
