package org.gtlab.solve.vertex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.StrategyProfile;
import org.junit.jupiter.api.Test;

class MaximalNashSubsetsTest {

    private static StrategyProfile p(int x, int y) {
        return StrategyProfile.pure(new int[] {4, 4}, x, y);
    }

    @Test
    void isolatedEquilibriaAreTheirOwnSubsets() {
        List<List<StrategyProfile>> s = MaximalNashSubsets.of(List.of(p(1, 1), p(0, 0)));
        assertEquals(List.of(List.of(p(1, 1)), List.of(p(0, 0))), s);
    }

    @Test
    void pathAndCycleGraphs() {
        // x0 - y0 - x1: one subset {x0, x1} x {y0}
        assertEquals(List.of(List.of(p(1, 0), p(0, 0))), MaximalNashSubsets.of(List.of(p(0, 0), p(1, 0))));
        // x0-y0, x0-y1, x1-y1, x1-y2: subsets {x0}x{y0,y1}, {x1}x{y1,y2}, {x0,x1}x{y1}
        List<List<StrategyProfile>> s = MaximalNashSubsets.of(List.of(p(0, 0), p(0, 1), p(1, 1), p(1, 2)));
        assertEquals(3, s.size());
        assertEquals(java.util.Set.of(
                java.util.Set.of(p(0, 0), p(0, 1)), java.util.Set.of(p(1, 1), p(1, 2)), java.util.Set.of(p(0, 1), p(1, 1))),
                s.stream().map(java.util.HashSet::new).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void completeBipartiteIsOneSubset() {
        List<StrategyProfile> all = new java.util.ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 4; y++) {
                all.add(p(x, y));
            }
        }
        List<List<StrategyProfile>> s = MaximalNashSubsets.of(all);
        assertEquals(1, s.size());
        assertEquals(12, s.get(0).size());
    }

    @Test
    void emptyInputAndBadProfiles() {
        assertEquals(List.of(), MaximalNashSubsets.of(List.of()));
        StrategyProfile three = StrategyProfile.of(MixedStrategy.pure(2, 0), MixedStrategy.pure(2, 0),
                MixedStrategy.pure(2, 0));
        assertThrows(IllegalArgumentException.class, () -> MaximalNashSubsets.of(List.of(three)));
    }

    @Test
    void manyRandomGraphsAgainstBruteForce() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (int t = 0; t < 200; t++) {
            int nx = 1 + rng.nextInt(6);
            int ny = 1 + rng.nextInt(6);
            List<int[]> edges = new java.util.ArrayList<>();
            boolean[][] adj = new boolean[nx][ny];
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < ny; y++) {
                    if (rng.nextInt(3) > 0) {
                        edges.add(new int[] {x, y});
                        adj[x][y] = true;
                    }
                }
            }
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int xm = 1; xm < (1 << nx); xm++) {
                int ym = 0;
                for (int y = 0; y < ny; y++) {
                    boolean all = true;
                    for (int x = 0; x < nx; x++) {
                        all &= (xm >> x & 1) == 0 || adj[x][y];
                    }
                    if (all) {
                        ym |= 1 << y;
                    }
                }
                if (ym == 0) {
                    continue;
                }
                int closed = 0;
                for (int x = 0; x < nx; x++) {
                    boolean all = true;
                    for (int y = 0; y < ny; y++) {
                        all &= (ym >> y & 1) == 0 || adj[x][y];
                    }
                    if (all) {
                        closed |= 1 << x;
                    }
                }
                if (closed == xm) {
                    expected.add(xm + "x" + ym);
                }
            }
            java.util.Set<String> got = new java.util.HashSet<>();
            for (int[][] b : MaximalNashSubsets.bicliques(nx, ny, edges)) {
                int xm = 0;
                int ym = 0;
                for (int x : b[0]) {
                    xm |= 1 << x;
                }
                for (int y : b[1]) {
                    ym |= 1 << y;
                }
                if (!got.add(xm + "x" + ym)) {
                    throw new AssertionError("biclique reported twice");
                }
            }
            assertEquals(expected, got);
        }
    }
}
