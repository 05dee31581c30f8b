package org.gtlab.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.PortraitGeometry;
import org.gtlab.dynamics.RestPoint;
import org.gtlab.game.NormalFormGame;
import org.gtlab.run.GameSpec;
import org.gtlab.run.Json;
import org.gtlab.run.RunSpec;
import org.gtlab.testutil.ClassicGames;
import org.junit.jupiter.api.Test;

/** Phase portraits computed from recipes: rest points, equilibria, basins, re-run equality. */
class PortraitBuilderTest {

    static PortraitSpec spec(NormalFormGame g, String method, Map<String, ?> params) {
        return PortraitSpec.of(org.gtlab.run.methods.StandardMethods.catalog().spec(method, params, GameSpec.of(g), 0, null));
    }

    @Test
    void rpsReplicatorHasTheCentreAsANeutralRestPointAndTheVerticesAsSaddles() {
        PortraitBuilder.Result r = PortraitBuilder.buildFast(spec(ClassicGames.rps(), "replicator", Map.of()));
        assertEquals(PortraitChart.Kind.SIMPLEX, r.chart().kind());
        RestPoint centre = r.restPoints().stream().filter(p -> p.supportSize() == 3).findFirst().orElseThrow();
        for (double x : centre.state()) {
            assertEquals(1 / 3.0, x, 1e-9);
        }
        assertEquals(RestPoint.Stability.NEUTRAL, centre.stability());
        long vertices = r.restPoints().stream().filter(p -> p.supportSize() == 1).count();
        assertEquals(3, vertices);
        r.restPoints().stream().filter(p -> p.supportSize() == 1)
                .forEach(p -> assertEquals(RestPoint.Stability.UNSTABLE, p.stability()));
        // the exact equilibrium is the centre, drawn as a diamond
        assertEquals(1, r.equilibria().size());
        for (double x : r.equilibria().get(0)) {
            assertEquals(1 / 3.0, x, 1e-15);
        }
        assertTrue(r.chart().points().stream().anyMatch(p -> p.kind() == PortraitChart.PointKind.EQUILIBRIUM));
        assertTrue(r.chart().points().stream().anyMatch(p -> p.kind() == PortraitChart.PointKind.NEUTRAL));
        // one arrow per lattice point, each the replicator field ẋ_i = x_i((Ax)_i − xᵀAx) (xᵀAx = 0 in
        // zero-sum RPS) computed here by hand; tangent to the simplex and zero at the vertices
        List<PortraitChart.Arrow> field = r.chart().field();
        assertEquals(PortraitGeometry.lattice(PortraitChart.Kind.SIMPLEX, r.spec().fieldResolution()).size(),
                field.size());
        double[][] a = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
        int vertices2 = 0;
        for (PortraitChart.Arrow arrow : field) {
            double[] x = arrow.at();
            double[] v = arrow.direction();
            double norm = 0;
            for (int i = 0; i < 3; i++) {
                double ax = a[i][0] * x[0] + a[i][1] * x[1] + a[i][2] * x[2];
                assertEquals(x[i] * ax, v[i], 1e-12, "field at " + java.util.Arrays.toString(x));
                norm += v[i] * v[i];
            }
            assertEquals(Math.sqrt(norm), arrow.speed(), 1e-12);
            assertEquals(0, v[0] + v[1] + v[2], 1e-12);
            if (Math.max(x[0], Math.max(x[1], x[2])) == 1) {
                assertEquals(0, arrow.speed(), 0);
                vertices2++;
            }
        }
        assertEquals(3, vertices2, "the lattice holds the three vertices");
        assertTrue(field.stream().anyMatch(x -> x.speed() > 0.1), "the field is not zero everywhere");
        // no stable rest point: no basins
        assertNull(PortraitBuilder.addBasins(r).chart().basins());
    }

    @Test
    void basinsOfPureCoordinationSplitWhereTheLargestShareWins() {
        // A = I: d/dt ln(x_i / x_j) = x_i − x_j, so the region where x_i is largest is invariant and
        // flows to e_i: the basin of e_i is exactly {x_i > x_j for all j ≠ i}
        NormalFormGame g = NormalFormGame.symmetric(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        PortraitSpec s = spec(g, "replicator", Map.of()).withResolutions(10, 20);
        PortraitBuilder.Result r = PortraitBuilder.build(s);
        List<double[]> attractors = r.restPoints().stream().filter(RestPoint::isStable).map(RestPoint::state).toList();
        assertEquals(3, attractors.size());
        PortraitChart.Basins b = r.chart().basins();
        assertNotNull(b);
        List<double[]> lattice = PortraitGeometry.lattice(PortraitChart.Kind.SIMPLEX, 20);
        int checked = 0;
        for (int k = 0; k < lattice.size(); k++) {
            double[] x = lattice.get(k);
            int winner = argmaxStrict(x, 0.06);
            if (winner < 0) {
                continue;
            }
            int label = b.label(k);
            assertTrue(label >= 0, "lattice point " + java.util.Arrays.toString(x) + " reaches an attractor");
            assertEquals(1.0, attractors.get(label)[winner], 1e-9, "basin of " + java.util.Arrays.toString(x));
            checked++;
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    private static int argmaxStrict(double[] x, double margin) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (i != best && x[best] - x[i] < margin) {
                return -1;
            }
        }
        return best;
    }

    @Test
    void twoPopulationCoordinationSplitsAlongTheAntiDiagonal() {
        // x' = x(1−x)(2y−1), y' = y(1−y)(2x−1): the anti-diagonal x + y = 1 is invariant, above it
        // everything goes to (1, 1), below to (0, 0)
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}});
        PortraitSpec s = spec(g, "replicator", Map.of("populations", "per_player")).withResolutions(8, 16);
        PortraitBuilder.Result r = PortraitBuilder.build(s);
        assertEquals(PortraitChart.Kind.SQUARE, r.chart().kind());
        assertEquals(3, r.equilibria().size());
        List<double[]> att = r.restPoints().stream().filter(RestPoint::isStable).map(RestPoint::state).toList();
        assertEquals(2, att.size());
        List<double[]> lattice = PortraitGeometry.lattice(PortraitChart.Kind.SQUARE, 16);
        assertNotNull(r.chart().basins());
        int checked = 0;
        for (int k = 0; k < lattice.size(); k++) {
            double sum = lattice.get(k)[0] + lattice.get(k)[1];
            if (Math.abs(sum - 1) < 0.1) {
                continue;
            }
            double target = sum > 1 ? 1 : 0;
            int label = r.chart().basins().label(k);
            assertTrue(label >= 0);
            assertEquals(target, att.get(label)[0], 1e-9);
            assertEquals(target, att.get(label)[2], 1e-9);
            checked++;
        }
        assertTrue(checked > 200, "checked " + checked + " of " + lattice.size());
    }

    @Test
    void lineBasinsSplitAtTheMixedEquilibrium() {
        // symmetric coordination [[2,0],[0,1]]: the mixed equilibrium is x* = 1/3
        NormalFormGame g = NormalFormGame.symmetric(new long[][] {{2, 0}, {0, 1}});
        PortraitBuilder.Result r = PortraitBuilder.build(spec(g, "replicator", Map.of()).withResolutions(10, 30));
        assertEquals(PortraitChart.Kind.LINE, r.chart().kind());
        assertTrue(r.equilibria().stream().anyMatch(e -> Math.abs(e[0] - 1 / 3.0) < 1e-15));
        List<double[]> att = r.restPoints().stream().filter(RestPoint::isStable).map(RestPoint::state).toList();
        assertEquals(2, att.size());
        List<double[]> lattice = PortraitGeometry.lattice(PortraitChart.Kind.LINE, 30);
        int below = 0;
        int above = 0;
        for (int k = 0; k < lattice.size(); k++) {
            double x = lattice.get(k)[0];
            if (Math.abs(x - 1 / 3.0) < 0.04) {
                continue;
            }
            assertEquals(x > 1 / 3.0 ? 1.0 : 0.0, att.get(r.chart().basins().label(k))[0], 1e-9, "x = " + x);
            if (x > 1 / 3.0) {
                above++;
            } else {
                below++;
            }
        }
        assertTrue(below >= 5 && above >= 10, below + " below, " + above + " above");
    }

    @Test
    void clickedTrajectoryOfRpsStaysOnItsOrbit() {
        PortraitSpec s = spec(ClassicGames.rps(), "replicator", Map.of()).withStarts(List.of(new double[] {0.5, 0.3, 0.2}));
        PortraitBuilder.Result r = PortraitBuilder.buildFast(s);
        assertEquals(1, r.chart().curves().size());
        PortraitChart.Curve c = r.chart().curves().get(0);
        double h0 = 0.5 * 0.3 * 0.2;
        List<double[]> pts = c.points();
        assertTrue(pts.size() > 50, "a trajectory of " + pts.size() + " points");
        assertEquals(0.5, pts.get(0)[0], 1e-12);
        assertEquals(0.3, pts.get(0)[1], 1e-12);
        double moved = 0;
        for (double[] x : pts) {
            assertEquals(h0, x[0] * x[1] * x[2], 1e-6);
            assertEquals(1, x[0] + x[1] + x[2], 1e-9);
            moved = Math.max(moved, Math.abs(x[0] - 0.5));
        }
        // it goes round the centre: far from its start, not a constant curve that keeps x₁x₂x₃ trivially
        assertTrue(moved > 0.2, "moved " + moved);
    }

    @Test
    void sameRecipeGivesTheSameDataAndSurvivesJson() {
        PortraitSpec s = spec(ClassicGames.coordination(), "logit", Map.of("eta", "0.2"))
                .withStarts(List.of(new double[] {0.2, 0.3, 0.5}));
        String a = Json.write(PortraitBuilder.data(PortraitBuilder.build(s)));
        PortraitSpec back = PortraitSpec.fromJson(Json.parse(Json.write(s.toJson())), null,
                org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals(s, back);
        String b = Json.write(PortraitBuilder.data(PortraitBuilder.build(back)));
        assertEquals(a, b);
        assertTrue(a.contains("\"basins\""));
        assertNotNull(PortraitBuilder.build(back).chart().basins());
    }

    @Test
    void gamesWithoutAPortraitSayWhy() {
        NormalFormGame g = NormalFormGame.bimatrix(new long[][] {{1, 0, 0}, {0, 1, 0}}, new long[][] {{1, 0, 0}, {0, 1, 0}});
        assertTrue(PortraitBuilder.unsupported(g, "auto").contains("2×3"));
        assertNull(PortraitBuilder.unsupported(ClassicGames.rps(), "auto"));
        assertNull(PortraitBuilder.unsupported(ClassicGames.battleOfSexes(), "auto"));
        assertThrows(IllegalArgumentException.class,
                () -> PortraitBuilder.buildFast(spec(ClassicGames.shapley(), "replicator", Map.of())));
    }

    /** Issue 16 §9: an exported portrait shows the runs drawn over it on screen, and its recipe keeps them. */
    @Test
    void runPathsAreDrawnFirstAndSurviveTheRecipe() {
        org.gtlab.chart.model.PortraitChart.Curve run = new org.gtlab.chart.model.PortraitChart.Curve("fp seed 1",
                List.of(new double[] {0.2, 0.5, 0.3}, new double[] {0.3, 0.4, 0.3}, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}),
                2, true);
        PortraitSpec s = spec(ClassicGames.rps(), "replicator", Map.of()).withBasins(false)
                .withStarts(List.of(new double[] {0.5, 0.3, 0.2})).withRuns(List.of(run));
        var chart = PortraitBuilder.build(s).chart();
        assertEquals(2, chart.curves().size(), "the run and the clicked trajectory");
        assertEquals("fp seed 1", chart.curves().get(0).name());
        assertEquals(2, chart.curves().get(0).colour());
        assertTrue(java.util.Arrays.equals(new double[] {0.3, 0.4, 0.3}, chart.curves().get(0).points().get(1)));
        PortraitSpec back = PortraitSpec.fromJson(Json.parse(Json.write(s.toJson())), null,
                org.gtlab.run.methods.StandardMethods.catalog());
        assertEquals(s, back);
        assertEquals(1, back.runs().size());
        assertFalse(s.equals(s.withRuns(List.of())), "runs are part of the recipe's identity");
        var again = PortraitBuilder.build(back).chart();
        assertEquals(chart.curves().size(), again.curves().size());
        assertTrue(java.util.Arrays.equals(chart.curves().get(0).points().get(2), again.curves().get(0).points().get(2)));
        // a recipe whose run path has no points is refused with the run named
        var bad = s.toJson();
        ((com.fasterxml.jackson.databind.node.ObjectNode) bad.get("runs").get(0)).putArray("points");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortraitSpec.fromJson(bad, null,
                org.gtlab.run.methods.StandardMethods.catalog()));
        assertTrue(e.getMessage().contains("fp seed 1"), e.getMessage());
    }
}
