package org.gtlab.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * Structural edits of a game as pure functions: each returns a new game and, for every player,
 * where each old strategy went ({@code -1}: removed), so that marks on old cells can follow.
 * Payoffs of new strategies are 0. Titles, names and labels are kept.
 */
public final class GameEdits {

    /** Largest game the editor builds: 250,000 cells (500×500). */
    public static final int MAX_CELLS = 250_000;
    /** Largest number of strategies of one player in the editor. */
    public static final int MAX_STRATEGIES = 1000;
    /** Largest number of players in the editor. */
    public static final int MAX_PLAYERS = 8;

    /**
     * Result of a structural edit.
     *
     * @param game        the new game
     * @param strategyMap {@code strategyMap[p][old]}: new index of player p's old strategy, or −1;
     *                    indexed by the OLD players ({@code null} row: the player was removed)
     * @param playerMap   {@code playerMap[old]}: new index of the old player, or −1
     */
    public record Result(NormalFormGame game, int[][] strategyMap, int[] playerMap) {
    }

    private GameEdits() {
    }

    /** Refuses shapes beyond the editor's limits with a message that says what to do. */
    public static void checkSize(int[] shape) {
        long cells = 1;
        for (int p = 0; p < shape.length; p++) {
            if (shape[p] < 1) {
                throw new IllegalArgumentException("player " + (p + 1) + " needs at least one strategy");
            }
            if (shape[p] > MAX_STRATEGIES) {
                throw new IllegalArgumentException("player " + (p + 1) + " would have " + shape[p]
                        + " strategies; the editor allows at most " + MAX_STRATEGIES);
            }
            cells *= shape[p];
        }
        if (shape.length > MAX_PLAYERS) {
            throw new IllegalArgumentException("the editor allows at most " + MAX_PLAYERS + " players");
        }
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException(String.format("a game of %s has %,d cells; the editor allows %,d"
                    + " (500×500). Use the command line for larger games.", shapeText(shape), cells, MAX_CELLS));
        }
    }

    /** "3×4" or "2×2×2". */
    public static String shapeText(int[] shape) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            b.append(i == 0 ? "" : "×").append(shape[i]);
        }
        return b.toString();
    }

    /** Inserts a strategy for player p at position {@code at} (0 ≤ at ≤ k_p), payoffs 0. */
    public static Result addStrategy(NormalFormGame g, int p, int at, String label) {
        int[] shape = g.shape();
        if (at < 0 || at > shape[p]) {
            throw new IllegalArgumentException("position " + at + " outside 0.." + shape[p]);
        }
        int[] ns = shape.clone();
        ns[p]++;
        checkSize(ns);
        int[][] map = identity(shape);
        for (int s = 0; s < shape[p]; s++) {
            map[p][s] = s < at ? s : s + 1;
        }
        List<List<String>> labels = mutableLabels(g);
        labels.get(p).add(at, label == null ? uniqueLabel(labels.get(p)) : label);
        return new Result(rebuild(g, g.playerNames(), labels, map, identityPlayers(g.numPlayers())), map,
                identityPlayers(g.numPlayers()));
    }

    /** Removes player p's strategy {@code s}; refused when it is the last one. */
    public static Result removeStrategy(NormalFormGame g, int p, int s) {
        int[] shape = g.shape();
        if (shape[p] == 1) {
            throw new IllegalArgumentException(g.playerName(p) + " has only one strategy; it cannot be removed");
        }
        int[][] map = identity(shape);
        for (int t = 0; t < shape[p]; t++) {
            map[p][t] = t < s ? t : t == s ? -1 : t - 1;
        }
        List<List<String>> labels = mutableLabels(g);
        labels.get(p).remove(s);
        return new Result(rebuild(g, g.playerNames(), labels, map, identityPlayers(g.numPlayers())), map,
                identityPlayers(g.numPlayers()));
    }

    /** Moves player p's strategy {@code s} to position {@code to}. */
    public static Result moveStrategy(NormalFormGame g, int p, int s, int to) {
        int k = g.numStrategies(p);
        if (to < 0 || to >= k) {
            throw new IllegalArgumentException("position " + to + " outside 0.." + (k - 1));
        }
        List<Integer> order = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            order.add(t);
        }
        order.remove(Integer.valueOf(s));
        order.add(to, s);
        int[][] map = identity(g.shape());
        for (int pos = 0; pos < k; pos++) {
            map[p][order.get(pos)] = pos;
        }
        List<List<String>> labels = mutableLabels(g);
        List<String> l = new ArrayList<>();
        for (int pos = 0; pos < k; pos++) {
            l.add(g.strategyLabels(p).get(order.get(pos)));
        }
        labels.set(p, l);
        return new Result(rebuild(g, g.playerNames(), labels, map, identityPlayers(g.numPlayers())), map,
                identityPlayers(g.numPlayers()));
    }

    /** Adds a player with one strategy; all of the new player's payoffs are 0. */
    public static Result addPlayer(NormalFormGame g, String name) {
        int n = g.numPlayers();
        if (n + 1 > MAX_PLAYERS) {
            throw new IllegalArgumentException("the editor allows at most " + MAX_PLAYERS + " players");
        }
        List<String> players = new ArrayList<>(g.playerNames());
        players.add(name == null ? "Player " + (n + 1) : name);
        List<List<String>> labels = mutableLabels(g);
        labels.add(new ArrayList<>(List.of("1")));
        Rational[][] pay = new Rational[n + 1][];
        for (int p = 0; p < n; p++) {
            pay[p] = g.payoffs(p);
        }
        pay[n] = new Rational[g.numProfiles()];
        Arrays.fill(pay[n], Rational.ZERO);
        NormalFormGame ng = withMeta(NormalFormGame.of(g.title(), players, labels, pay), g);
        return new Result(ng, identity(g.shape()), identityPlayers(n));
    }

    /**
     * Removes player q; the game keeps the profiles where q plays {@code keep} (the slice on
     * screen). Refused when only two players are left.
     */
    public static Result removePlayer(NormalFormGame g, int q, int keep) {
        int n = g.numPlayers();
        if (n <= 2) {
            throw new IllegalArgumentException("a game in the editor needs at least two players");
        }
        List<String> players = new ArrayList<>(g.playerNames());
        players.remove(q);
        List<List<String>> labels = mutableLabels(g);
        labels.remove(q);
        int[] shape = g.shape();
        int[] ns = new int[n - 1];
        for (int p = 0, k = 0; p < n; p++) {
            if (p != q) {
                ns[k++] = shape[p];
            }
        }
        int count = 1;
        for (int s : ns) {
            count *= s;
        }
        Rational[][] pay = new Rational[n - 1][count];
        int[] np = new int[n - 1];
        int[] op = new int[n];
        for (int idx = 0; idx < count; idx++) {
            int r = idx;
            for (int p = 0; p < n - 1; p++) {
                np[p] = r % ns[p];
                r /= ns[p];
            }
            for (int p = 0, k = 0; p < n; p++) {
                op[p] = p == q ? keep : np[k++];
            }
            int oi = g.profileIndex(op);
            for (int p = 0, k = 0; p < n; p++) {
                if (p != q) {
                    pay[k++][idx] = g.payoffAt(p, oi);
                }
            }
        }
        int[][] map = identity(shape);
        map[q] = null;
        int[] pm = new int[n];
        for (int p = 0, k = 0; p < n; p++) {
            pm[p] = p == q ? -1 : k++;
        }
        NormalFormGame ng = withMeta(NormalFormGame.of(g.title(), players, labels, pay), g);
        return new Result(ng, map, pm);
    }

    /** Grows the two players' strategy sets to at least {@code rows × cols} (new payoffs 0). */
    public static Result growTo(NormalFormGame g, int rows, int cols) {
        int[] shape = g.shape();
        int[] ns = shape.clone();
        ns[0] = Math.max(shape[0], rows);
        ns[1] = Math.max(shape[1], cols);
        checkSize(ns);
        if (Arrays.equals(ns, shape)) {
            return new Result(g, identity(shape), identityPlayers(g.numPlayers()));
        }
        List<List<String>> labels = mutableLabels(g);
        for (int p = 0; p < 2; p++) {
            while (labels.get(p).size() < ns[p]) {
                labels.get(p).add(uniqueLabel(labels.get(p)));
            }
        }
        int[][] map = identity(shape);
        return new Result(rebuild(g, g.playerNames(), labels, map, identityPlayers(g.numPlayers())), map,
                identityPlayers(g.numPlayers()));
    }

    /** A label not yet used: the smallest number ≥ k+1 not among {@code used}. */
    static String uniqueLabel(List<String> used) {
        int k = used.size() + 1;
        while (used.contains(Integer.toString(k))) {
            k++;
        }
        return Integer.toString(k);
    }

    private static int[][] identity(int[] shape) {
        int[][] m = new int[shape.length][];
        for (int p = 0; p < shape.length; p++) {
            m[p] = new int[shape[p]];
            for (int s = 0; s < shape[p]; s++) {
                m[p][s] = s;
            }
        }
        return m;
    }

    private static int[] identityPlayers(int n) {
        int[] m = new int[n];
        for (int p = 0; p < n; p++) {
            m[p] = p;
        }
        return m;
    }

    private static List<List<String>> mutableLabels(NormalFormGame g) {
        List<List<String>> l = new ArrayList<>();
        for (List<String> s : g.strategyLabels()) {
            l.add(new ArrayList<>(s));
        }
        return l;
    }

    /**
     * Builds a game of the shape given by {@code labels} whose payoff at each new profile is the
     * old payoff at the profile that maps to it, or 0 where no old profile does.
     */
    private static NormalFormGame rebuild(NormalFormGame g, List<String> players, List<List<String>> labels,
            int[][] map, int[] playerMap) {
        int n = labels.size();
        int[] ns = new int[n];
        for (int p = 0; p < n; p++) {
            ns[p] = labels.get(p).size();
        }
        checkSize(ns);
        int count = 1;
        for (int s : ns) {
            count *= s;
        }
        Rational[][] pay = new Rational[n][count];
        for (Rational[] r : pay) {
            Arrays.fill(r, Rational.ZERO);
        }
        int[] oldShape = g.shape();
        int[] op = new int[oldShape.length];
        int[] np = new int[n];
        int total = g.numProfiles();
        for (int oi = 0; oi < total; oi++) {
            boolean dropped = false;
            for (int p = 0; p < oldShape.length; p++) {
                int nv = map[p][op[p]];
                if (nv < 0) {
                    dropped = true;
                    break;
                }
                np[playerMap[p]] = nv;
            }
            if (!dropped) {
                int ni = 0;
                int stride = 1;
                for (int p = 0; p < n; p++) {
                    ni += np[p] * stride;
                    stride *= ns[p];
                }
                for (int p = 0; p < oldShape.length; p++) {
                    pay[playerMap[p]][ni] = g.payoffAt(p, oi);
                }
            }
            for (int p = 0; p < op.length; p++) {
                if (++op[p] < oldShape[p]) {
                    break;
                }
                op[p] = 0;
            }
        }
        return withMeta(NormalFormGame.of(g.title(), players, labels, pay), g);
    }

    static NormalFormGame withMeta(NormalFormGame ng, NormalFormGame old) {
        return ng.withComment(old.comment());
    }
}
