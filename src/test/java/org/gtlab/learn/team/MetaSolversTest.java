package org.gtlab.learn.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spec fxp-psro.md §14 C, tests 14–21 (tolerance ±0.005 on probabilities, ±20 % on NashConv). */
class MetaSolversTest {

    static final double[][] WRPS = {{0, -1, 2}, {1, 0, -1}, {-2, 1, 0}};
    static final double[][] SAD = {{0, -4, 2}, {4, 0, -2}, {-2, 2, 0}};
    static final double[][] RPS = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
    static final double[][] MP = {{1, -1}, {-1, 1}};

    private static void nashConvWithin(double expected, MetaSolution s, double[][] m) {
        double nc = s.nashConv(m);
        assertEquals(expected, nc, 0.2 * expected, "NashConv " + nc);
    }

    @Test
    void lp() {
        MetaSolution s = MetaSolvers.nash().solve(WRPS);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, s.row(), 1e-9);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, s.column(), 1e-9);
        assertArrayEquals(new double[] {0.25, 0.25, 0.5}, MetaSolvers.nash().solve(SAD).row(), 1e-9);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, MetaSolvers.nash().solve(RPS).row(), 1e-9);
        // rectangular: row player's maximin of [[3, 0], [1, 2], [0, 1]] is (1/4, 3/4, 0), value 1.5
        MetaSolution r = MetaSolvers.nash().solve(new double[][] {{3, 0}, {1, 2}, {0, 1}});
        assertArrayEquals(new double[] {0.25, 0.75, 0}, r.row(), 1e-9);
        assertArrayEquals(new double[] {0.5, 0.5}, r.column(), 1e-9);
        assertEquals(0, r.nashConv(new double[][] {{3, 0}, {1, 2}, {0, 1}}), 1e-9);
    }

    @Test
    void prdOpenSpielDefaults() {
        MetaSolution s = MetaSolvers.prd(100_000, 1e-3, 1e-6).solve(WRPS);
        assertArrayEquals(new double[] {0.2506, 0.5025, 0.2468}, s.row(), 0.005);
        nashConvWithin(7.6e-3, s, WRPS);
    }

    @Test
    void prdPsroExampleSettings() {
        MetaSolution s = MetaSolvers.prd(50_000, 1e-3, 1e-10).solve(WRPS);
        assertArrayEquals(new double[] {0.258, 0.497, 0.245}, s.row(), 0.005);
        nashConvWithin(2.5e-2, s, WRPS);
    }

    @Test
    void regretMatching() {
        MetaSolution s = MetaSolvers.regretMatching(100_000, 1e-6, 1e-6).solve(WRPS);
        assertArrayEquals(new double[] {0.2501, 0.4991, 0.2508}, s.row(), 0.005);
        nashConvWithin(5.0e-3, s, WRPS);
    }

    @Test
    void authorsFictitiousPlay() {
        MetaSolution s = MetaSolvers.fictitiousPlay(999).solve(WRPS);
        assertArrayEquals(new double[] {0.262, 0.484, 0.253}, s.row(), 0.005);
        nashConvWithin(4.5e-2, s, WRPS);
        nashConvWithin(0.038, MetaSolvers.fictitiousPlay(999).solve(RPS), RPS);
        nashConvWithin(0.044, MetaSolvers.fictitiousPlay(999).solve(MP), MP);
    }

    @Test
    void prdAndRmStayUniformOnSymmetricGames() {
        for (double[][] m : new double[][][] {RPS, MP}) {
            for (MetaSolver s : new MetaSolver[] {MetaSolvers.byName("prd"), MetaSolvers.byName("rm")}) {
                MetaSolution sol = s.solve(m);
                double[] u = new double[m.length];
                java.util.Arrays.fill(u, 1.0 / m.length);
                assertArrayEquals(u, sol.row(), 1e-12, s.name());
                assertEquals(0, sol.nashConv(m), 1e-12);
            }
        }
    }

    @Test
    void alphaRank() {
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, MetaSolvers.alphaRank().solve(RPS).row(), 1e-6);
        // strategy 2 strictly dominates: it beats every other strategy
        double[][] dom = {{0, 1, -1}, {-1, 0, -2}, {1, 2, 0}};
        assertTrue(MetaSolvers.alphaRank().solve(dom).row()[2] >= 0.99);
        // finite α: RPS is uniform too, and the dominant strategy takes the mass
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, AlphaRank.finiteAlpha(RPS, 50, 100), 1e-9);
        assertTrue(AlphaRank.finiteAlpha(dom, 50, 100)[2] >= 0.99);
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.alphaRank().solve(new double[][] {{1, 2}}));
    }

    @Test
    void uniformAndBiased() {
        double[][] m = new double[3][3];
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, MetaSolvers.uniform().solve(m).row(), 1e-15);
        assertArrayEquals(new double[] {0.0900, 0.2447, 0.6652}, MetaSolvers.uniformBiased().solve(m).row(), 1e-4);
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.nash().solve(new double[][] {{0, Double.NaN}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.nash().solve(new double[0][]));
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.prd(10, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> MetaSolvers.byName("magic"));
    }
}
