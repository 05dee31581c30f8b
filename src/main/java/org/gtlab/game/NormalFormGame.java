package org.gtlab.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.gtlab.math.Rational;

/**
 * An immutable finite game in strategic (normal) form with N ≥ 1 players.
 *
 * <p>Payoffs are kept exactly ({@link Rational}) and, in parallel, as doubles for the numeric
 * methods. A game built from doubles converts each payoff to the rational of its shortest decimal
 * representation ({@link Rational#valueOf(double)}) and reports {@link #isExact()} {@code false}.
 *
 * <p><b>Profile order.</b> Pure-strategy profiles are numbered like Gambit's .nfg files: player 1's
 * strategy changes fastest, then player 2's, and so on. {@link #profileIndex(int...)} and
 * {@link #profile(int)} convert between a profile (0-based strategy per player) and its index.
 *
 * <p>Players and strategies are 0-based in the API; labels are free text.
 */
public final class NormalFormGame {

    /** Games with more pure profiles than this are refused (memory guard, about 160 MB per player). */
    public static final long MAX_PROFILES = 20_000_000L;

    private final String title;
    private final String comment;
    private final List<String> players;
    private final List<List<String>> strategies;
    private final int[] shape;
    private final int[] strides;
    private final int profiles;
    private final Rational[][] payoffs;
    private final double[][] payoffsD;
    private final boolean exact;

    private NormalFormGame(String title, String comment, List<String> players, List<List<String>> strategies,
            Rational[][] payoffs, boolean exact) {
        this.title = title == null ? "" : title;
        this.comment = comment == null ? "" : comment;
        int n = players.size();
        if (n < 1) {
            throw new IllegalArgumentException("a game needs at least one player");
        }
        if (strategies.size() != n) {
            throw new IllegalArgumentException("strategy lists for " + strategies.size() + " players, expected " + n);
        }
        this.players = List.copyOf(players);
        List<List<String>> labels = new ArrayList<>(n);
        this.shape = new int[n];
        this.strides = new int[n];
        long count = 1;
        for (int p = 0; p < n; p++) {
            List<String> s = strategies.get(p);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("player " + (p + 1) + " (" + players.get(p) + ") has no strategies");
            }
            labels.add(List.copyOf(s));
            shape[p] = s.size();
            strides[p] = (int) count;
            count *= s.size();
            if (count > MAX_PROFILES) {
                throw new IllegalArgumentException("game too large: more than " + MAX_PROFILES + " pure profiles");
            }
        }
        this.strategies = Collections.unmodifiableList(labels);
        this.profiles = (int) count;
        if (payoffs.length != n) {
            throw new IllegalArgumentException("payoffs for " + payoffs.length + " players, expected " + n);
        }
        this.payoffs = new Rational[n][];
        this.payoffsD = new double[n][];
        for (int p = 0; p < n; p++) {
            if (payoffs[p].length != profiles) {
                throw new IllegalArgumentException("payoff tensor of player " + (p + 1) + " has " + payoffs[p].length
                        + " entries, expected " + profiles);
            }
            this.payoffs[p] = payoffs[p].clone();
            this.payoffsD[p] = new double[profiles];
            for (int k = 0; k < profiles; k++) {
                Rational r = Objects.requireNonNull(this.payoffs[p][k], "payoff");
                this.payoffsD[p][k] = r.doubleValue();
            }
        }
        this.exact = exact;
    }

    // ---------------------------------------------------------------- factories

    /**
     * A game from exact payoffs.
     *
     * @param payoffs {@code payoffs[p][k]}: payoff of player p at the profile with index k (player 1 fastest)
     */
    public static NormalFormGame of(String title, List<String> players, List<List<String>> strategies,
            Rational[][] payoffs) {
        return new NormalFormGame(title, "", players, strategies, payoffs, true);
    }

    /** A game from double payoffs (stored as the rationals of their shortest decimal forms). */
    public static NormalFormGame ofDoubles(String title, List<String> players, List<List<String>> strategies,
            double[][] payoffs) {
        Rational[][] r = new Rational[payoffs.length][];
        for (int p = 0; p < payoffs.length; p++) {
            r[p] = new Rational[payoffs[p].length];
            for (int k = 0; k < payoffs[p].length; k++) {
                r[p][k] = Rational.valueOf(payoffs[p][k]);
            }
        }
        return new NormalFormGame(title, "", players, strategies, r, false);
    }

    /** An all-zero game of the given shape, with default names ("Player 1", labels "1", "2", …). */
    public static NormalFormGame zeros(int... shape) {
        List<String> players = defaultPlayers(shape.length);
        List<List<String>> strategies = defaultStrategies(shape);
        long count = 1;
        for (int s : shape) {
            if (s < 1) {
                throw new IllegalArgumentException("every player needs at least one strategy, got " + Arrays.toString(shape));
            }
            count *= s;
            if (count > MAX_PROFILES) {
                throw new IllegalArgumentException("game too large: more than " + MAX_PROFILES + " pure profiles");
            }
        }
        Rational[][] pay = new Rational[shape.length][(int) count];
        for (Rational[] row : pay) {
            Arrays.fill(row, Rational.ZERO);
        }
        return new NormalFormGame("", "", players, strategies, pay, true);
    }

    /** Two-player game with row payoffs {@code a[i][j]} and column payoffs {@code b[i][j]}. */
    public static NormalFormGame bimatrix(Rational[][] a, Rational[][] b) {
        int m = a.length;
        if (m == 0 || b.length != m) {
            throw new IllegalArgumentException("payoff matrices must have the same, positive number of rows: "
                    + a.length + " and " + b.length);
        }
        int n = a[0].length;
        Rational[][] pay = new Rational[2][m * n];
        for (int i = 0; i < m; i++) {
            if (a[i].length != n || b[i].length != n) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + a[i].length + " and " + b[i].length
                        + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                pay[0][i + m * j] = a[i][j];
                pay[1][i + m * j] = b[i][j];
            }
        }
        return new NormalFormGame("", "", defaultPlayers(2), defaultStrategies(m, n), pay, true);
    }

    /** Two-player game from integer matrices. */
    public static NormalFormGame bimatrix(long[][] a, long[][] b) {
        return bimatrix(toRational(a), toRational(b));
    }

    /** Two-player game from double matrices (stored exactly as their shortest decimals). */
    public static NormalFormGame bimatrix(double[][] a, double[][] b) {
        Rational[][] ra = new Rational[a.length][];
        Rational[][] rb = new Rational[b.length][];
        for (int i = 0; i < a.length; i++) {
            ra[i] = Arrays.stream(a[i]).mapToObj(Rational::valueOf).toArray(Rational[]::new);
        }
        for (int i = 0; i < b.length; i++) {
            rb[i] = Arrays.stream(b[i]).mapToObj(Rational::valueOf).toArray(Rational[]::new);
        }
        NormalFormGame g = bimatrix(ra, rb);
        return new NormalFormGame(g.title, g.comment, g.players, g.strategies, g.payoffs, false);
    }

    /** Zero-sum two-player game: the column player's payoffs are {@code -a}. */
    public static NormalFormGame zeroSum(Rational[][] a) {
        Rational[][] b = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = Arrays.stream(a[i]).map(Rational::negate).toArray(Rational[]::new);
        }
        return bimatrix(a, b);
    }

    /** Zero-sum two-player game from an integer matrix. */
    public static NormalFormGame zeroSum(long[][] a) {
        return zeroSum(toRational(a));
    }

    /** Symmetric two-player game: column payoffs are {@code a} transposed. */
    public static NormalFormGame symmetric(Rational[][] a) {
        int n = a.length;
        Rational[][] b = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("a symmetric game needs a square matrix; row " + (i + 1) + " has "
                        + a[i].length + " entries, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                b[i][j] = a[j][i];
            }
        }
        return bimatrix(a, b);
    }

    /** Symmetric two-player game from an integer matrix. */
    public static NormalFormGame symmetric(long[][] a) {
        return symmetric(toRational(a));
    }

    static Rational[][] toRational(long[][] a) {
        Rational[][] r = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            r[i] = Arrays.stream(a[i]).mapToObj(Rational::of).toArray(Rational[]::new);
        }
        return r;
    }

    static List<String> defaultPlayers(int n) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            names.add("Player " + (p + 1));
        }
        return names;
    }

    static List<List<String>> defaultStrategies(int... shape) {
        List<List<String>> all = new ArrayList<>();
        for (int s : shape) {
            List<String> l = new ArrayList<>();
            for (int i = 0; i < s; i++) {
                l.add(Integer.toString(i + 1));
            }
            all.add(l);
        }
        return all;
    }

    // ---------------------------------------------------------------- copies with changes

    public NormalFormGame withTitle(String newTitle) {
        return new NormalFormGame(newTitle, comment, players, strategies, payoffs, exact);
    }

    public NormalFormGame withComment(String newComment) {
        return new NormalFormGame(title, newComment, players, strategies, payoffs, exact);
    }

    public NormalFormGame withPlayerNames(List<String> names) {
        return new NormalFormGame(title, comment, names, strategies, payoffs, exact);
    }

    public NormalFormGame withStrategyLabels(List<List<String>> labels) {
        for (int p = 0; p < labels.size() && p < shape.length; p++) {
            if (labels.get(p).size() != shape[p]) {
                throw new IllegalArgumentException("player " + (p + 1) + " has " + shape[p] + " strategies, got "
                        + labels.get(p).size() + " labels");
            }
        }
        return new NormalFormGame(title, comment, players, labels, payoffs, exact);
    }

    /** Same game with every payoff given exactly (turns a double game into an exact one). */
    public NormalFormGame asExact() {
        return exact ? this : new NormalFormGame(title, comment, players, strategies, payoffs, true);
    }

    /** A copy in which player {@code p}'s payoff at {@code profile} is {@code value}. */
    public NormalFormGame withPayoff(int p, int[] profile, Rational value) {
        Rational[][] pay = payoffs.clone();
        pay[p] = payoffs[p].clone();
        pay[p][profileIndex(profile)] = Objects.requireNonNull(value, "value");
        return new NormalFormGame(title, comment, players, strategies, pay, exact);
    }

    /**
     * A copy keeping only the listed strategies of each player, in the given order (used for
     * dominance elimination, reordering and deleting strategies).
     *
     * @param keep {@code keep[p]}: indices of player p's strategies to keep, in the new order
     */
    public NormalFormGame restrict(int[][] keep) {
        int n = numPlayers();
        if (keep.length != n) {
            throw new IllegalArgumentException("restriction for " + keep.length + " players, expected " + n);
        }
        List<List<String>> labels = new ArrayList<>();
        int[] newShape = new int[n];
        for (int p = 0; p < n; p++) {
            if (keep[p].length == 0) {
                throw new IllegalArgumentException("player " + (p + 1) + " would have no strategies");
            }
            List<String> l = new ArrayList<>();
            for (int s : keep[p]) {
                Objects.checkIndex(s, shape[p]);
                l.add(strategies.get(p).get(s));
            }
            labels.add(l);
            newShape[p] = keep[p].length;
        }
        int count = 1;
        for (int s : newShape) {
            count *= s;
        }
        Rational[][] pay = new Rational[n][count];
        int[] prof = new int[n];
        int[] orig = new int[n];
        for (int k = 0; k < count; k++) {
            int r = k;
            for (int p = 0; p < n; p++) {
                prof[p] = r % newShape[p];
                r /= newShape[p];
                orig[p] = keep[p][prof[p]];
            }
            int idx = profileIndex(orig);
            for (int p = 0; p < n; p++) {
                pay[p][k] = payoffs[p][idx];
            }
        }
        return new NormalFormGame(title, comment, players, labels, pay, exact);
    }

    // ---------------------------------------------------------------- access

    public String title() {
        return title;
    }

    public String comment() {
        return comment;
    }

    public int numPlayers() {
        return players.size();
    }

    public List<String> playerNames() {
        return players;
    }

    public String playerName(int p) {
        return players.get(p);
    }

    public List<List<String>> strategyLabels() {
        return strategies;
    }

    public List<String> strategyLabels(int p) {
        return strategies.get(p);
    }

    public int numStrategies(int p) {
        return shape[p];
    }

    /** Number of strategies of each player (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of pure-strategy profiles. */
    public int numProfiles() {
        return profiles;
    }

    /** True if payoffs were given exactly (not converted from doubles). */
    public boolean isExact() {
        return exact;
    }

    /** Index of a pure profile (0-based strategies), player 1 fastest. */
    public int profileIndex(int... profile) {
        if (profile.length != shape.length) {
            throw new IllegalArgumentException("profile has " + profile.length + " strategies, expected " + shape.length);
        }
        int idx = 0;
        for (int p = 0; p < shape.length; p++) {
            Objects.checkIndex(profile[p], shape[p]);
            idx += profile[p] * strides[p];
        }
        return idx;
    }

    /** The pure profile with index {@code index}. */
    public int[] profile(int index) {
        Objects.checkIndex(index, profiles);
        int[] prof = new int[shape.length];
        for (int p = 0; p < shape.length; p++) {
            prof[p] = index % shape[p];
            index /= shape[p];
        }
        return prof;
    }

    /** Stride of player p's strategy in the profile index. */
    public int stride(int p) {
        return strides[p];
    }

    public Rational payoff(int p, int... profile) {
        return payoffs[p][profileIndex(profile)];
    }

    public double payoffDouble(int p, int... profile) {
        return payoffsD[p][profileIndex(profile)];
    }

    /** Exact payoff of player p at the profile with index k. */
    public Rational payoffAt(int p, int k) {
        return payoffs[p][k];
    }

    /** Double payoff of player p at the profile with index k. */
    public double payoffDoubleAt(int p, int k) {
        return payoffsD[p][k];
    }

    /** Player p's payoffs for every profile, in index order (a copy). */
    public Rational[] payoffs(int p) {
        return payoffs[p].clone();
    }

    /** Player p's payoffs as doubles for every profile, in index order (a copy). */
    public double[] payoffsDouble(int p) {
        return payoffsD[p].clone();
    }

    /**
     * Two-player games: player p's payoff matrix, rows = player 1's strategies, columns = player 2's.
     *
     * @throws IllegalStateException if the game does not have two players
     */
    public Rational[][] matrix(int p) {
        requireTwoPlayers();
        int m = shape[0];
        int n = shape[1];
        Rational[][] a = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = payoffs[p][i + m * j];
            }
        }
        return a;
    }

    /** Two-player games: player p's payoff matrix as doubles. */
    public double[][] matrixDouble(int p) {
        requireTwoPlayers();
        int m = shape[0];
        int n = shape[1];
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = payoffsD[p][i + m * j];
            }
        }
        return a;
    }

    public boolean isTwoPlayer() {
        return shape.length == 2;
    }

    private void requireTwoPlayers() {
        if (shape.length != 2) {
            throw new IllegalStateException("this needs a two-player game; the game has " + shape.length + " players");
        }
    }

    /** True if the payoffs of all players add up to the same constant at every profile. */
    public boolean isConstantSum() {
        Rational first = null;
        for (int k = 0; k < profiles; k++) {
            Rational s = Rational.ZERO;
            for (Rational[] pay : payoffs) {
                s = s.add(pay[k]);
            }
            if (first == null) {
                first = s;
            } else if (!first.equals(s)) {
                return false;
            }
        }
        return true;
    }

    /** True if the payoffs of all players add up to zero at every profile. */
    public boolean isZeroSum() {
        for (int k = 0; k < profiles; k++) {
            Rational s = Rational.ZERO;
            for (Rational[] pay : payoffs) {
                s = s.add(pay[k]);
            }
            if (!s.isZero()) {
                return false;
            }
        }
        return true;
    }

    /** Two-player games: true if the strategy sets have equal size and B = Aᵀ. */
    public boolean isSymmetric() {
        if (shape.length != 2 || shape[0] != shape[1]) {
            return false;
        }
        int n = shape[0];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!payoffs[0][i + n * j].equals(payoffs[1][j + n * i])) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- expected payoffs

    /**
     * Expected payoff of each pure strategy of player {@code p} when the others play the mixed
     * strategies in {@code profile} (player p's own entry is ignored):
     * {@code v[s] = Σ_{s₋ₚ} u_p(s, s₋ₚ) · Π_{q≠p} x_q(s_q)}.
     */
    public double[] strategyValues(int p, double[][] profile) {
        checkProfile(profile);
        double[] v = new double[shape[p]];
        double[] pay = payoffsD[p];
        int n = shape.length;
        if (n == 2) {
            int m0 = shape[0];
            if (p == 0) {
                double[] y = profile[1];
                for (int j = 0; j < shape[1]; j++) {
                    double yj = y[j];
                    if (yj == 0) {
                        continue;
                    }
                    int base = m0 * j;
                    for (int i = 0; i < m0; i++) {
                        v[i] += pay[base + i] * yj;
                    }
                }
            } else {
                double[] x = profile[0];
                for (int j = 0; j < shape[1]; j++) {
                    int base = m0 * j;
                    double s = 0;
                    for (int i = 0; i < m0; i++) {
                        s += pay[base + i] * x[i];
                    }
                    v[j] = s;
                }
            }
            return v;
        }
        int[] prof = new int[n];
        for (int k = 0; k < profiles; k++) {
            double w = 1;
            for (int q = 0; q < n && w != 0; q++) {
                if (q != p) {
                    w *= profile[q][prof[q]];
                }
            }
            if (w != 0) {
                v[prof[p]] += w * pay[k];
            }
            increment(prof);
        }
        return v;
    }

    /** Exact version of {@link #strategyValues(int, double[][])}. */
    public Rational[] strategyValues(int p, StrategyProfile profile) {
        if (profile.numPlayers() != shape.length) {
            throw new IllegalArgumentException("profile for " + profile.numPlayers() + " players, expected " + shape.length);
        }
        Rational[] v = new Rational[shape[p]];
        Arrays.fill(v, Rational.ZERO);
        int n = shape.length;
        int[] prof = new int[n];
        for (int k = 0; k < profiles; k++) {
            Rational w = Rational.ONE;
            for (int q = 0; q < n && !w.isZero(); q++) {
                if (q != p) {
                    w = w.multiply(profile.get(q).probability(prof[q]));
                }
            }
            if (!w.isZero()) {
                v[prof[p]] = v[prof[p]].add(w.multiply(payoffs[p][k]));
            }
            increment(prof);
        }
        return v;
    }

    /** Expected payoff of player p under a mixed profile (doubles). */
    public double expectedPayoff(int p, double[][] profile) {
        double[] v = strategyValues(p, profile);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * profile[p][i];
        }
        return s;
    }

    /** Exact expected payoff of player p under a mixed profile. */
    public Rational expectedPayoff(int p, StrategyProfile profile) {
        Rational[] v = strategyValues(p, profile);
        Rational s = Rational.ZERO;
        MixedStrategy x = profile.get(p);
        for (int i = 0; i < v.length; i++) {
            s = s.add(v[i].multiply(x.probability(i)));
        }
        return s;
    }

    private void increment(int[] prof) {
        for (int q = 0; q < prof.length; q++) {
            if (++prof[q] < shape[q]) {
                return;
            }
            prof[q] = 0;
        }
    }

    private void checkProfile(double[][] profile) {
        if (profile.length != shape.length) {
            throw new IllegalArgumentException("profile for " + profile.length + " players, expected " + shape.length);
        }
        for (int q = 0; q < shape.length; q++) {
            if (profile[q].length != shape[q]) {
                throw new IllegalArgumentException("player " + (q + 1) + "'s strategy has " + profile[q].length
                        + " entries, expected " + shape[q]);
            }
        }
    }

    // ---------------------------------------------------------------- equality

    /** Same players, labels, shape and exact payoffs (title and comment included). */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NormalFormGame)) {
            return false;
        }
        NormalFormGame g = (NormalFormGame) o;
        return title.equals(g.title) && comment.equals(g.comment) && players.equals(g.players)
                && strategies.equals(g.strategies) && Arrays.deepEquals(payoffs, g.payoffs);
    }

    /** Same shape and exact payoffs, ignoring names, labels, title and comment. */
    public boolean samePayoffs(NormalFormGame g) {
        return Arrays.equals(shape, g.shape) && Arrays.deepEquals(payoffs, g.payoffs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, players, strategies, Arrays.deepHashCode(payoffs));
    }

    @Override
    public String toString() {
        return "NormalFormGame[" + (title.isEmpty() ? "" : "\"" + title + "\" ") + Arrays.toString(shape) + "]";
    }
}
