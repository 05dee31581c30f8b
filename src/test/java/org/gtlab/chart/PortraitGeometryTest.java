package org.gtlab.chart;

import org.gtlab.chart.model.ChartStyle;
import org.gtlab.chart.model.Palette;
import org.gtlab.chart.model.PortraitChart;
import org.gtlab.chart.model.PortraitGeometry;
import org.gtlab.chart.render.ChartExport;
import org.gtlab.chart.render.PortraitRenderer;
import org.gtlab.chart.tex.TikzWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gtlab.chart.model.PortraitChart.Kind;
import org.junit.jupiter.api.Test;

/** Barycentric mapping, lattices and cells of phase portraits; rendering and export of a portrait. */
class PortraitGeometryTest {

    private static final double H = Math.sqrt(3) / 2;

    @Test
    void simplexVerticesAndCentreMapToTheTriangle() {
        assertArrayEquals(new double[] {0.5, H}, PortraitGeometry.toPlane(Kind.SIMPLEX, new double[] {1, 0, 0}), 1e-15);
        assertArrayEquals(new double[] {0, 0}, PortraitGeometry.toPlane(Kind.SIMPLEX, new double[] {0, 1, 0}), 1e-15);
        assertArrayEquals(new double[] {1, 0}, PortraitGeometry.toPlane(Kind.SIMPLEX, new double[] {0, 0, 1}), 1e-15);
        // the barycentre maps to the centroid of the triangle
        double[] c = PortraitGeometry.toPlane(Kind.SIMPLEX, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
        assertArrayEquals(new double[] {0.5, H / 3}, c, 1e-15);
        // distances from the centroid to the three vertices are equal (equilateral triangle)
        double d1 = Math.hypot(c[0] - 0.5, c[1] - H);
        double d2 = Math.hypot(c[0], c[1]);
        double d3 = Math.hypot(c[0] - 1, c[1]);
        assertEquals(d1, d2, 1e-15);
        assertEquals(d2, d3, 1e-15);
    }

    @Test
    void barycentricRoundTripAndEdgeMidpoints() {
        double[][] pts = {{0.5, 0.3, 0.2}, {0.2, 0.2, 0.6}, {0, 0.5, 0.5}, {1, 0, 0}, {0.01, 0.98, 0.01}};
        for (double[] x : pts) {
            double[] p = PortraitGeometry.toPlane(Kind.SIMPLEX, x);
            assertArrayEquals(x, PortraitGeometry.toNatural(Kind.SIMPLEX, p[0], p[1]), 1e-14);
        }
        // the midpoint of edge e2–e3 is (1/2, 0), x1 = 0 on the bottom edge
        assertArrayEquals(new double[] {0.5, 0}, PortraitGeometry.toPlane(Kind.SIMPLEX, new double[] {0, 0.5, 0.5}),
                1e-15);
        // a velocity keeps the simplex sum: direction of e2 -> e3 is +x
        double[] d = PortraitGeometry.directionToPlane(Kind.SIMPLEX, new double[] {0, -1, 1});
        assertArrayEquals(new double[] {1, 0}, d, 1e-15);
        assertTrue(PortraitGeometry.inside(Kind.SIMPLEX, new double[] {0.2, 0.3, 0.5}, 1e-12));
        assertFalse(PortraitGeometry.inside(Kind.SIMPLEX, PortraitGeometry.toNatural(Kind.SIMPLEX, 0.05, 0.5), 1e-9));
        assertArrayEquals(new double[] {0.25, 0.75}, PortraitGeometry.toNatural(Kind.SQUARE, 0.25, 0.75), 0);
    }

    @Test
    void latticesAndCellsTileTheSpace() {
        for (int n : new int[] {1, 2, 5, 17}) {
            List<double[]> s = PortraitGeometry.lattice(Kind.SIMPLEX, n);
            assertEquals((n + 1) * (n + 2) / 2, s.size());
            for (int a = 0; a <= n; a++) {
                for (int b = 0; b <= n - a; b++) {
                    double[] x = s.get(PortraitGeometry.simplexIndex(n, a, b));
                    assertArrayEquals(new double[] {(double) a / n, (double) b / n, (double) (n - a - b) / n}, x, 0);
                }
            }
            List<int[]> cells = PortraitGeometry.cells(Kind.SIMPLEX, n);
            assertEquals(n * n, cells.size());
            // each small triangle has area (√3/4)/n² and they sum to the triangle's area
            double area = 0;
            for (int[] c : cells) {
                double[] p = PortraitGeometry.toPlane(Kind.SIMPLEX, s.get(c[0]));
                double[] q = PortraitGeometry.toPlane(Kind.SIMPLEX, s.get(c[1]));
                double[] r = PortraitGeometry.toPlane(Kind.SIMPLEX, s.get(c[2]));
                double a2 = Math.abs((q[0] - p[0]) * (r[1] - p[1]) - (r[0] - p[0]) * (q[1] - p[1])) / 2;
                assertEquals(Math.sqrt(3) / 4 / (n * n), a2, 1e-12);
                area += a2;
            }
            assertEquals(Math.sqrt(3) / 4, area, 1e-12);
            assertEquals(2 * n * n, PortraitGeometry.cells(Kind.SQUARE, n).size());
            assertEquals((n + 1) * (n + 1), PortraitGeometry.lattice(Kind.SQUARE, n).size());
            assertEquals(n, PortraitGeometry.cells(Kind.LINE, n).size());
        }
        Set<String> seen = new HashSet<>();
        for (double[] x : PortraitGeometry.lattice(Kind.SQUARE, 4)) {
            assertTrue(seen.add(x[0] + "," + x[1]));
        }
        assertThrows(IllegalArgumentException.class, () -> PortraitGeometry.lattice(Kind.LINE, 0));
    }

    @Test
    void basinCellsTakeTheMajorityLabel() {
        PortraitChart.Basins b = new PortraitChart.Basins(Kind.LINE, 3, new int[] {0, 0, -1, 1}, List.of(2, 4));
        assertEquals(0, b.cellLabel(new int[] {0, 1}));
        assertEquals(0, b.cellLabel(new int[] {1, 2}));
        assertEquals(1, b.cellLabel(new int[] {2, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> new PortraitChart.Basins(Kind.LINE, 3, new int[] {0, 0, 5, 1}, List.of(2, 4)));
        assertThrows(IllegalArgumentException.class,
                () -> new PortraitChart.Basins(Kind.SIMPLEX, 3, new int[] {0, 0, 1}, List.of(2, 4)));
    }

    @Test
    void frameMapsBackAndForth() {
        PortraitChart c = sample();
        PortraitRenderer.Frame f = PortraitRenderer.frame(c, ChartStyle.paper(), 500, 420);
        double[] x = {0.2, 0.5, 0.3};
        double[] s = f.toScreen(x);
        assertArrayEquals(x, f.pick(s[0], s[1], 4), 1e-12);
        // the top vertex is above the bottom ones, the whole triangle inside the box
        double[] top = f.toScreen(new double[] {1, 0, 0});
        double[] left = f.toScreen(new double[] {0, 1, 0});
        double[] right = f.toScreen(new double[] {0, 0, 1});
        assertTrue(top[1] < left[1] && left[1] == right[1] && left[0] < right[0]);
        assertTrue(top[1] > 0 && left[1] < 420 && left[0] >= 0 && right[0] <= 500);
        assertEquals(null, f.pick(2, 2, 4));
    }

    /**
     * A one-population 2-strategy portrait: replicator dynamics of hawk–dove with V = 2, C = 4,
     * ẋ = x(1 − x)(1 − 2x) (rest points 0 and 1 unstable, 1/2 stable).
     */
    static PortraitChart lineSample() {
        List<PortraitChart.Arrow> arrows = new java.util.ArrayList<>();
        for (double[] x : PortraitGeometry.lattice(Kind.LINE, 14)) {
            double v = x[0] * (1 - x[0]) * (1 - 2 * x[0]);
            arrows.add(new PortraitChart.Arrow(x, new double[] {v}, Math.sqrt(2) * Math.abs(v)));
        }
        return new PortraitChart("Replicator dynamics", "Hawk-Dove", Kind.LINE, List.of("Hawk", "Dove"), arrows,
                List.of(new PortraitChart.Curve("c", List.of(new double[] {0.1}, new double[] {0.3}, new double[] {0.45}),
                        0, true)),
                List.of(new PortraitChart.Point(new double[] {0.5}, PortraitChart.PointKind.EQUILIBRIUM, ""),
                        new PortraitChart.Point(new double[] {0.5}, PortraitChart.PointKind.STABLE, ""),
                        new PortraitChart.Point(new double[] {0}, PortraitChart.PointKind.UNSTABLE, ""),
                        new PortraitChart.Point(new double[] {1}, PortraitChart.PointKind.UNSTABLE, "")),
                null);
    }

    @Test
    void aTallLinePortraitDrawsTheRateGraphAboveTheLineOnTheSameScale() {
        PortraitChart c = lineSample();
        ChartStyle st = ChartStyle.paper();
        java.awt.geom.Rectangle2D gr = PortraitRenderer.lineGraph(c, st, 420, 360);
        PortraitRenderer.Frame f = PortraitRenderer.frame(c, st, 420, 360);
        assertTrue(gr != null, "no graph in a 420 × 360 box");
        assertTrue(gr.getMinY() > 0 && gr.getMaxY() < f.oy() - 2 * st.fontSize(), gr + " not above the line at " + f.oy());
        assertEquals(f.ox(), gr.getMinX(), 1e-9);
        assertEquals(f.scale(), gr.getWidth(), 1e-9);
        assertTrue(f.oy() < 360 - 3 * st.fontSize(), "phase line too low: " + f.oy());
        // the graph takes the height a bare line would leave empty
        assertTrue(gr.getHeight() > 0.4 * 360, "graph only " + gr.getHeight() + " high");
        // a low box keeps the bare line, centred as before
        assertEquals(null, PortraitRenderer.lineGraph(c, st, 420, 120));
        PortraitRenderer.Frame low = PortraitRenderer.frame(c, st, 420, 120);
        double[] s = low.toScreen(new double[] {0.25});
        assertArrayEquals(new double[] {0.25}, low.pick(s[0], s[1], 4), 1e-12);
        // drawn through the one path: the tinted area under the curve is on the picture
        var img = ChartExport.image(c, st, 420, 360, 72);
        int tint = Palette.mix(st.foreground(), st.background(), 0.10).getRGB() & 0xFFFFFF;
        int y = (int) Math.round(gr.getCenterY() - gr.getHeight() * 0.1);
        int x = (int) Math.round(gr.getMinX() + 0.2 * gr.getWidth());
        assertEquals(tint, img.getRGB(x, y) & 0xFFFFFF, "no tint under the positive rate at x₁ = 0.2");
    }

    static PortraitChart sample() {
        List<PortraitChart.Arrow> arrows = new java.util.ArrayList<>();
        for (double[] x : PortraitGeometry.lattice(Kind.SIMPLEX, 6)) {
            double[] v = {x[1] - x[2], x[2] - x[0], x[0] - x[1]};
            arrows.add(new PortraitChart.Arrow(x, v, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])));
        }
        int n = 4;
        int[] labels = new int[PortraitGeometry.latticeSize(Kind.SIMPLEX, n)];
        List<double[]> lat = PortraitGeometry.lattice(Kind.SIMPLEX, n);
        for (int k = 0; k < labels.length; k++) {
            labels[k] = lat.get(k)[0] >= 0.5 ? 0 : 1;
        }
        return new PortraitChart("Replicator dynamics", "test · η = 0.1", Kind.SIMPLEX, List.of("R", "P", "S"), arrows,
                List.of(new PortraitChart.Curve("c", List.of(new double[] {0.5, 0.3, 0.2}, new double[] {0.4, 0.4, 0.2},
                        new double[] {0.3, 0.4, 0.3}), 1, true)),
                List.of(new PortraitChart.Point(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, PortraitChart.PointKind.EQUILIBRIUM, ""),
                        new PortraitChart.Point(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, PortraitChart.PointKind.NEUTRAL, ""),
                        new PortraitChart.Point(new double[] {1, 0, 0}, PortraitChart.PointKind.UNSTABLE, ""),
                        new PortraitChart.Point(new double[] {0, 1, 0}, PortraitChart.PointKind.STABLE, "")),
                new PortraitChart.Basins(Kind.SIMPLEX, n, labels, List.of(2, 4)));
    }

    @Test
    void portraitExportsThroughTheOnePath() {
        PortraitChart c = sample();
        String svg = ChartExport.svg(c, ChartStyle.paper(), 360, 300);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("Replicator dynamics") && svg.contains("Nash eq"));
        byte[] pdf = ChartExport.pdf(c, ChartStyle.paper(), 360, 300);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
        var img = ChartExport.image(c, ChartStyle.paper(), 360, 300, 72);
        assertEquals(360, img.getWidth());
        // the basin shade of attractor 0 (series colour 2 mixed 20 % into white) is on the picture
        int shade = PortraitRenderer.basinColour(ChartStyle.paper(), 2).getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int y = 0; y < img.getHeight() && !found; y++) {
            for (int x = 0; x < img.getWidth() && !found; x++) {
                found = (img.getRGB(x, y) & 0xFFFFFF) == shade;
            }
        }
        assertTrue(found, "basin shade drawn");
        String tex = TikzWriter.write(c, ChartStyle.paper(), true);
        assertTrue(tex.contains("\\begin{tikzpicture}") && tex.contains("gtbasin0") && tex.contains("-stealth"));
        assertTrue(tex.endsWith("\\end{document}\n"));
    }
}
