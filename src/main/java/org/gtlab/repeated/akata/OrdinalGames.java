package org.gtlab.repeated.akata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gtlab.repeated.StageGame;

/**
 * The 144 Robinson–Goforth ordinal 2×2 games (Robinson &amp; Goforth 2005, The Topology of the 2×2
 * Games) with names and families, from the authors' {@code 144_games_info.csv} (semicolon-separated,
 * UTF-8; MIT licence, notice in {@code LICENSE-repeatedgames.txt} next to it). Ranks 1–4 are used as
 * points.
 *
 * <p>Two variants (spec §4.3): {@link Variant#AS_PUBLISHED} keeps the 15 rows with a repeated rank as
 * the authors played them; {@link Variant#STRICT_ORDINAL} replaces the one off-pattern cell of each by
 * the value its grid row (player 1) or grid column (player 2) implies — player 1's rank pattern depends
 * only on the grid row and player 2's only on the grid column, so the implied value is the pattern
 * shared by the other games of that row or column.
 *
 * @throws UncheckedIOException (from {@link #load}) naming {@code 144_games_info.csv:LINE} for a bad row
 */
public final class OrdinalGames {

    /** The data variant. */
    public enum Variant {
        AS_PUBLISHED, STRICT_ORDINAL
    }

    /** The resource path of the data file. */
    public static final String RESOURCE = "/org/gtlab/repeated/144_games_info.csv";

    /** The resource path of its licence notice. */
    public static final String LICENCE = "/org/gtlab/repeated/LICENSE-repeatedgames.txt";

    private static volatile List<StageGame> published;

    private OrdinalGames() {
    }

    /** The 144 games of a variant, in game-number order. */
    public static List<StageGame> load(Variant variant) {
        List<StageGame> p = published();
        return variant == Variant.AS_PUBLISHED ? p : strict(p);
    }

    /** Game number {@code k} (1–144) of a variant. */
    public static StageGame game(int k, Variant variant) {
        if (k < 1 || k > 144) {
            throw new IllegalArgumentException("ordinal game number must be 1–144, got " + k);
        }
        return load(variant).get(k - 1);
    }

    private static List<StageGame> published() {
        List<StageGame> p = published;
        if (p == null) {
            try (InputStream in = OrdinalGames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("144_games_info.csv: resource missing"));
                }
                p = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            published = p;
        }
        return p;
    }

    static List<StageGame> parse(BufferedReader r) throws IOException {
        List<StageGame> out = new ArrayList<>();
        String header = r.readLine();
        if (header == null || !header.startsWith("game_number;")) {
            throw new IOException("144_games_info.csv:1: expected the header game_number;game_row;…");
        }
        String line;
        int no = 1;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(";", -1);
            if (f.length != 13) {
                throw new IOException("144_games_info.csv:" + no + ": expected 13 fields, got " + f.length);
            }
            try {
                int number = Integer.parseInt(f[0].strip());
                int row = Integer.parseInt(f[1].strip());
                int col = Integer.parseInt(f[2].strip());
                int[] cells = new int[8];
                for (int k = 0; k < 8; k++) {
                    cells[k] = Integer.parseInt(f[5 + k].strip());
                }
                out.add(StageGame.twoByTwo(f[3], cells, new StageGame.Info(number, f[3], f[4], row, col)));
            } catch (NumberFormatException e) {
                throw new IOException("144_games_info.csv:" + no + ": a number field is not an integer (" + e.getMessage()
                        + ")");
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Player p's (1 or 2) payoffs in the order r1c1, r1c2, r2c1, r2c2. */
    public static int[] ranks(StageGame g, int player) {
        int[] v = new int[4];
        for (int k = 0; k < 4; k++) {
            v[k] = (int) (player == 1 ? g.u1(k / 2, k % 2) : g.u2(k / 2, k % 2));
        }
        return v;
    }

    /** True if a player's four payoffs are not a permutation of 1–4. */
    public static boolean hasRepeatedRank(StageGame g) {
        return !isPermutation(ranks(g, 1)) || !isPermutation(ranks(g, 2));
    }

    static boolean isPermutation(int[] v) {
        boolean[] seen = new boolean[5];
        for (int x : v) {
            if (x < 1 || x > 4 || seen[x]) {
                return false;
            }
            seen[x] = true;
        }
        return true;
    }

    /** The strict variant: off-pattern cells replaced by the grid's pattern (the majority pattern). */
    private static List<StageGame> strict(List<StageGame> p) {
        Map<Integer, int[]> rowPattern = majority(p, 1);
        Map<Integer, int[]> colPattern = majority(p, 2);
        List<StageGame> out = new ArrayList<>();
        for (StageGame g : p) {
            StageGame.Info in = g.info();
            int[] a = isPermutation(ranks(g, 1)) ? ranks(g, 1) : rowPattern.get(in.gridRow());
            int[] b = isPermutation(ranks(g, 2)) ? ranks(g, 2) : colPattern.get(in.gridCol());
            int[] cells = {a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3]};
            out.add(StageGame.twoByTwo(g.title(), cells, in));
        }
        return Collections.unmodifiableList(out);
    }

    /** For each grid row (player 1) or column (player 2), the most common strict rank pattern. */
    private static Map<Integer, int[]> majority(List<StageGame> games, int player) {
        Map<Integer, Map<String, Integer>> votes = new HashMap<>();
        Map<String, int[]> patterns = new HashMap<>();
        for (StageGame g : games) {
            int[] v = ranks(g, player);
            if (!isPermutation(v)) {
                continue;
            }
            int key = player == 1 ? g.info().gridRow() : g.info().gridCol();
            String s = java.util.Arrays.toString(v);
            patterns.put(s, v);
            votes.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(s, 1, Integer::sum);
        }
        Map<Integer, int[]> out = new HashMap<>();
        votes.forEach((k, m) -> out.put(k, patterns.get(Collections.max(m.entrySet(),
                Map.Entry.comparingByValue()).getKey())));
        return out;
    }

    /** Family → number of games, in first-seen order. */
    public static Map<String, Integer> familyCounts(List<StageGame> games) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (StageGame g : games) {
            m.merge(g.info().family(), 1, Integer::sum);
        }
        return m;
    }

    /** The games of one family. */
    public static List<StageGame> family(List<StageGame> games, String family) {
        List<StageGame> out = new ArrayList<>();
        for (StageGame g : games) {
            if (g.info().family().equals(family)) {
                out.add(g);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ enumeration (spec §4.3)

    /**
     * The canonical key of a strict ordinal game under relabelling of player 1's rows and player 2's
     * columns (the group of order 4): the smallest encoding over the four relabellings.
     */
    public static long canonicalKey(int[] p1, int[] p2) {
        long best = Long.MAX_VALUE;
        for (int sr = 0; sr < 2; sr++) {
            for (int sc = 0; sc < 2; sc++) {
                long key = 0;
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 2; c++) {
                        int k = ((r ^ sr) * 2) + (c ^ sc);
                        key = key * 5 + p1[k];
                        key = key * 5 + p2[k];
                    }
                }
                best = Math.min(best, key);
            }
        }
        return best;
    }

    /** All 4! × 4! = 576 strict ordinal games as (p1 ranks, p2 ranks) in cell order r1c1, r1c2, r2c1, r2c2. */
    public static List<int[][]> enumerateStrict() {
        List<int[]> perms = new ArrayList<>();
        permute(new int[] {1, 2, 3, 4}, 0, perms);
        List<int[][]> out = new ArrayList<>();
        for (int[] a : perms) {
            for (int[] b : perms) {
                out.add(new int[][] {a, b});
            }
        }
        return out;
    }

    private static void permute(int[] v, int k, List<int[]> out) {
        if (k == v.length) {
            out.add(v.clone());
            return;
        }
        for (int i = k; i < v.length; i++) {
            int t = v[k];
            v[k] = v[i];
            v[i] = t;
            permute(v, k + 1, out);
            v[i] = v[k];
            v[k] = t;
        }
    }

    /** The number of equivalence classes of the 576 strict games. */
    public static int strictClassCount() {
        Set<Long> s = new HashSet<>();
        for (int[][] g : enumerateStrict()) {
            s.add(canonicalKey(g[0], g[1]));
        }
        return s.size();
    }

    /** The classes of a library, one key per game. */
    public static List<Long> classKeys(List<StageGame> games) {
        List<Long> l = new ArrayList<>();
        for (StageGame g : games) {
            l.add(canonicalKey(ranks(g, 1), ranks(g, 2)));
        }
        return l;
    }

    /** Counts of games with exactly one, no, and two pure equilibria: {one, none, two, more}. */
    public static int[] equilibriumCounts(List<StageGame> games) {
        int[] c = new int[4];
        for (StageGame g : games) {
            int k = g.pureEquilibria().size();
            c[k == 1 ? 0 : k == 0 ? 1 : k == 2 ? 2 : 3]++;
        }
        return c;
    }
}
