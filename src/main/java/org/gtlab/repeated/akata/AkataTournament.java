package org.gtlab.repeated.akata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtlab.repeated.Match;
import org.gtlab.repeated.MatchContext;
import org.gtlab.repeated.MatchResult;
import org.gtlab.repeated.Player;
import org.gtlab.repeated.RepeatedGame;
import org.gtlab.repeated.Seeds;
import org.gtlab.repeated.StageGame;
import org.gtlab.repeated.Strategies;
import org.gtlab.repeated.Strategy;

/**
 * The Akata tournament runner (spec §6): every ordered pair (i, j) of the roster, self-pairs
 * included, in Cartesian-product order (seat-1 index outer, seat-2 index inner), each repeated R
 * times with its own derived stream (master seed, i, j, repetition), with the replication switches
 * of §7. It runs sequentially because the Q2 and Q4 artefacts make a match depend on the previous
 * ones. The per-round log uses the authors' columns ({@code round, player1, player2, answer1,
 * answer2, points1, points2, total1, total2}).
 *
 * @throws IllegalArgumentException for an empty roster, rounds &lt; 1, R &lt; 1 or prob-end outside (0, 1]
 */
public final class AkataTournament {

    /** Totals of one tournament: [i][j][rep] for seat 1 and seat 2, and the number of rounds played. */
    public record Result(List<String> names, double[][][] total1, double[][][] total2, int[][][] turns,
                         double maxPoints1, double maxPoints2, int rounds) {

        /** Mean seat-1 total of (i, j) over repetitions. */
        public double mean1(int i, int j) {
            return mean(total1[i][j]);
        }

        /** Mean seat-2 total of (i, j) over repetitions. */
        public double mean2(int i, int j) {
            return mean(total2[i][j]);
        }

        private static double mean(double[] a) {
            double s = 0;
            for (double v : a) {
                s += v;
            }
            return s / a.length;
        }

        /** Number of matches played. */
        public int matches() {
            return names.size() * names.size() * total1[0][0].length;
        }
    }

    private final StageGame stage;
    private final int rounds;
    private final double probEnd;
    private final List<Strategy> roster;
    private final Replication switches;
    private final int repetitions;
    private final long seed;

    public AkataTournament(StageGame stage, int rounds, double probEnd, List<Strategy> roster, Replication switches,
                           int repetitions, long seed) {
        if (roster.isEmpty()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be ≥ 1, got " + rounds);
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be ≥ 1, got " + repetitions);
        }
        if (probEnd != 0 && !(probEnd > 0 && probEnd <= 1)) {
            throw new IllegalArgumentException("prob-end (the per-round ending probability) must be in (0, 1], got "
                    + probEnd);
        }
        this.stage = stage;
        this.rounds = rounds;
        this.probEnd = probEnd;
        List<Strategy> r = new ArrayList<>();
        for (Strategy s : roster) {
            r.add(switches.q3HardTftDefectFirst() && s.name().equals("hard-tit-for-tat")
                    ? Strategies.get("hard-tit-for-tat-defect-first") : s);
        }
        this.roster = r;
        this.switches = switches;
        this.repetitions = repetitions;
        this.seed = seed;
    }

    /** A fixed-length, one-repetition tournament without switches. */
    public static Result play(StageGame stage, int rounds, List<Strategy> roster) {
        return new AkataTournament(stage, rounds, 0, roster, Replication.NONE, 1, 0).play(null);
    }

    /** The repeated game actually played (Q5: the announced ending, 20 fixed rounds). */
    public RepeatedGame repeatedGame() {
        if (probEnd > 0) {
            return switches.q5AnnouncedOnly() ? RepeatedGame.fixed(stage, 20).withAnnouncedProbEnd(probEnd)
                    : new RepeatedGame(stage, 0, probEnd, 0, 1, 0);
        }
        return RepeatedGame.fixed(stage, rounds);
    }

    /**
     * Plays the tournament.
     *
     * @param log receives the per-round log in the authors' columns (header first), or null
     * @throws java.io.UncheckedIOException if the log cannot be written
     */
    public Result play(Appendable log) {
        int n = roster.size();
        RepeatedGame g = repeatedGame();
        Match engine = new Match(g, switches.q1SwappedBeliefs());
        Map<String, long[]> sequences = new HashMap<>();
        MatchContext.SharedState shared = switches.q2SharedAlternation()
                ? key -> sequences.computeIfAbsent(key, k -> new long[1])[0]++ : null;
        int[][] carried = {null, null};
        double[][][] t1 = new double[n][n][repetitions];
        double[][][] t2 = new double[n][n][repetitions];
        int[][][] turns = new int[n][n][repetitions];
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        try {
            if (log != null) {
                log.append("round,player1,player2,answer1,answer2,points1,points2,total1,total2\n");
            }
            for (int r = 0; r < repetitions; r++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        Player p1 = roster.get(i).create();
                        Player p2 = roster.get(j).create();
                        String name1 = roster.get(i).name();
                        String name2 = roster.get(j).name();
                        IOException[] failed = {null};
                        Match.RoundListener listener = (t, a1, a2, u1, u2, tot1, tot2, pr1, pr2) -> {
                            max[0] = Math.max(max[0], u1);
                            max[1] = Math.max(max[1], u2);
                            if (log != null && failed[0] == null) {
                                try {
                                    log.append(Integer.toString(t)).append(',').append(name1).append(',')
                                            .append(name2).append(',').append(stage.labels1().get(a1)).append(',')
                                            .append(stage.labels2().get(a2)).append(',').append(num(u1)).append(',')
                                            .append(num(u2)).append(',').append(num(tot1)).append(',')
                                            .append(num(tot2)).append('\n');
                                } catch (IOException e) {
                                    failed[0] = e;
                                }
                            }
                        };
                        MatchResult res = engine.play(p1, p2, Seeds.derive(seed, i, j, r), shared,
                                switches.q4MemoryCarryOver() ? carried[0] : null,
                                switches.q4MemoryCarryOver() ? carried[1] : null, listener);
                        if (failed[0] != null) {
                            throw failed[0];
                        }
                        if (switches.q4MemoryCarryOver()) {
                            carried[0] = engine.lastOpponentMoves(1, 3);
                            carried[1] = engine.lastOpponentMoves(2, 3);
                        }
                        t1[i][j][r] = res.total1();
                        t2[i][j][r] = res.total2();
                        turns[i][j][r] = res.turns();
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        for (Strategy s : roster) {
            names.add(s.name());
        }
        return new Result(names, t1, t2, turns, max[0], max[1], g.rounds());
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The authors' normalised score (spec §6, all_games.r): total / (rounds × the largest points the
     * seat received in the game's log).
     *
     * @throws IllegalArgumentException if the largest observed points are not positive
     */
    public static double normalised(double total, double largestObserved, int rounds) {
        if (!(largestObserved > 0)) {
            throw new IllegalArgumentException("normalised score: the largest observed points must be > 0, got "
                    + largestObserved);
        }
        return total / (rounds * largestObserved);
    }

    /**
     * Per-family averages over the 144 games (spec §6.4): for every game, a {@code rounds}-round
     * tournament of the roster; each match's seat totals normalised by that game's observed maxima;
     * the mean normalised total per strategy and family, pooled over seats and opponents.
     *
     * @return family → per-strategy means (roster order)
     */
    public static Map<String, double[]> familyAverages(List<StageGame> games, List<Strategy> roster, int rounds,
                                                       Replication switches, long seed) {
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        int n = roster.size();
        for (StageGame g : games) {
            Result r = new AkataTournament(g, rounds, 0, roster, switches, 1, seed).play(null);
            String fam = g.info() == null ? "" : g.info().family();
            double[] s = sums.computeIfAbsent(fam, k -> new double[n]);
            int[] c = counts.computeIfAbsent(fam, k -> new int[n]);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s[i] += normalised(r.mean1(i, j), r.maxPoints1(), r.rounds());
                    c[i]++;
                    s[j] += normalised(r.mean2(i, j), r.maxPoints2(), r.rounds());
                    c[j]++;
                }
            }
        }
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            int[] c = counts.get(e.getKey());
            for (int i = 0; i < n; i++) {
                e.getValue()[i] /= c[i];
            }
        }
        return sums;
    }
}
