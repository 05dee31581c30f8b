package org.gtlab.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.gtlab.math.Cancellation;

/**
 * Progressive refinement of a two-parameter map, as pure steps over immutable {@link State}s (the
 * run pipeline's {@code Experiment} shape; {@code run.methods.sweep.SweepExperiment} adapts it).
 *
 * <p>Algorithm: let s₀ be the largest power of two for which the coarse lattice
 * I(s) = {0, s, 2s, …} ∪ {n − 1} still has at least 8 points on the longer axis (s₀ = 1 without
 * refinement). Level 0 computes every cell of I(s₀) × I(s₀). After a level with stride s, each block
 * between consecutive lattice points whose four corners agree (same category; or, for a continuous
 * metric, all within {@code tolerance} × the range of the level-0 values) is filled with its corner
 * values and never refined again; every other block has the lattice points of I(s/2) inside it
 * (edges included) computed at the next level. The last level has stride 1. So every cell is either
 * <em>computed</em> (final: its value never changes afterwards) or <em>filled</em> from the
 * agreeing corners of the smallest block around it; an edge cell filled by one block and computed
 * for a refining neighbour becomes computed. Without refinement every cell is computed.
 *
 * <p>First picture: level 0 is computed coarse-to-fine. Its cells on the sub-lattice
 * I(s_p) × I(s_p), s_p the largest power-of-two multiple of s₀ with ⌊(n − 1)/s_p⌋ ≥ 3 on the longer
 * axis (4 to 7 lattice points: at most 7 × 7 cells whatever the grid), come first in a
 * step of their own; every other cell then shows the value of its nearest preview point (a picture
 * streamed before anything else, however slow a cell is), and the rest of level 0 follows. The
 * preview only reorders level 0: the cells computed and their values are those without it.
 *
 * <p>Each step evaluates up to {@code chunk} pending cells (all seeds) through the
 * {@link CellFunction}, first asking the {@link CellCache}; values are thereby identical for any
 * chunking, batching, resume or cache state. Calls {@link Cancellation#check()} between batches.
 *
 * <p>Failure modes: more than {@link #MAX_CELLS} cells, no seeds, or a chunk &lt; 1 throw
 * {@link IllegalArgumentException} at construction.
 */
public final class SweepEngine {

    /** The largest grid a sweep accepts. */
    public static final long MAX_CELLS = 4_000_000L;

    private final Axis x;
    private final Axis y;
    private final SweepMetric metric;
    private final CellFunction function;
    private final int seedCount;
    private final boolean refine;
    private final double tolerance;
    private final int chunk;
    private final CellCache cache;
    private final double[] xv;
    private final double[] yv;
    private final int s0;
    /** Level-0 cells of the preview sub-lattice (they lead level 0's pending list); 0: no preview. */
    private final int preview;
    private final int sp;
    private final org.gtlab.compute.Workers workers;

    /**
     * @param tolerance relative tolerance for "continuous corners agree" (ignored for categorical metrics)
     * @param cache     where values are looked up and stored (not null; {@link CellCache#inMemory()})
     */
    public SweepEngine(Axis x, Axis y, SweepMetric metric, CellFunction function, int seedCount, boolean refine,
            double tolerance, int chunk, CellCache cache) {
        this(x, y, metric, function, seedCount, refine, tolerance, chunk, cache, null);
    }

    /**
     * As above, with a worker budget: the cells of a step are evaluated in sub-batches spread over
     * the idle workers ({@link org.gtlab.compute.Workers#runParts}); values are the same as on one
     * thread because a cell's value does not depend on its batch ({@link CellFunction}).
     *
     * @param workers the budget, or null for the caller's thread only
     */
    public SweepEngine(Axis x, Axis y, SweepMetric metric, CellFunction function, int seedCount, boolean refine,
            double tolerance, int chunk, CellCache cache, org.gtlab.compute.Workers workers) {
        this.workers = workers;
        this.x = Objects.requireNonNull(x, "x");
        this.y = Objects.requireNonNull(y, "y");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.function = Objects.requireNonNull(function, "function");
        this.cache = Objects.requireNonNull(cache, "cache");
        long cells = (long) x.n() * y.n();
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("a sweep of " + x.n() + " × " + y.n() + " = " + cells
                    + " cells is too large; the limit is " + MAX_CELLS);
        }
        if (seedCount < 1) {
            throw new IllegalArgumentException("a sweep needs at least one seed per cell, got " + seedCount);
        }
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be ≥ 1, got " + chunk);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be ≥ 0, got " + tolerance);
        }
        this.seedCount = seedCount;
        this.refine = refine;
        this.tolerance = tolerance;
        this.chunk = chunk;
        this.xv = x.values();
        this.yv = y.values();
        int s = 1;
        if (refine) {
            int longer = Math.max(x.n(), y.n());
            while ((longer - 1) / (s * 2) >= 8) {
                s *= 2;
            }
        }
        this.s0 = s;
        int longer = Math.max(x.n(), y.n());
        int p = s;
        while ((longer - 1) / (p * 2) >= 3) {
            p *= 2;
        }
        this.sp = p;
        this.preview = p == s ? 0 : lattice(x.n(), p).length * lattice(y.n(), p).length;
    }

    /**
     * Cells of the first picture: the level-0 cells on the preview sub-lattice, computed before the
     * rest of level 0 (0 when level 0 is already that coarse).
     */
    public int previewCells() {
        return preview;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    public SweepMetric metric() {
        return metric;
    }

    /** Seeds per cell: the run seed s and s + 1, …, s + seedCount − 1. */
    public int seedCount() {
        return seedCount;
    }

    public CellCache cache() {
        return cache;
    }

    /** Number of levels: log₂ s₀ + 1. */
    public int levels() {
        return Integer.numberOfTrailingZeros(s0) + 1;
    }

    /**
     * The state of a sweep: values (row-major, y rows × x columns; NaN where nothing is known yet),
     * which cells are computed, the current level and its pending cells. Immutable.
     */
    public static final class State {
        final double[] values;
        final boolean[] computed;
        final int level;
        final int stride;
        final int[] pending;
        final int next;
        final int computedCount;
        final double lo;
        final double hi;
        final long seed;

        State(double[] values, boolean[] computed, int level, int stride, int[] pending, int next, int computedCount,
                double lo, double hi, long seed) {
            this.seed = seed;
            this.values = values;
            this.computed = computed;
            this.level = level;
            this.stride = stride;
            this.pending = pending;
            this.next = next;
            this.computedCount = computedCount;
            this.lo = lo;
            this.hi = hi;
        }

        /** The current values (a copy), row-major y × x; NaN where nothing is known. */
        public double[] values() {
            return values.clone();
        }

        /** Which cells are computed (final), row-major (a copy). */
        public boolean[] computed() {
            return computed.clone();
        }

        /** The level being computed (0 = coarse). */
        public int level() {
            return level;
        }

        /** Stride of the current level. */
        public int stride() {
            return stride;
        }

        /** Cells computed so far. */
        public int computedCount() {
            return computedCount;
        }

        /** Cells of the current level still to compute. */
        public int pendingCount() {
            return pending.length - next;
        }

        /** True when every level is done. */
        public boolean finished() {
            return stride == 0;
        }
    }

    /** The state before anything is computed, level 0 pending; the cells run seeds seed, seed + 1, …. */
    public State start(long seed) {
        int nx = x.n();
        int ny = y.n();
        double[] v = new double[nx * ny];
        Arrays.fill(v, Double.NaN);
        boolean[] c = new boolean[nx * ny];
        List<Integer> p = new ArrayList<>();
        if (preview > 0) {
            // the preview sub-lattice first (a subset of level 0), then the rest of level 0
            for (int j : lattice(ny, sp)) {
                for (int i : lattice(nx, sp)) {
                    p.add(j * nx + i);
                }
            }
        }
        java.util.Set<Integer> first = new java.util.HashSet<>(p);
        for (int j : lattice(ny, s0)) {
            for (int i : lattice(nx, s0)) {
                if (!first.contains(j * nx + i)) {
                    p.add(j * nx + i);
                }
            }
        }
        return new State(v, c, 0, s0, p.stream().mapToInt(Integer::intValue).toArray(), 0, 0, Double.NaN, Double.NaN, seed);
    }

    /** I(s) = {0, s, 2s, …} ∪ {n − 1}, ascending. */
    static int[] lattice(int n, int s) {
        TreeSet<Integer> t = new TreeSet<>();
        for (int i = 0; i < n; i += s) {
            t.add(i);
        }
        t.add(n - 1);
        return t.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The state after computing the next chunk (and, if the level is complete, planning the next level). */
    public State step(State st) {
        if (st.finished()) {
            return st;
        }
        int nx = x.n();
        double[] v = st.values.clone();
        boolean[] c = st.computed.clone();
        int end = Math.min(st.pending.length, st.next + chunk);
        boolean previewStep = st.level == 0 && st.next < preview;
        if (previewStep) {
            end = Math.min(end, preview); // the first picture in a step of its own
        }
        int count = st.computedCount;
        int todo = end - st.next;
        if (todo > 0) {
            double[] xs = new double[todo];
            double[] ys = new double[todo];
            for (int k = 0; k < todo; k++) {
                int cell = st.pending[st.next + k];
                xs[k] = xv[cell % nx];
                ys[k] = yv[cell / nx];
            }
            double[][] perSeed = new double[todo][seedCount];
            // every (cell, seed) not in the cache, all seeds of the step in one batch
            Cancellation.check();
            int missing = 0;
            int[] missCell = new int[todo * seedCount];
            int[] missSeed = new int[todo * seedCount];
            for (int si = 0; si < seedCount; si++) {
                long seed = st.seed + si;
                for (int k = 0; k < todo; k++) {
                    Double h = cache.get(xs[k], ys[k], seed);
                    if (h == null) {
                        missCell[missing] = k;
                        missSeed[missing++] = si;
                    } else {
                        perSeed[k][si] = h;
                    }
                }
            }
            if (missing > 0) {
                double[] mx = new double[missing];
                double[] my = new double[missing];
                long[] ms = new long[missing];
                for (int q = 0; q < missing; q++) {
                    mx[q] = xs[missCell[q]];
                    my[q] = ys[missCell[q]];
                    ms[q] = st.seed + missSeed[q];
                }
                double[] r = evaluate(mx, my, ms);
                for (int q = 0; q < missing; q++) {
                    perSeed[missCell[q]][missSeed[q]] = r[q];
                }
                int from = 0;
                while (from < missing) {
                    // the cache stores per seed: runs of equal seeds (the pairs are ordered by seed)
                    int to = from;
                    while (to < missing && ms[to] == ms[from]) {
                        to++;
                    }
                    cache.putAll(Arrays.copyOfRange(mx, from, to), Arrays.copyOfRange(my, from, to), ms[from],
                            Arrays.copyOfRange(r, from, to));
                    from = to;
                }
            }
            for (int k = 0; k < todo; k++) {
                int cell = st.pending[st.next + k];
                v[cell] = metric.combine(perSeed[k]);
                if (!c[cell]) {
                    c[cell] = true;
                    count++;
                }
            }
        }
        if (previewStep && end == preview && end < st.pending.length) {
            fillFromPreview(v, c);
        }
        if (end < st.pending.length) {
            return new State(v, c, st.level, st.stride, st.pending, end, count, st.lo, st.hi, st.seed);
        }
        return finishLevel(st, v, c, count);
    }

    /**
     * Shows every cell not yet computed with the value of its nearest preview point (ties towards
     * the lower index); finishing level 0 overwrites these with its own corner fill.
     */
    private void fillFromPreview(double[] v, boolean[] c) {
        int nx = x.n();
        int[] li = lattice(nx, sp);
        int[] lj = lattice(y.n(), sp);
        int[] ni = nearest(nx, li);
        int[] nj = nearest(y.n(), lj);
        for (int j = 0; j < y.n(); j++) {
            for (int i = 0; i < nx; i++) {
                int cell = j * nx + i;
                if (!c[cell]) {
                    v[cell] = v[nj[j] * nx + ni[i]];
                }
            }
        }
    }

    /** For each index below n, the nearest point of an ascending lattice. */
    private static int[] nearest(int n, int[] lat) {
        int[] r = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k + 1 < lat.length && Math.abs(lat[k + 1] - i) < Math.abs(lat[k] - i)) {
                k++;
            }
            r[i] = lat[k];
        }
        return r;
    }

    /** Smallest sub-batch worth handing to another worker. */
    private static final int MIN_PART = 8;

    /** The function on these cells, in sub-batches over the workers when there are enough cells. */
    private double[] evaluate(double[] mx, double[] my, long[] seed) {
        int cells = mx.length;
        int threads = workers == null ? 1 : workers.size();
        if (threads <= 1 || cells < 2 * MIN_PART) {
            return checked(function.evaluate(mx, my, seed), cells);
        }
        // sub-batches taken in turn by every helping thread, so uneven cells (early stops) balance
        int size = Math.max(MIN_PART, (cells + 4 * threads - 1) / (4 * threads));
        int parts = (cells + size - 1) / size;
        double[] out = new double[cells];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        org.gtlab.compute.Workers.runParts(workers, Math.min(threads, parts), t -> {
            int p;
            try {
                while ((p = next.getAndIncrement()) < parts) {
                    if (t == 0) {
                        Cancellation.check();
                    }
                    int from = p * size;
                    int to = Math.min(cells, from + size);
                    double[] r = checked(function.evaluate(Arrays.copyOfRange(mx, from, to),
                            Arrays.copyOfRange(my, from, to), Arrays.copyOfRange(seed, from, to)), to - from);
                    System.arraycopy(r, 0, out, from, to - from);
                }
            } catch (RuntimeException | Error e) {
                next.set(parts); // the others stop after their current sub-batch
                throw e;
            }
        });
        return out;
    }

    private double[] checked(double[] r, int cells) {
        if (r.length != cells) {
            throw new IllegalStateException("metric " + metric.name() + " returned " + r.length + " values for "
                    + cells + " cells");
        }
        return r;
    }

    private State finishLevel(State st, double[] v, boolean[] c, int count) {
        int nx = x.n();
        int ny = y.n();
        double lo = st.lo;
        double hi = st.hi;
        if (st.level == 0) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int cell : st.pending) {
                if (Double.isFinite(v[cell])) {
                    lo = Math.min(lo, v[cell]);
                    hi = Math.max(hi, v[cell]);
                }
            }
        }
        double tol = metric.categorical() ? 0 : tolerance * (hi > lo ? hi - lo : 0);
        int s = st.stride;
        int h = s / 2;
        int[] li = lattice(nx, s);
        int[] lj = lattice(ny, s);
        TreeSet<Integer> next = new TreeSet<>();
        for (int bj = 0; bj + 1 < lj.length || (lj.length == 1 && bj == 0); bj++) {
            int j0 = lj[bj];
            int j1 = lj.length == 1 ? j0 : lj[bj + 1];
            for (int bi = 0; bi + 1 < li.length || (li.length == 1 && bi == 0); bi++) {
                int i0 = li[bi];
                int i1 = li.length == 1 ? i0 : li[bi + 1];
                double a = v[j0 * nx + i0];
                boolean agree = same(a, v[j0 * nx + i1], tol) && same(a, v[j1 * nx + i0], tol)
                        && same(a, v[j1 * nx + i1], tol);
                // fill undecided cells from the nearest corner (a preview where the block will be refined)
                for (int j = j0; j <= j1; j++) {
                    int cj = j - j0 <= j1 - j ? j0 : j1;
                    for (int i = i0; i <= i1; i++) {
                        int cell = j * nx + i;
                        if (!c[cell]) {
                            int ci = i - i0 <= i1 - i ? i0 : i1;
                            v[cell] = v[cj * nx + ci];
                        }
                    }
                }
                if (!agree && h >= 1) {
                    for (int j = j0; j <= j1; j++) {
                        if ((j - j0) % h != 0 && j != j1) {
                            continue;
                        }
                        for (int i = i0; i <= i1; i++) {
                            if ((i - i0) % h != 0 && i != i1) {
                                continue;
                            }
                            int cell = j * nx + i;
                            if (!c[cell]) {
                                next.add(cell);
                            }
                        }
                    }
                }
            }
        }
        if (h < 1) {
            return new State(v, c, st.level + 1, 0, new int[0], 0, count, lo, hi, st.seed);
        }
        int[] p = next.stream().mapToInt(Integer::intValue).toArray();
        return new State(v, c, st.level + 1, h, p, 0, count, lo, hi, st.seed);
    }

    private static boolean same(double a, double b, double tol) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return Math.abs(a - b) <= tol;
    }

    /**
     * Progress in [0, 1]: (finished levels + share of the current level done) / levels. Never
     * decreases.
     */
    public double progress(State st) {
        if (st.finished()) {
            return 1;
        }
        double part = st.pending.length == 0 ? 1 : st.next / (double) st.pending.length;
        return Math.min(1, (st.level + part) / levels());
    }

    /** The map of a state. */
    public PhaseDiagram diagram(State st) {
        return new PhaseDiagram(x, y, metric, st.values, st.computed, seedCount);
    }

    /** A state from its parts (checkpoints). */
    public State restore(double[] values, boolean[] computed, int level, int stride, int[] pending, int next,
            double lo, double hi, long seed) {
        int cells = x.n() * y.n();
        if (values.length != cells || computed.length != cells) {
            throw new IllegalArgumentException("checkpoint has " + values.length + " cells, the sweep " + cells);
        }
        int count = 0;
        for (boolean b : computed) {
            count += b ? 1 : 0;
        }
        return new State(values.clone(), computed.clone(), level, stride, pending.clone(), next, count, lo, hi, seed);
    }

    /** Pending cells of a state (for checkpoints). */
    public static int[] pending(State st) {
        return st.pending.clone();
    }

    /** Index of the next pending cell (for checkpoints). */
    public static int next(State st) {
        return st.next;
    }

    /** The first seed of a state (for checkpoints). */
    public static long seed(State st) {
        return st.seed;
    }

    /** The level-0 value range used for the continuous tolerance (for checkpoints): {lo, hi}. */
    public static double[] range(State st) {
        return new double[] {st.lo, st.hi};
    }
}
