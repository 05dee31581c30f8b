package org.gtlab.solve.vertex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.gtlab.compute.Workers;
import org.gtlab.math.Cancellation;

/**
 * Enumerates the vertices of one or more {@link Polytope}s by reverse search (Avis and Fukuda,
 * "A pivoting algorithm for convex hulls and vertex enumeration of arrangements and polyhedra",
 * Discrete Comput. Geom. 8 (1992); Avis, lrs, 2000) on the calling thread, helped by tasks on the
 * shared {@link Workers} budget when one is given.
 *
 * <p>The lexicographically feasible bases form a tree rooted at the slack basis (z = 0): the
 * parent of a basis is where one simplex pivot for "minimise Σz" with Bland's rule and the
 * lexicographic ratio test leads ({@link LexDictionary#isReverseSearchChild}). A depth-first walk
 * of that tree visits every basis once, needs no set of visited bases, and stores one dictionary
 * per tree level to return from a child by copying instead of pivoting back. Subtrees are
 * independent, which gives the parallelism: when a worker runs out of work it raises a flag, and a
 * busy worker hands over the unexplored columns of its shallowest open tree level, as a copy of
 * that level's dictionary (work sharing; cf. mplrs, Avis and Jordan 2018). Each worker keeps its
 * own vertex sets; they are merged at the end, so the result is independent of scheduling except
 * for the order of the vertices (callers sort what they output).
 */
final class VertexSearch {

    /** Receives the running count of bases of polytope {@code p}; may throw to stop the search. */
    interface Monitor {
        void poll(int polytope, long bases);
    }

    /** How often (in bases) a worker reports progress and checks for cancellation. */
    static final int POLL_EVERY = 256;

    private static final class Job {
        final int polytope;
        final LexDictionary dict;
        final int firstColumn;

        Job(int polytope, LexDictionary dict, int firstColumn) {
            this.polytope = polytope;
            this.dict = dict;
            this.firstColumn = firstColumn;
        }
    }

    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Polytope[] polys;
    private final Monitor monitor;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final AtomicLong[] bases;
    /** Workers that have started (the caller included); guarded by this. */
    private final List<Worker> started = new ArrayList<>();
    /** Started workers that have not yet left their loop; guarded by this. */
    private int running;
    private int idle;
    private boolean finished;
    private volatile boolean hungry;
    private volatile boolean stop;
    private Throwable failure;

    private VertexSearch(Polytope[] polys, Monitor monitor) {
        this.polys = polys;
        this.monitor = monitor;
        this.bases = new AtomicLong[polys.length];
        for (int p = 0; p < polys.length; p++) {
            bases[p] = new AtomicLong();
        }
    }

    /**
     * The vertices of each polytope as complete label sets, the origin z = 0 included, in an order
     * that depends on scheduling.
     * Runs on the calling thread, helped by up to {@code threads − 1} tasks handed to
     * {@code workers} with {@link Workers#tryExecute} (none when {@code workers} is null): a helper
     * the budget refuses is simply not started, and a helper that starts after the work is done
     * leaves at once, so the search never waits for a worker and cannot deadlock a full budget.
     * The calling thread polls {@link Cancellation#check()}.
     */
    static MaskIndex[] run(Polytope[] polys, int threads, Workers workers, Monitor monitor) {
        VertexSearch vs = new VertexSearch(polys, monitor);
        return vs.execute(workers == null ? 1 : Math.max(1, threads), workers);
    }

    private MaskIndex[] execute(int threads, Workers pool) {
        for (int p = 0; p < polys.length; p++) {
            queue.add(new Job(p, polys[p].rootDictionary(), 1));
        }
        Worker caller = new Worker(true);
        synchronized (this) {
            started.add(caller);
            running++;
        }
        for (int k = 1; k < threads; k++) {
            Worker w = new Worker(false);
            if (!pool.tryExecute(() -> help(w))) {
                break; // the budget is busy: the caller (and the helpers already started) do the work
            }
        }
        try {
            caller.loop();
        } catch (Stopped e) {
            // a helper failed: reported below
        } catch (RuntimeException | Error e) {
            fail(e);
        } finally {
            leave();
        }
        List<Worker> ws = awaitHelpers();
        synchronized (this) {
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error er) {
                throw er;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
        MaskIndex[] out = new MaskIndex[polys.length];
        for (int p = 0; p < polys.length; p++) {
            Polytope poly = polys[p];
            int largest = 0;
            for (int k = 1; k < ws.size(); k++) {
                if (ws.get(k).vertices[p].size() > ws.get(largest).vertices[p].size()) {
                    largest = k;
                }
            }
            MaskIndex merged = ws.get(largest).vertices[p];
            for (int k = 0; k < ws.size(); k++) {
                MaskIndex vi = ws.get(k).vertices[p];
                if (k != largest) {
                    for (int v = 0; v < vi.size(); v++) {
                        merged.add(vi.keys(), v * poly.words);
                    }
                }
            }
            long[] origin = new long[poly.words];
            poly.labels(poly.rootDictionary(), origin);
            merged.add(origin, 0);
            out[p] = merged;
        }
        return out;
    }

    /** A helper task: joins the search unless it is already over, then works until it ends. */
    private void help(Worker w) {
        synchronized (this) {
            if (finished || stop) {
                return;
            }
            started.add(w);
            running++;
        }
        try {
            w.loop();
        } catch (Stopped e) {
            // another worker failed or the job was cancelled
        } catch (Throwable e) {
            fail(e);
        } finally {
            leave();
        }
    }

    private synchronized void leave() {
        running--;
        notifyAll();
    }

    /** Waits until every started helper has left its loop; the started workers, caller first. */
    private List<Worker> awaitHelpers() {
        boolean interrupted = false;
        synchronized (this) {
            // the caller has left: no helper may join any more
            finished = true;
            while (running > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return new ArrayList<>(started);
        }
    }

    private synchronized void fail(Throwable e) {
        if (failure == null || (failure instanceof CancellationException && !(e instanceof CancellationException))) {
            failure = e;
        }
        stop = true;
        notifyAll();
    }

    /** The next job, or null when all work is done (or the search is stopping). */
    private synchronized Job take(boolean caller) {
        while (true) {
            if (stop) {
                throw new Stopped();
            }
            Job j = queue.poll();
            if (j != null) {
                return j;
            }
            if (finished || idle == running - 1) {
                finished = true;
                hungry = false;
                notifyAll();
                return null;
            }
            idle++;
            hungry = true;
            try {
                wait(caller ? 20 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                idle--;
            }
            if (caller) {
                Cancellation.check();
            }
        }
    }

    private synchronized void give(Job j) {
        queue.add(j);
        hungry = false;
        notifyAll();
    }

    private final class Worker {
        final boolean caller;
        final MaskIndex[] vertices;
        final long[] buf;
        LexDictionary[] saved = new LexDictionary[0];
        boolean[] savedValid = new boolean[0];
        int[] next = new int[0];
        long sincePoll;

        Worker(boolean caller) {
            this.caller = caller;
            this.vertices = new MaskIndex[polys.length];
            int w = 1;
            // many polytopes (the faces of one join) are small: start their sets small
            int expected = polys.length > 64 ? 16 : 1 << 10;
            for (int p = 0; p < polys.length; p++) {
                vertices[p] = new MaskIndex(polys[p].words, expected);
                w = Math.max(w, polys[p].words);
            }
            this.buf = new long[w];
        }

        void loop() {
            while (true) {
                Job j = take(caller);
                if (j == null) {
                    return;
                }
                process(j);
            }
        }

        private void ensureLevels(int depth, LexDictionary like) {
            if (depth < next.length) {
                if (saved[depth] == null || saved[depth].h != like.h || saved[depth].d != like.d
                        || saved[depth].rows != like.rows) {
                    saved[depth] = like.copy();
                }
                return;
            }
            int n = Math.max(16, depth * 2);
            saved = java.util.Arrays.copyOf(saved, n);
            savedValid = java.util.Arrays.copyOf(savedValid, n);
            next = java.util.Arrays.copyOf(next, n);
            saved[depth] = like.copy();
        }

        /** Leaving row of the child found by {@link #nextChild}. */
        private int childRow;

        /*
         * The walk is split into small methods on purpose: each is called once per tree node, so
         * the JIT compiles them after a few hundred nodes, while a single long loop would run in the
         * interpreter until its back-edge counter triggers on-stack replacement (tens of thousands
         * of iterations: most of a small game).
         */
        private void process(Job job) {
            final int p = job.polytope;
            final LexDictionary cur = job.dict;
            ensureLevels(0, cur);
            int depth = 0;
            next[0] = job.firstColumn;
            savedValid[0] = false;
            sincePoll = 0;
            while (true) {
                int s = nextChild(cur, depth);
                if (s < 0) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                    cur.copyFrom(saved[depth]);
                } else {
                    depth = descend(p, cur, depth, childRow, s);
                }
            }
            report(p, sincePoll);
        }

        /**
         * The next column at this level (from {@code next[depth]} on) whose pivot leads to a child
         * in the reverse-search tree, with its row in {@link #childRow}; -1 when there is none.
         */
        private int nextChild(LexDictionary cur, int depth) {
            final int d = cur.d;
            final int h = cur.h;
            for (int s = next[depth]; s <= d; s++) {
                if (cur.signAt(h, s) >= 0) {
                    continue;
                }
                int r = cur.ratioTest(s);
                if (r >= 0 && cur.isReverseSearchChild(r, s)) {
                    next[depth] = s + 1;
                    childRow = r;
                    return s;
                }
            }
            next[depth] = d + 1;
            return -1;
        }

        /** Enters the child (r, s), records its vertex; returns the new depth. */
        private int descend(int p, LexDictionary cur, int depth, int r, int s) {
            if (!savedValid[depth]) {
                saved[depth].copyFrom(cur);
                savedValid[depth] = true;
            }
            cur.pivot(r, s);
            depth++;
            ensureLevels(depth, cur);
            next[depth] = 1;
            savedValid[depth] = false;
            polys[p].labels(cur, buf);
            vertices[p].add(buf, 0);
            if (hungry) {
                share(p, cur, depth);
            }
            if (++sincePoll == POLL_EVERY) {
                report(p, sincePoll);
                sincePoll = 0;
            }
            return depth;
        }

        /** Hands the unexplored columns of the shallowest open level to an idle worker. */
        private void share(int p, LexDictionary cur, int depth) {
            int d = cur.d;
            for (int lvl = 0; lvl <= depth; lvl++) {
                if (next[lvl] <= d) {
                    LexDictionary copy = lvl == depth ? cur.copy() : saved[lvl].copy();
                    give(new Job(p, copy, next[lvl]));
                    next[lvl] = d + 1;
                    return;
                }
            }
        }

        private void report(int p, long count) {
            if (stop) {
                throw new Stopped();
            }
            if (caller) {
                Cancellation.check();
            }
            long total = bases[p].addAndGet(count);
            monitor.poll(p, total);
        }
    }
}
