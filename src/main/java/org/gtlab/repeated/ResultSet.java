package org.gtlab.repeated;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Axelrod-style results of a tournament: per-match totals (seat 1 and seat 2), turns and cooperation
 * counts for every (pair, repetition), and from them
 * <ul>
 *   <li>the payoff matrix P[i][j] = mean points per turn of i against j, pooled over both seats
 *       (matches (i, j) as seat 1 and (j, i) as seat 2) and repetitions;</li>
 *   <li>each player's mean score per turn = the mean of its row of P over the opponents it met
 *       (self included), and its per-repetition scores (for box plots);</li>
 *   <li>wins: matches (either seat, self-play excluded) in which the player scored strictly more;</li>
 *   <li>cooperation rates (matrix and overall), payoff differences P[i][j] − P[j][i], the ranking by
 *       mean score per turn (ties by name);</li>
 *   <li>CSV: {@code pairs.csv} and {@code ranking.csv} in the formats of {@code gtlab tournament}.</li>
 * </ul>
 */
public final class ResultSet {

    private final List<Strategy> players;
    private final int repetitions;
    private final List<int[]> pairs;
    private final double[] total1;
    private final double[] total2;
    private final int[] turns;
    private final int[] coop1;
    private final int[] coop2;

    private final double[][] payoff;
    private final double[][] coopRate;
    private final double[] meanScore;
    private final double[][] repScores;
    private final int[] wins;
    private final double[] cooperation;
    private final int[] ranking;

    /** Collects match results (thread-safe for distinct pair indices). */
    static final class Builder {
        final List<Strategy> players;
        final int repetitions;
        final List<int[]> pairs;
        final double[] total1;
        final double[] total2;
        final int[] turns;
        final int[] coop1;
        final int[] coop2;

        Builder(List<Strategy> players, int repetitions, List<int[]> pairs) {
            this.players = players;
            this.repetitions = repetitions;
            this.pairs = pairs;
            int size = pairs.size() * repetitions;
            total1 = new double[size];
            total2 = new double[size];
            turns = new int[size];
            coop1 = new int[size];
            coop2 = new int[size];
        }

        void put(int pair, int rep, MatchResult r) {
            int k = pair * repetitions + rep;
            total1[k] = r.total1();
            total2[k] = r.total2();
            turns[k] = r.turns();
            coop1[k] = r.cooperations1();
            coop2[k] = r.cooperations2();
        }

        ResultSet build() {
            return new ResultSet(this);
        }

        /** The result set of the first {@code pairsDone} pairs only. */
        ResultSet buildPartial(int pairsDone) {
            if (pairsDone >= pairs.size()) {
                return build();
            }
            Builder b = new Builder(players, repetitions, pairs.subList(0, pairsDone));
            int size = pairsDone * repetitions;
            System.arraycopy(total1, 0, b.total1, 0, size);
            System.arraycopy(total2, 0, b.total2, 0, size);
            System.arraycopy(turns, 0, b.turns, 0, size);
            System.arraycopy(coop1, 0, b.coop1, 0, size);
            System.arraycopy(coop2, 0, b.coop2, 0, size);
            return b.build();
        }
    }

    private ResultSet(Builder b) {
        this.players = b.players;
        this.repetitions = b.repetitions;
        this.pairs = b.pairs;
        this.total1 = b.total1;
        this.total2 = b.total2;
        this.turns = b.turns;
        this.coop1 = b.coop1;
        this.coop2 = b.coop2;
        int n = players.size();
        double[][] pts = new double[n][n];
        double[][] tns = new double[n][n];
        double[][] cps = new double[n][n];
        double[][][] repPts = new double[n][repetitions][];
        double[][] rp = new double[n][repetitions];
        double[][] rt = new double[n][repetitions];
        wins = new int[n];
        boolean[][] met = new boolean[n][n];
        for (int k = 0; k < pairs.size(); k++) {
            int i = pairs.get(k)[0];
            int j = pairs.get(k)[1];
            met[i][j] = true;
            met[j][i] = true;
            for (int r = 0; r < repetitions; r++) {
                int x = k * repetitions + r;
                pts[i][j] += total1[x];
                tns[i][j] += turns[x];
                cps[i][j] += coop1[x];
                pts[j][i] += total2[x];
                tns[j][i] += turns[x];
                cps[j][i] += coop2[x];
                if (i != j) {
                    if (total1[x] > total2[x]) {
                        wins[i]++;
                    } else if (total2[x] > total1[x]) {
                        wins[j]++;
                    }
                }
            }
        }
        payoff = new double[n][n];
        coopRate = new double[n][n];
        meanScore = new double[n];
        cooperation = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double ct = 0;
            double tt = 0;
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (tns[i][j] > 0) {
                    payoff[i][j] = pts[i][j] / tns[i][j];
                    coopRate[i][j] = cps[i][j] / tns[i][j];
                    sum += payoff[i][j];
                    ct += cps[i][j];
                    tt += tns[i][j];
                    count++;
                } else {
                    payoff[i][j] = Double.NaN;
                    coopRate[i][j] = Double.NaN;
                }
            }
            meanScore[i] = count == 0 ? Double.NaN : sum / count;
            cooperation[i] = tt == 0 ? Double.NaN : ct / tt;
        }
        // per-repetition scores: mean over opponents of the per-turn score in that repetition
        repScores = new double[n][repetitions];
        for (int r = 0; r < repetitions; r++) {
            double[][] p = new double[n][n];
            double[][] t = new double[n][n];
            for (int k = 0; k < pairs.size(); k++) {
                int i = pairs.get(k)[0];
                int j = pairs.get(k)[1];
                int x = k * repetitions + r;
                p[i][j] += total1[x];
                t[i][j] += turns[x];
                p[j][i] += total2[x];
                t[j][i] += turns[x];
            }
            for (int i = 0; i < n; i++) {
                double s = 0;
                int c = 0;
                for (int j = 0; j < n; j++) {
                    if (t[i][j] > 0) {
                        s += p[i][j] / t[i][j];
                        c++;
                    }
                }
                repScores[i][r] = c == 0 ? Double.NaN : s / c;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -meanScore[i])
                .thenComparing(i -> players.get(i).name()));
        ranking = new int[n];
        for (int i = 0; i < n; i++) {
            ranking[i] = order[i];
        }
    }

    public List<Strategy> players() {
        return players;
    }

    public List<String> names() {
        List<String> l = new ArrayList<>();
        for (Strategy s : players) {
            l.add(s.name());
        }
        return l;
    }

    public int repetitions() {
        return repetitions;
    }

    /** Number of pairs played. */
    public int pairCount() {
        return pairs.size();
    }

    /** The ordered pair (i, j) of pair index k. */
    public int[] pair(int k) {
        return pairs.get(k).clone();
    }

    /** Seat 1's total in pair k, repetition r. */
    public double total1(int k, int r) {
        return total1[k * repetitions + r];
    }

    /** Seat 2's total in pair k, repetition r. */
    public double total2(int k, int r) {
        return total2[k * repetitions + r];
    }

    public int turns(int k, int r) {
        return turns[k * repetitions + r];
    }

    public int cooperations1(int k, int r) {
        return coop1[k * repetitions + r];
    }

    public int cooperations2(int k, int r) {
        return coop2[k * repetitions + r];
    }

    /** Mean seat-1 total of pair (i, j) over repetitions, or NaN if (i, j) was not played. */
    public double meanTotal1(int i, int j) {
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.get(k)[0] == i && pairs.get(k)[1] == j) {
                double s = 0;
                for (int r = 0; r < repetitions; r++) {
                    s += total1(k, r);
                }
                return s / repetitions;
            }
        }
        return Double.NaN;
    }

    /** Mean seat-2 total of pair (i, j). */
    public double meanTotal2(int i, int j) {
        for (int k = 0; k < pairs.size(); k++) {
            if (pairs.get(k)[0] == i && pairs.get(k)[1] == j) {
                double s = 0;
                for (int r = 0; r < repetitions; r++) {
                    s += total2(k, r);
                }
                return s / repetitions;
            }
        }
        return Double.NaN;
    }

    /** P[i][j]: i's mean points per turn against j (NaN if they never met). */
    public double[][] payoffMatrix() {
        return deep(payoff);
    }

    /** P[i][j] − P[j][i]. */
    public double[][] payoffDifferences() {
        int n = payoff.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = payoff[i][j] - payoff[j][i];
            }
        }
        return d;
    }

    /** i's cooperation rate against j. */
    public double[][] cooperationMatrix() {
        return deep(coopRate);
    }

    /** Each player's overall cooperation rate. */
    public double[] cooperationRates() {
        return cooperation.clone();
    }

    /** Each player's mean score per turn. */
    public double[] meanScores() {
        return meanScore.clone();
    }

    /** Scores per repetition: [player][repetition]. */
    public double[][] repetitionScores() {
        return deep(repScores);
    }

    /** Wins per player. */
    public int[] wins() {
        return wins.clone();
    }

    /** Player indices from first to last. */
    public int[] ranking() {
        return ranking.clone();
    }

    /** Ranked names. */
    public List<String> rankedNames() {
        List<String> l = new ArrayList<>();
        for (int i : ranking) {
            l.add(players.get(i).name());
        }
        return l;
    }

    private static double[][] deep(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** A number for CSV: integers without a decimal point, others in shortest round-trip form. */
    public static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * Writes {@code pairs.csv}: header {@code player,opponent,repetition,score,opponent_score,turns,cooperation};
     * one row per ordered pair and repetition (repetitions numbered from 1); scores are match totals;
     * cooperation is the player's (seat 1's) cooperation rate in the match.
     */
    public void writePairs(Appendable out) throws IOException {
        out.append("player,opponent,repetition,score,opponent_score,turns,cooperation\n");
        for (int k = 0; k < pairs.size(); k++) {
            String a = players.get(pairs.get(k)[0]).name();
            String b = players.get(pairs.get(k)[1]).name();
            for (int r = 0; r < repetitions; r++) {
                int t = turns(k, r);
                out.append(a).append(',').append(b).append(',').append(Integer.toString(r + 1)).append(',')
                        .append(num(total1(k, r))).append(',').append(num(total2(k, r))).append(',')
                        .append(Integer.toString(t)).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", t == 0 ? 0.0 : (double) cooperations1(k, r) / t))
                        .append('\n');
            }
        }
    }

    /** Writes {@code ranking.csv}: {@code rank,player,mean_score_per_turn,wins}. */
    public void writeRanking(Appendable out) throws IOException {
        out.append("rank,player,mean_score_per_turn,wins\n");
        for (int r = 0; r < ranking.length; r++) {
            int i = ranking[r];
            out.append(Integer.toString(r + 1)).append(',').append(players.get(i).name()).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", meanScore[i])).append(',')
                    .append(Integer.toString(wins[i])).append('\n');
        }
    }

    /** Writes the payoff matrix as CSV (first column the player, then one column per opponent). */
    public void writePayoffMatrix(Appendable out) throws IOException {
        out.append("player");
        for (Strategy s : players) {
            out.append(',').append(s.name());
        }
        out.append('\n');
        for (int i = 0; i < players.size(); i++) {
            out.append(players.get(i).name());
            for (int j = 0; j < players.size(); j++) {
                out.append(',').append(String.format(Locale.ROOT, "%.6f", payoff[i][j]));
            }
            out.append('\n');
        }
    }
}
