package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A round-robin tournament (Axelrod 1980; spec §6): every ordered pair (i, j) of the roster,
 * self-pairs included, with i in seat 1 and j in seat 2, repeated R times — or, with spatial edges,
 * only the listed ordered pairs. Match (i, j, r) draws from streams derived from
 * (master seed, i, j, r), so results are identical for any executor and thread count.
 *
 * <p>Per-match totals, turns and cooperation counts are kept (5 numbers per match), never the rounds,
 * so memory grows with n²·R and not with the number of turns. A pairing of two deterministic
 * strategies in a fixed-length noiseless game plays the same match in every repetition; it is played
 * once and its result reused (the Axelrod library caches the same way).
 *
 * @throws IllegalArgumentException (constructor) for an empty roster, R &lt; 1 or an edge outside the
 *                                  roster
 */
public final class Tournament {

    private final RepeatedGame game;
    private final List<Strategy> players;
    private final int repetitions;
    private final long seed;
    private final List<int[]> pairs;

    public Tournament(RepeatedGame game, List<Strategy> players, int repetitions, long seed, List<int[]> edges) {
        if (players == null || players.isEmpty()) {
            throw new IllegalArgumentException("players: the roster is empty");
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be ≥ 1, got " + repetitions);
        }
        this.game = game;
        this.players = List.copyOf(players);
        this.repetitions = repetitions;
        this.seed = seed;
        int n = players.size();
        List<int[]> p = new ArrayList<>();
        if (edges == null) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p.add(new int[] {i, j});
                }
            }
        } else {
            for (int[] e : edges) {
                if (e.length != 2 || e[0] < 0 || e[0] >= n || e[1] < 0 || e[1] >= n) {
                    throw new IllegalArgumentException("edges: pair " + java.util.Arrays.toString(e)
                            + " is outside the roster of " + n);
                }
                p.add(e.clone());
            }
        }
        this.pairs = p;
    }

    /** A full round robin. */
    public Tournament(RepeatedGame game, List<Strategy> players, int repetitions, long seed) {
        this(game, players, repetitions, seed, null);
    }

    public RepeatedGame game() {
        return game;
    }

    public List<Strategy> players() {
        return players;
    }

    public int repetitions() {
        return repetitions;
    }

    public long seed() {
        return seed;
    }

    /** The ordered pairs played, in order. */
    public List<int[]> pairs() {
        List<int[]> l = new ArrayList<>();
        for (int[] p : pairs) {
            l.add(p.clone());
        }
        return l;
    }

    /** Number of matches (pairs × repetitions). */
    public long matches() {
        return (long) pairs.size() * repetitions;
    }

    /** The seed of match (i, j, repetition). */
    public long matchSeed(int i, int j, int rep) {
        return Seeds.derive(seed, i, j, rep);
    }

    /** Plays everything on the calling thread. */
    public ResultSet play() {
        return play(null, 0, null, () -> false);
    }

    /**
     * Plays the tournament.
     *
     * @param executor  runs the tasks (null = the calling thread); the result does not depend on it
     * @param tasks     how many tasks to split the pairs into (≤ 0: one per pair row)
     * @param progress  receives the number of matches finished so far (any thread), or null
     * @param cancelled polled between matches; when it turns true, play stops and throws
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public ResultSet play(Executor executor, int tasks, IntConsumer progress, BooleanSupplier cancelled) {
        ResultSet.Builder out = new ResultSet.Builder(players, repetitions, pairs);
        int np = pairs.size();
        int t = tasks <= 0 ? Math.max(1, players.size()) : tasks;
        t = Math.min(t, np);
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        if (executor == null || t == 1) {
            playRange(0, np, out, done, progress, cancelled);
        } else {
            CountDownLatch latch = new CountDownLatch(t);
            for (int k = 0; k < t; k++) {
                int from = (int) ((long) np * k / t);
                int to = (int) ((long) np * (k + 1) / t);
                executor.execute(() -> {
                    try {
                        playRange(from, to, out, done, progress, cancelled);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        latch.countDown();
                    }
                });
            }
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("tournament interrupted");
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error er) {
                throw er;
            }
        }
        return out.build();
    }

    /** Plays pairs [from, to) into the builder (each pair index is written by exactly one task). */
    void playRange(int from, int to, ResultSet.Builder out, AtomicInteger done, IntConsumer progress,
                   BooleanSupplier cancelled) {
        Match engine = new Match(game);
        boolean cacheable = game.noise() == 0 && !game.geometric();
        for (int k = from; k < to; k++) {
            int i = pairs.get(k)[0];
            int j = pairs.get(k)[1];
            Strategy a = players.get(i);
            Strategy b = players.get(j);
            boolean deterministic = cacheable && !a.stochastic() && !b.stochastic();
            MatchResult first = null;
            for (int r = 0; r < repetitions; r++) {
                if (cancelled != null && cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("tournament cancelled");
                }
                MatchResult res = deterministic && first != null ? first
                        : engine.play(a.create(), b.create(), matchSeed(i, j, r));
                if (first == null) {
                    first = res;
                }
                out.put(k, r, res);
                int d = done.incrementAndGet();
                if (progress != null) {
                    progress.accept(d);
                }
            }
        }
    }
}
