package org.gtlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.ParametricGame;
import org.gtlab.math.Rational;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Limits;
import org.gtlab.run.MethodCatalog;
import org.gtlab.run.RunExecutor;
import org.gtlab.run.RunHandle;
import org.gtlab.run.RunSpec;
import org.gtlab.run.RunStatus;
import org.gtlab.run.methods.StandardMethods;
import org.gtlab.run.methods.sweep.SweepDefinition;
import org.gtlab.run.methods.sweep.SweepExperiment;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.junit.jupiter.api.Test;

/**
 * A game's own parameters as sweep axes: they are listed first among the sweepable parameters, and
 * every cell of an {@code equilibria} map over (v, c) of hawk–dove equals a direct enumeration of
 * the game at those values (exact: the axis values 0, 0.5, … are exact decimals).
 */
class ParameterSweepTest {

    private static final MethodCatalog CATALOG = StandardMethods.catalog();

    static ParametricGame hawkDove() {
        NormalFormGame shape = NormalFormGame.zeros(2, 2);
        // profile index i + 2j; (Hawk, Hawk), (Dove, Hawk), (Hawk, Dove), (Dove, Dove)
        String[][] texts = {{"(v-c)/2", "0", "v", "v/2"}, {"(v-c)/2", "v", "0", "v/2"}};
        Map<String, Rational> v = new LinkedHashMap<>();
        v.put("v", Rational.of(2));
        v.put("c", Rational.of(4));
        return ParametricGame.parse(shape, texts, v);
    }

    @Test
    void parametersAreListedAndEveryCellEqualsADirectSolve() {
        GameSpec g = GameSpec.of("hd.json", hawkDove());
        List<String> names = SweepDefinition.parameters(g, CATALOG.forGame("replicator", g));
        assertEquals(List.of("v", "c"), names.subList(0, 2));
        RunSpec spec = CATALOG.spec("sweep", Map.of("x", "v:0:4:9", "y", "c:0:4:9", "metric", "equilibria",
                "refine", "false"), g, 0, new Limits(10_000_000, 10_000_000, 0));
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        PhaseDiagram d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        EnumMixedSolver solver = new EnumMixedSolver();
        java.util.Set<Double> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                Map<String, Rational> at = Map.of("v", Rational.valueOf(d.x().value(i)), "c",
                        Rational.valueOf(d.y().value(j)));
                int direct = solver.solve(hawkDove().at(at)).equilibria().size();
                assertEquals(Math.min(direct, 20), d.value(i, j), 0.0, "cell " + at);
                seen.add(d.value(i, j));
            }
        }
        // the map is not constant: c > v has three equilibria, c < v one
        assertTrue(seen.contains(3.0) && seen.contains(1.0), seen.toString());
        assertEquals(3.0, d.value(2, 6), 0.0); // v = 1, c = 3
        assertEquals(1.0, d.value(6, 2), 0.0); // v = 3, c = 1
    }

    @Test
    void fixedValuesAndUnknownNames() {
        GameSpec g = GameSpec.of("hd.json", hawkDove());
        Limits l = new Limits(10_000_000, 10_000_000, 0);
        // v fixed at 1 by "set", c swept: cells equal the solve at (1, c)
        RunSpec spec = CATALOG.spec("sweep", Map.of("x", "c:0:4:5", "y", "payoff[1][1][1]:-1:0:2", "metric",
                "equilibria", "set", "v=1", "refine", "false"), g, 0, l);
        RunHandle h = RunExecutor.synchronous().start(spec);
        assertEquals(RunStatus.COMPLETED, h.status(), () -> String.valueOf(h.failure()));
        PhaseDiagram d = ((SweepExperiment) spec.experiment()).diagram(h.record().last());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 2; j++) {
                NormalFormGame at = hawkDove().at(Map.of("v", Rational.ONE, "c", Rational.valueOf(d.x().value(i))))
                        .withPayoff(0, new int[] {0, 0}, Rational.valueOf(d.y().value(j)));
                assertEquals(Math.min(new EnumMixedSolver().solve(at).equilibria().size(), 20), d.value(i, j), 0.0);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("sweep",
                Map.of("x", "w:0:4:5", "y", "c:0:4:5", "metric", "equilibria"), g, 0, l));
        assertTrue(e.getMessage().contains("unknown parameter \"w\"") && e.getMessage().contains("sweepable: v, c"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CATALOG.spec("sweep",
                Map.of("x", "v:0:4:5", "y", "c:0:4:5", "metric", "equilibria", "set", "v=x"), g, 0, l));
        assertTrue(e.getMessage().contains("v=\"x\" is not a number"), e.getMessage());
    }

    /** The Phase diagram view's axis lists: the document's parameters first, each over its range. */
    @Test
    void thePhaseDiagramViewOffersTheGameParameters() {
        ParametricGame pg = hawkDove();
        org.gtlab.ui.sweep.PhaseDiagramViewModel m = new org.gtlab.ui.sweep.PhaseDiagramViewModel(CATALOG,
                RunExecutor.synchronous(), pg.game(), "hd");
        assertTrue(!m.parameters().contains("v"), m.parameters().toString());
        m.parametricProperty().set(pg);
        assertEquals(List.of("v", "c"), m.parameters().subList(0, 2));
        assertEquals("v:-2:6:33", m.axisItem("v")); // the default range of v = 2: [2 − 4, 2 + 4]
        assertEquals("payoff[1][1][1]:0:1:33", m.axisItem("payoff[1][1][1]"));
        // a parametric game that no longer matches the document's game is not used
        m.gameProperty().set(pg.with(Map.of("v", Rational.ONE)).game());
        assertTrue(!m.parameters().contains("v"));
    }
}
