package org.gtlab.solve.vertex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.StrategyProfile;

/**
 * The maximal Nash subsets of a bimatrix game from its extreme equilibria (Avis, Rosenberg,
 * Savani, von Stengel, "Enumeration of Nash equilibria for two-player games", Economic Theory 42
 * (2010), §4; what {@code gambit-enummixed -c} and lrsnash's {@code clique} print).
 *
 * <p>Take the bipartite graph whose left nodes are the distinct row strategies x and right nodes
 * the distinct column strategies y occurring in extreme equilibria, with an edge when (x, y) is an
 * extreme equilibrium. A maximal Nash subset is a maximal biclique X × Y (X, Y non-empty, every
 * pair an edge, no node can be added); every convex combination of its profiles is an
 * equilibrium, and the union of these convex sets is the whole equilibrium set. Maximal bicliques
 * are exactly the pairs X = N(Y), Y = N(X) (N = common neighbours), i.e. the formal concepts of
 * the relation; they are enumerated once each by the "close by one" scheme (Kuznetsov 1993):
 * extend X by one left node in increasing order, close, and keep the result only if the closure
 * added no smaller node.
 */
public final class MaximalNashSubsets {

    private MaximalNashSubsets() {
    }

    /**
     * The maximal Nash subsets, each as the list of its extreme equilibria (all pairs x ∈ X,
     * y ∈ Y), sorted; the subsets sorted lexicographically by those lists.
     *
     * @param extremeEquilibria all extreme equilibria of a two-player game (duplicates ignored)
     * @throws IllegalArgumentException if a profile is not for two players
     */
    public static List<List<StrategyProfile>> of(List<StrategyProfile> extremeEquilibria) {
        Map<MixedStrategy, Integer> xs = new HashMap<>();
        Map<MixedStrategy, Integer> ys = new HashMap<>();
        List<MixedStrategy> xl = new ArrayList<>();
        List<MixedStrategy> yl = new ArrayList<>();
        List<int[]> edges = new ArrayList<>();
        for (StrategyProfile p : extremeEquilibria) {
            if (p.numPlayers() != 2) {
                throw new IllegalArgumentException("maximal Nash subsets need two-player profiles, got "
                        + p.numPlayers() + " players");
            }
            Integer x = xs.get(p.get(0));
            if (x == null) {
                x = xl.size();
                xs.put(p.get(0), x);
                xl.add(p.get(0));
            }
            Integer y = ys.get(p.get(1));
            if (y == null) {
                y = yl.size();
                ys.put(p.get(1), y);
                yl.add(p.get(1));
            }
            edges.add(new int[] {x, y});
        }
        List<int[][]> bicliques = bicliques(xl.size(), yl.size(), edges);
        List<List<StrategyProfile>> out = new ArrayList<>();
        for (int[][] bc : bicliques) {
            List<StrategyProfile> s = new ArrayList<>();
            for (int x : bc[0]) {
                for (int y : bc[1]) {
                    s.add(StrategyProfile.of(xl.get(x), yl.get(y)));
                }
            }
            s.sort(null);
            out.add(s);
        }
        out.sort(MaximalNashSubsets::compareLists);
        return out;
    }

    private static int compareLists(List<StrategyProfile> a, List<StrategyProfile> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * All maximal bicliques with both sides non-empty of a bipartite graph on {@code 0…nx-1} ×
     * {@code 0…ny-1}, each as {@code {X, Y}} (sorted index arrays).
     */
    static List<int[][]> bicliques(int nx, int ny, List<int[]> edges) {
        int wy = (ny + 63) >>> 6;
        long[][] nbr = new long[nx][wy];
        for (int[] e : edges) {
            nbr[e[0]][e[1] >>> 6] |= 1L << e[1];
        }
        List<int[][]> out = new ArrayList<>();
        if (nx == 0 || ny == 0) {
            return out;
        }
        long[] allY = new long[wy];
        for (int y = 0; y < ny; y++) {
            allY[y >>> 6] |= 1L << y;
        }
        boolean[] x0 = closure(nbr, allY);
        generate(nbr, x0, allY, 0, out);
        return out;
    }

    /** {x : N(x) ⊇ ys}. */
    private static boolean[] closure(long[][] nbr, long[] ys) {
        boolean[] in = new boolean[nbr.length];
        for (int x = 0; x < nbr.length; x++) {
            boolean sup = true;
            for (int k = 0; k < ys.length && sup; k++) {
                sup = (nbr[x][k] & ys[k]) == ys[k];
            }
            in[x] = sup;
        }
        return in;
    }

    private static boolean isEmpty(long[] s) {
        for (long v : s) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static void generate(long[][] nbr, boolean[] xs, long[] ys, int start, List<int[][]> out) {
        int nx = nbr.length;
        boolean anyX = false;
        for (boolean b : xs) {
            anyX |= b;
        }
        if (anyX && !isEmpty(ys)) {
            int[] xa = new int[nx];
            int na = 0;
            for (int i = 0; i < nx; i++) {
                if (xs[i]) {
                    xa[na++] = i;
                }
            }
            xa = java.util.Arrays.copyOf(xa, na);
            List<Integer> yList = new ArrayList<>();
            for (int k = 0; k < ys.length; k++) {
                long v = ys[k];
                while (v != 0) {
                    yList.add(k * 64 + Long.numberOfTrailingZeros(v));
                    v &= v - 1;
                }
            }
            out.add(new int[][] {xa, yList.stream().mapToInt(Integer::intValue).toArray()});
        }
        for (int x = start; x < nx; x++) {
            if (xs[x]) {
                continue;
            }
            long[] ny = ys.clone();
            for (int k = 0; k < ny.length; k++) {
                ny[k] &= nbr[x][k];
            }
            if (isEmpty(ny)) {
                continue;
            }
            boolean[] nxs = closure(nbr, ny);
            boolean canonical = true;
            for (int i = 0; i < x && canonical; i++) {
                canonical = nxs[i] == xs[i];
            }
            if (canonical) {
                generate(nbr, nxs, ny, x + 1, out);
            }
        }
    }
}
