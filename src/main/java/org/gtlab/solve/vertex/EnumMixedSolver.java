package org.gtlab.solve.vertex;

import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.compute.Workers;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;

/**
 * All extreme Nash equilibria of a two-player game, exactly, and its maximal Nash subsets (what
 * {@code gambit-enummixed -c} computes).
 *
 * <p><b>Method</b> (Mangasarian 1964; von Stengel 2002, Handbook of Game Theory 3, ch. 45 §3;
 * Avis, Rosenberg, Savani, von Stengel 2010). With A, B the m×n payoff matrices made positive
 * integers by a positive affine map per player (equilibria do not change), the best-response
 * polytopes are
 * <pre>
 *   P = { x ∈ ℝᵐ : x ≥ 0, Bᵀx ≤ 1 }   label i if xᵢ = 0, label m+j if (Bᵀx)ⱼ = 1
 *   Q = { y ∈ ℝⁿ : A y ≤ 1, y ≥ 0 }   label i if (Ay)ᵢ = 1, label m+j if yⱼ = 0
 * </pre>
 * The extreme equilibria are the pairs of vertices (x, y) ≠ (0, 0) whose label sets together
 * cover {0 … m+n−1}, rescaled to probability vectors. Both polytopes' vertices are enumerated
 * exactly ({@link VertexSearch}: reverse search over lexicographically feasible bases with
 * fraction-free integer pivoting, {@link LexDictionary}: {@code long} entries with 128-bit
 * products, moving to 128-bit entries and then to {@link BigInteger} only when values outgrow
 * them), each vertex as its complete label set (bit mask), so degenerate games (vertices with
 * extra labels, continua of equilibria, duplicated strategies) are handled exactly. The join: a
 * nondegenerate vertex x (exactly m labels) can only pair with the nondegenerate vertex whose
 * label set is the complement of x's (a hash look-up); vertices with extra labels are matched by
 * testing the candidate partners (all of them, or those carrying the rarest missing label).
 * Coordinates are computed, over the rationals, only for vertices that occur in equilibria.
 * When one player has at least twice as many strategies as the other ({@link #useFaces}), only the
 * smaller polytope is enumerated completely and, for its vertices, only the faces of the larger one
 * where their partners can lie (the scheme of lrsnash; see {@code enumerateByFaces}).
 *
 * <p>Before enumerating, strategies strictly dominated by a pure strategy are removed
 * iteratively (they carry no weight in any equilibrium, and the extreme equilibria of the reduced
 * game are exactly those of the full game with zeros added, because a dominated column's
 * constraint is slack at every equilibrium x). Given the shared worker budget
 * ({@link #withWorkers}), the reverse-search trees of both polytopes are shared out among the calling
 * thread and idle workers; the result does not depend on scheduling (output is sorted).
 *
 * <p><b>Budget.</b> {@link #withBudget(long)} refuses hopeless jobs with an
 * {@link IllegalArgumentException}: before running, if Knuth's random-probe estimate of either
 * polytope's vertex count ({@link #estimate}) exceeds the budget, and while running, as soon as
 * either search has visited more bases than the budget. On random games the estimate with
 * {@value #BUDGET_PROBES} probes usually comes out low (by a factor of 10 or more at 15×15: the
 * estimator is unbiased but its distribution is very skewed), so the count while running is the
 * guard that matters; the estimate refuses only clearly hopeless jobs before any work. The search polls
 * {@link Cancellation#check()} every {@value VertexSearch#POLL_EVERY} bases.
 *
 * <p>Results: equilibria sorted by {@link StrategyProfile#compareTo}, maximal Nash subsets by
 * {@link MaximalNashSubsets#of}.
 */
public final class EnumMixedSolver implements NashSolver {

    /** Probes used for the estimate behind a budget. */
    public static final int BUDGET_PROBES = 200;
    /** Games with at least this many cells (after pruning) are enumerated on two threads. */
    static final int PARALLEL_MIN_CELLS = 64;
    /** At most this many threads (the work splits well, but the machines are small). */
    static final int MAX_THREADS = 8;

    private final long maxVertices;
    private final boolean estimateFirst;
    private final boolean parallel;
    private final boolean pruneDominated;
    /** The shared worker budget that helps large enumerations; null: the calling thread only. */
    private final Workers workers;
    /** Join through faces: null chooses by {@link #useFaces}, else forced (tests compare the two ways). */
    private final Boolean faces;

    /**
     * Unlimited, with pruning of strictly dominated strategies, on the calling thread (see
     * {@link #withWorkers} for help from the shared worker budget).
     */
    public EnumMixedSolver() {
        this(Long.MAX_VALUE, false, true, true, null, null);
    }

    private EnumMixedSolver(long maxVertices, boolean estimateFirst, boolean parallel, boolean pruneDominated,
            Workers workers, Boolean faces) {
        this.maxVertices = maxVertices;
        this.faces = faces;
        this.estimateFirst = estimateFirst;
        this.parallel = parallel;
        this.pruneDominated = pruneDominated;
        this.workers = workers;
    }

    /**
     * The same solver helped, on games of at least {@value #PARALLEL_MIN_CELLS} cells, by up to
     * {@value #MAX_THREADS}&nbsp;−&nbsp;1 tasks on {@code workers} (taken only when a worker is idle:
     * the calling thread always works too, so a full budget never blocks a solve).
     */
    public EnumMixedSolver withWorkers(Workers workers) {
        return new EnumMixedSolver(maxVertices, estimateFirst, parallel, pruneDominated,
                java.util.Objects.requireNonNull(workers, "workers"), faces);
    }

    /**
     * The same solver refusing games whose polytopes have (or are estimated to have) more than
     * {@code maxVertices} vertices each: first from an estimate with {@value #BUDGET_PROBES} probes,
     * then by counting while running.
     *
     * @throws IllegalArgumentException if {@code maxVertices < 1}
     */
    public EnumMixedSolver withBudget(long maxVertices) {
        return withBudget(maxVertices, true);
    }

    /** As {@link #withBudget(long)}, optionally without the estimate before running. */
    EnumMixedSolver withBudget(long maxVertices, boolean estimateFirst) {
        if (maxVertices < 1) {
            throw new IllegalArgumentException("vertex budget must be positive, got " + maxVertices);
        }
        return new EnumMixedSolver(maxVertices, estimateFirst, parallel, pruneDominated, workers, faces);
    }

    /** The same solver on the calling thread only. */
    public EnumMixedSolver sequential() {
        return new EnumMixedSolver(maxVertices, estimateFirst, false, pruneDominated, workers, faces);
    }

    /** The same solver without removing strictly dominated strategies first. */
    public EnumMixedSolver withoutDominancePruning() {
        return new EnumMixedSolver(maxVertices, estimateFirst, parallel, false, workers, faces);
    }

    /** The same solver always (true) or never (false) joining through faces ({@link #enumerateByFaces}). */
    EnumMixedSolver withFaces(boolean on) {
        return new EnumMixedSolver(maxVertices, estimateFirst, parallel, pruneDominated, workers, on);
    }

    @Override
    public String name() {
        return "enummixed";
    }

    @Override
    public String description() {
        return "All extreme Nash equilibria and maximal Nash subsets of a two-player game (exact vertex enumeration)";
    }

    /**
     * Estimated vertex counts of the two best-response polytopes (after pruning dominated
     * strategies), from random probes of the reverse-search trees.
     *
     * @param rowPolytope    estimate for P (the row player's mixed strategies)
     * @param columnPolytope estimate for Q
     */
    public record ProbeEstimate(double rowPolytope, double columnPolytope, int probes) {

        /** The larger of the two estimates (the two are enumerated in parallel). */
        public double max() {
            return Math.max(rowPolytope, columnPolytope);
        }
    }

    /**
     * Knuth's (1975) estimate of the vertex counts from {@code probes} random paths in each
     * polytope's reverse-search tree (Avis and Fukuda 1992), deterministic for a given seed. The
     * estimator is unbiased but heavy-tailed: with a few hundred probes it is usually too low,
     * often by an order of magnitude; read it as a lower indication, not as a prediction.
     *
     * @throws IllegalArgumentException if the game does not have two players or probes &lt; 1
     */
    public ProbeEstimate estimate(NormalFormGame game, int probes, long seed) {
        return estimate(prepare(game), probes, seed);
    }

    private static ProbeEstimate estimate(Prepared p, int probes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Runnable poll = Cancellation::check;
        double ep = p.polytopeP().estimateBases(probes, rng.split(), poll);
        double eq = p.polytopeQ().estimateBases(probes, rng.split(), poll);
        return new ProbeEstimate(ep, eq, probes);
    }

    /** Work units (see {@link #estimate(NormalFormGame)}) per second on the 2-core build machine. */
    static final double UNITS_PER_SECOND = 7400;

    /**
     * The size model behind refusals: {@code √C(m'+n', m')} for the m'×n' game left after
     * removing strictly dominated strategies. Fitted to random games with payoffs 0…99 on the
     * 2-core build machine (10×10 … 18×18: the time grows fourfold per two strategies each, as the
     * square root of the number of possible bases does; 18×18 takes about 13 s, 20×20 about a
     * minute, 40×40 months). Deterministic and instant. Knuth's random-probe estimate
     * ({@link #estimate(NormalFormGame, int, long)}) came out 100 to 1000 times too low on these
     * games, so it is not used to refuse. Structured games (many duplicate or dominated
     * strategies, few vertices) can be over-estimated: run them with {@code force}.
     */
    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        Prepared p = prepare(game);
        return WorkEstimate.of(Math.sqrt(binomial(p.mm + p.nn, Math.min(p.mm, p.nn))),
                "bases (√C(m+n, m) for the " + p.mm + "×" + p.nn + " game after removing dominated strategies, "
                        + "a model of random games)", UNITS_PER_SECOND);
    }

    private static double binomial(int n, int k) {
        double lg = 0;
        for (int i = 1; i <= k; i++) {
            lg += Math.log(n - k + i) - Math.log(i);
        }
        return Math.exp(lg);
    }

    /**
     * Refuses the job above the options' limit (from {@link #estimate(NormalFormGame)}) unless
     * forced, reports the bases visited in both polytopes against that estimate (every
     * {@value VertexSearch#POLL_EVERY} bases, from the worker threads), and keeps the first
     * {@code stopAfter} equilibria of the sorted output (vertex enumeration finds the equilibria
     * only in its final join, so it cannot stop earlier).
     */
    @Override
    public SolveResult solve(NormalFormGame game, SolveOptions options) {
        WorkEstimate est = estimate(game);
        options.check(name(), est);
        long total = Math.max(1, (long) Math.min(Long.MAX_VALUE / 4, est.units()));
        java.util.concurrent.atomic.AtomicLongArray bases = new java.util.concurrent.atomic.AtomicLongArray(2);
        VertexSearch.Monitor progress = (poly, count) -> {
            bases.set(poly, count);
            long done = bases.get(0) + bases.get(1);
            options.listener().progress(new SolveProgress(Math.min(done, total - 1), total, 0));
        };
        options.listener().progress(new SolveProgress(0, total, 0));
        SolveResult r = solve(game, progress).firstEquilibria(options.stopAfter());
        options.listener().progress(new SolveProgress(total, total, r.equilibria().size()));
        return r;
    }

    @Override
    public SolveResult solve(NormalFormGame game) {
        return solve(game, (poly, count) -> {
        });
    }

    private SolveResult solve(NormalFormGame game, VertexSearch.Monitor progress) {
        Prepared p = prepare(game);
        ProbeEstimate est = null;
        if (estimateFirst) {
            est = estimate(p, BUDGET_PROBES, 1L);
            if (est.max() > maxVertices) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "exact enumeration refused: estimated %.3g vertices for the row player's and %.3g for "
                                + "the column player's best-response polytope (%d random probes), budget %d",
                        est.rowPolytope(), est.columnPolytope(), est.probes(), maxVertices));
            }
        }
        MaskIndex[] verts;
        List<int[]> pairs;
        if (faces != null ? faces : useFaces(p.mm, p.nn)) {
            verts = new MaskIndex[2];
            pairs = new ArrayList<>();
            enumerateByFaces(p, est, progress, p.mm <= p.nn, verts, pairs);
        } else {
            verts = enumerate(p, est, progress);
            pairs = join(p, verts[0], verts[1]);
        }

        MixedStrategy[] xs = new MixedStrategy[verts[0].size()];
        MixedStrategy[] ys = new MixedStrategy[verts[1].size()];
        List<StrategyProfile> eq = new ArrayList<>(pairs.size());
        for (int[] pq : pairs) {
            if (xs[pq[0]] == null) {
                xs[pq[0]] = p.strategyP(verts[0], pq[0]);
            }
            if (ys[pq[1]] == null) {
                ys[pq[1]] = p.strategyQ(verts[1], pq[1]);
            }
            eq.add(StrategyProfile.of(xs[pq[0]], ys[pq[1]]));
        }
        sortProfiles(eq, pairs, xs, ys);
        return SolveResult.withSubsets(name(), eq, MaximalNashSubsets.of(eq));
    }

    /**
     * Sorts {@code eq} (profile k made of {@code xs[pairs k [0]]} and {@code ys[pairs k [1]]}) into
     * the order of {@link StrategyProfile#compareTo}: lexicographic on the flattened probabilities,
     * i.e. by the row strategy, then by the column strategy. Each side's distinct strategies are
     * ranked once, and the profiles are sorted by their two ranks, instead of flattening two
     * profiles on every comparison.
     */
    private static void sortProfiles(List<StrategyProfile> eq, List<int[]> pairs, MixedStrategy[] xs,
            MixedStrategy[] ys) {
        int[] rx = ranks(xs);
        int[] ry = ranks(ys);
        Integer[] order = new Integer[eq.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (u, v) -> {
            int[] a = pairs.get(u);
            int[] b = pairs.get(v);
            int c = Integer.compare(rx[a[0]], rx[b[0]]);
            return c != 0 ? c : Integer.compare(ry[a[1]], ry[b[1]]);
        });
        StrategyProfile[] sorted = new StrategyProfile[order.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = eq.get(order[k]);
        }
        for (int k = 0; k < order.length; k++) {
            eq.set(k, sorted[k]);
        }
    }

    /** Rank of each non-null strategy in lexicographic order of its probabilities (equal strategies share a rank). */
    private static int[] ranks(MixedStrategy[] s) {
        Rational[][] probs = new Rational[s.length][];
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < s.length; k++) {
            if (s[k] != null) {
                probs[k] = s[k].probabilities();
                idx.add(k);
            }
        }
        java.util.Comparator<Integer> lex = (u, v) -> {
            Rational[] a = probs[u];
            Rational[] b = probs[v];
            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                int c = a[i].compareTo(b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.length, b.length);
        };
        idx.sort(lex);
        int[] rank = new int[s.length];
        int r = 0;
        for (int k = 0; k < idx.size(); k++) {
            if (k > 0 && lex.compare(idx.get(k - 1), idx.get(k)) != 0) {
                r++;
            }
            rank[idx.get(k)] = r;
        }
        return rank;
    }

    // ------------------------------------------------------------------ enumeration

    private MaskIndex[] enumerate(Prepared p, ProbeEstimate est, VertexSearch.Monitor progress) {
        int threads = parallel && workers != null && p.mm * p.nn >= PARALLEL_MIN_CELLS
                ? Math.min(MAX_THREADS, workers.size() + 1) : 1;
        long budget = maxVertices;
        VertexSearch.Monitor monitor = (poly, bases) -> {
            if (bases > budget) {
                String who = poly == 0 ? "row" : "column";
                String e = est == null ? ""
                        : String.format(java.util.Locale.ROOT, " (estimated %.3g from %d random probes)",
                                poly == 0 ? est.rowPolytope() : est.columnPolytope(), est.probes());
                throw new IllegalArgumentException("exact enumeration refused: the " + who
                        + " player's best-response polytope has more than " + budget + " vertices" + e);
            }
            progress.poll(poly, bases);
        };
        return VertexSearch.run(new Polytope[] {p.polytopeP(), p.polytopeQ()}, threads, workers, monitor);
    }

    // ------------------------------------------------------------------ faces

    /**
     * Whether the join goes through faces ({@link #enumerateByFaces}): when one side has at least
     * {@value #FACE_RATIO} times as many strategies as the other (after pruning). Measured (CPU,
     * one thread): 6×64 payoffs 0…2, 8×40 and 11×22 payoffs 0…99999 run 10 to 500 times faster
     * through faces; square games are slower (16×16 payoffs 0…99: 1.3 s directly, 34 s through
     * faces, since every vertex of P then has its own small face of Q).
     */
    static boolean useFaces(int mm, int nn) {
        return Math.max(mm, nn) >= FACE_RATIO * Math.min(mm, nn);
    }

    /** See {@link #useFaces}. */
    static final int FACE_RATIO = 2;

    private VertexSearch.Monitor budgetMonitor(ProbeEstimate est, VertexSearch.Monitor progress) {
        long budget = maxVertices;
        return (poly, bases) -> {
            if (bases > budget) {
                String who = poly == 0 ? "row" : "column";
                String e = est == null ? ""
                        : String.format(java.util.Locale.ROOT, " (estimated %.3g from %d random probes)",
                                poly == 0 ? est.rowPolytope() : est.columnPolytope(), est.probes());
                throw new IllegalArgumentException("exact enumeration refused: the " + who
                        + " player's best-response polytope has more than " + budget + " vertices" + e);
            }
            progress.poll(poly, bases);
        };
    }

    /**
     * Enumeration and join through faces (the scheme of lrsnash, Avis, Rosenberg, Savani and von
     * Stengel 2010): the polytope of the player with fewer strategies (the "full" side, P when
     * {@code fullIsP}) is enumerated completely; an equilibrium partner of its non-zero vertex u
     * is zero outside the best responses S(u) to u (the labels of u on the other player's
     * strategies), so it is a vertex of the face {@code {v : v_k = 0 for k ∉ S(u)}} of the other
     * polytope. That face is the polytope of the same form with only the columns (or rows) in S,
     * whose vertices are exactly the vertices of the whole polytope that vanish outside S (the
     * vertices of a face are the polytope's vertices lying in it); their complete label sets are
     * the face's labels plus the labels {@code k ∉ S}. One face is enumerated per distinct S (all
     * faces in one {@link VertexSearch}), and each of its non-zero vertices is matched with the
     * full-side vertices of that S whose label sets cover all labels together with it. Exactly the
     * pairs of {@link #join} on the two complete vertex sets result, without enumerating the large
     * polytope, which on games with many more strategies for one player has far more vertices than
     * those faces together (6×46, payoffs 0…2: 287,793 against a few thousand).
     *
     * <p>Output: {@code verts[0]}, {@code verts[1]}: the vertices of P and of Q used (the face side
     * holds only the non-zero face vertices, as complete label sets of the whole polytope);
     * {@code pairs}: index pairs (P vertex, Q vertex) into them.
     */
    private void enumerateByFaces(Prepared p, ProbeEstimate est, VertexSearch.Monitor progress, boolean fullIsP,
            MaskIndex[] verts, List<int[]> pairs) {
        final int w = p.words;
        final int m = p.mm;
        final int n = p.nn;
        final int fullPoly = fullIsP ? 0 : 1;
        final int facePoly = 1 - fullPoly;
        int threads = parallel && workers != null && m * n >= PARALLEL_MIN_CELLS
                ? Math.min(MAX_THREADS, workers.size() + 1) : 1;
        VertexSearch.Monitor monitor = budgetMonitor(est, progress);
        Polytope full = fullIsP ? p.polytopeP() : p.polytopeQ();
        MaskIndex fv = VertexSearch.run(new Polytope[] {full}, threads, workers,
                (poly, bases) -> monitor.poll(fullPoly, bases))[0];
        // labels of the other player's strategies: S(u) is u's labels among them
        final int otherFirst = fullIsP ? m : 0;
        final int otherCount = fullIsP ? n : m;
        long[] otherMask = new long[w];
        long[] all = new long[w];
        for (int b = 0; b < m + n; b++) {
            all[b >>> 6] |= 1L << b;
        }
        for (int t = 0; t < otherCount; t++) {
            int b = otherFirst + t;
            otherMask[b >>> 6] |= 1L << b;
        }
        long[] fk = fv.keys();
        MaskIndex groups = new MaskIndex(w, 64);
        List<int[]> members = new ArrayList<>();
        int[] count = new int[16];
        long[] key = new long[w];
        for (int u = 0; u < fv.size(); u++) {
            boolean any = false;
            for (int i = 0; i < w; i++) {
                key[i] = fk[u * w + i] & otherMask[i];
                any |= key[i] != 0;
            }
            if (!any) {
                continue; // the origin: no tight constraint
            }
            int g = groups.add(key, 0);
            if (g < 0) {
                g = -1 - g;
            } else {
                members.add(new int[4]);
                if (g >= count.length) {
                    count = Arrays.copyOf(count, count.length * 2);
                }
            }
            int[] mem = members.get(g);
            if (count[g] == mem.length) {
                mem = Arrays.copyOf(mem, mem.length * 2);
                members.set(g, mem);
            }
            mem[count[g]++] = u;
        }
        int ng = groups.size();
        Polytope[] faces = new Polytope[ng];
        long[][] outside = new long[ng][];
        long[] gk = groups.keys();
        for (int g = 0; g < ng; g++) {
            int[] sel = new int[otherCount];
            int k = 0;
            outside[g] = new long[w];
            for (int t = 0; t < otherCount; t++) {
                int b = otherFirst + t;
                if ((gk[g * w + (b >>> 6)] & (1L << b)) != 0) {
                    sel[k++] = t;
                } else {
                    outside[g][b >>> 6] |= 1L << b;
                }
            }
            faces[g] = fullIsP ? p.faceQ(Arrays.copyOf(sel, k)) : p.faceP(Arrays.copyOf(sel, k));
        }
        // budget per face (each has at most as many vertices as the whole polytope), progress summed
        java.util.concurrent.atomic.AtomicLongArray seen = new java.util.concurrent.atomic.AtomicLongArray(ng);
        java.util.concurrent.atomic.AtomicLong sum = new java.util.concurrent.atomic.AtomicLong();
        MaskIndex[] faceVerts = ng == 0 ? new MaskIndex[0] : VertexSearch.run(faces, threads, workers, (g, bases) -> {
            long total = sum.addAndGet(bases - seen.getAndSet(g, bases));
            if (bases > maxVertices) {
                monitor.poll(facePoly, bases); // refuses
            }
            progress.poll(facePoly, total);
        });
        MaskIndex ov = new MaskIndex(w, 1 << 10);
        long[] y = new long[w];
        for (int g = 0; g < ng; g++) {
            Cancellation.check();
            MaskIndex vi = faceVerts[g];
            long[] vk = vi.keys();
            int[] mem = members.get(g);
            for (int v = 0; v < vi.size(); v++) {
                boolean origin = true;
                for (int i = 0; i < w; i++) {
                    y[i] = vk[v * w + i] | outside[g][i];
                    origin &= (y[i] & ~otherMask[i]) == 0;
                }
                if (origin) {
                    continue; // the zero vector: no tight constraint among the full side's labels
                }
                int idx = -1;
                for (int c = 0; c < count[g]; c++) {
                    int u = mem[c];
                    if (covers(fk, u * w, y, 0, all, w)) {
                        if (idx < 0) {
                            idx = ov.add(y, 0);
                            idx = idx < 0 ? -1 - idx : idx;
                        }
                        pairs.add(fullIsP ? new int[] {u, idx} : new int[] {idx, u});
                    }
                }
            }
        }
        verts[fullPoly] = fv;
        verts[facePoly] = ov;
    }

    // ------------------------------------------------------------------ join

    /** Above this many mask tests, vertices with extra labels are matched through posting lists. */
    private static final long SCAN_LIMIT = 4_000_000L;

    /**
     * Index pairs (P vertex, Q vertex), both non-zero, whose label sets cover all labels. A vertex
     * of P with exactly m labels can only pair with the vertex of Q labelled by the complement (a
     * hash look-up); vertices with extra labels (degenerate) are matched by testing candidates.
     */
    static List<int[]> join(Prepared p, MaskIndex pv, MaskIndex qv) {
        final int w = p.words;
        final int m = p.mm;
        final int n = p.nn;
        long[] all = new long[w];
        long[] pOrigin = new long[w];
        long[] qOrigin = new long[w];
        for (int b = 0; b < m + n; b++) {
            all[b >>> 6] |= 1L << b;
            if (b < m) {
                pOrigin[b >>> 6] |= 1L << b;
            } else {
                qOrigin[b >>> 6] |= 1L << b;
            }
        }
        long[] pk = pv.keys();
        long[] qk = qv.keys();
        int[][] pClass = classify(pv, pOrigin, m);
        int[][] qClass = classify(qv, qOrigin, n);
        int[] pNd = pClass[0];
        int[] pDeg = pClass[1];
        int[] qNd = qClass[0];
        int[] qDeg = qClass[1];
        List<int[]> pairs = new ArrayList<>();

        MaskIndex qIndex = new MaskIndex(w, Math.max(16, qNd.length));
        for (int q : qNd) {
            qIndex.add(qk, q * w);
        }
        long[] comp = new long[w];
        int tick = 0;
        for (int x : pNd) {
            if ((++tick & 0xFFFF) == 0) {
                Cancellation.check();
            }
            for (int i = 0; i < w; i++) {
                comp[i] = all[i] & ~pk[x * w + i];
            }
            int k = qIndex.indexOf(comp, 0);
            if (k >= 0) {
                pairs.add(new int[] {x, qNd[k]});
            }
        }
        if (pDeg.length > 0) {
            int[] qAll = concat(qNd, qDeg);
            int[][] post = (long) pDeg.length * qAll.length > SCAN_LIMIT ? postings(qv, qAll, m + n) : null;
            for (int x : pDeg) {
                Cancellation.check();
                for (int i = 0; i < w; i++) {
                    comp[i] = all[i] & ~pk[x * w + i];
                }
                for (int y : post == null ? qAll : rarest(post, comp, m + n)) {
                    if (covers(pk, x * w, qk, y * w, all, w)) {
                        pairs.add(new int[] {x, y});
                    }
                }
            }
        }
        if (qDeg.length > 0) {
            int[][] post = (long) qDeg.length * pNd.length > SCAN_LIMIT ? postings(pv, pNd, m + n) : null;
            for (int y : qDeg) {
                Cancellation.check();
                for (int i = 0; i < w; i++) {
                    comp[i] = all[i] & ~qk[y * w + i];
                }
                for (int x : post == null ? pNd : rarest(post, comp, m + n)) {
                    if (covers(pk, x * w, qk, y * w, all, w)) {
                        pairs.add(new int[] {x, y});
                    }
                }
            }
        }
        return pairs;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** {nondegenerate, degenerate} member numbers, the origin left out. */
    private static int[][] classify(MaskIndex vi, long[] origin, int dim) {
        int w = vi.words();
        long[] k = vi.keys();
        int[] nd = new int[vi.size()];
        int[] dg = new int[vi.size()];
        int a = 0;
        int b = 0;
        for (int v = 0; v < vi.size(); v++) {
            boolean isOrigin = true;
            int pop = 0;
            for (int i = 0; i < w; i++) {
                long x = k[v * w + i];
                isOrigin &= x == origin[i];
                pop += Long.bitCount(x);
            }
            if (isOrigin) {
                continue;
            }
            if (pop == dim) {
                nd[a++] = v;
            } else {
                dg[b++] = v;
            }
        }
        return new int[][] {Arrays.copyOf(nd, a), Arrays.copyOf(dg, b)};
    }

    private static boolean covers(long[] a, int ao, long[] b, int bo, long[] all, int w) {
        for (int i = 0; i < w; i++) {
            if ((a[ao + i] | b[bo + i]) != all[i]) {
                return false;
            }
        }
        return true;
    }

    /** For each label, the members of {@code among} carrying it. */
    private static int[][] postings(MaskIndex vi, int[] among, int labels) {
        int w = vi.words();
        long[] k = vi.keys();
        int[] count = new int[labels];
        int[][] post = new int[labels][];
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                for (int b = 0; b < labels; b++) {
                    post[b] = new int[count[b]];
                }
                Arrays.fill(count, 0);
            }
            for (int v : among) {
                for (int i = 0; i < w; i++) {
                    long bits = k[v * w + i];
                    while (bits != 0) {
                        int b = i * 64 + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        if (pass == 0) {
                            count[b]++;
                        } else {
                            post[b][count[b]++] = v;
                        }
                    }
                }
            }
        }
        return post;
    }

    /** The posting list of the label in {@code need} carried by the fewest members. */
    private static int[] rarest(int[][] post, long[] need, int labels) {
        int[] best = null;
        for (int b = 0; b < labels; b++) {
            if ((need[b >>> 6] & (1L << b)) != 0 && (best == null || post[b].length < best.length)) {
                best = post[b];
            }
        }
        if (best == null) {
            throw new IllegalStateException("a non-zero vertex carries every label");
        }
        return best;
    }

    // ------------------------------------------------------------------ preparation

    /** The game reduced by dominance and turned into positive integer matrices. */
    static final class Prepared {
        final int m;
        final int n;
        /** Kept original rows / columns. */
        final int[] rows;
        final int[] cols;
        final int mm;
        final int nn;
        /** Positive integer payoffs of the reduced game, mm × nn. */
        final BigInteger[][] a;
        final BigInteger[][] b;
        final int words;

        Prepared(int m, int n, int[] rows, int[] cols, BigInteger[][] a, BigInteger[][] b) {
            this.m = m;
            this.n = n;
            this.rows = rows;
            this.cols = cols;
            this.mm = rows.length;
            this.nn = cols.length;
            this.a = a;
            this.b = b;
            this.words = (mm + nn + 63) >>> 6;
            boolean fits = true;
            for (int i = 0; i < mm; i++) {
                for (int j = 0; j < nn; j++) {
                    fits &= a[i][j].bitLength() < 32 && b[i][j].bitLength() < 32;
                }
            }
            this.fitsLong = fits;
        }

        /** All payoffs below 2³¹: the vertex systems are first solved in {@code long} ({@link #solveLong}). */
        final boolean fitsLong;

        /** P: variables x (labels 0…mm-1), slacks of Bᵀx ≤ 1 (labels mm…mm+nn-1). */
        Polytope polytopeP() {
            BigInteger[][] bt = new BigInteger[nn][mm];
            for (int i = 0; i < mm; i++) {
                for (int j = 0; j < nn; j++) {
                    bt[j][i] = b[i][j];
                }
            }
            int[] lab = new int[mm + nn];
            for (int v = 0; v < mm + nn; v++) {
                lab[v] = v;
            }
            return new Polytope(bt, lab, words);
        }

        /** Q: variables y (labels mm…mm+nn-1), slacks of Ay ≤ 1 (labels 0…mm-1). */
        Polytope polytopeQ() {
            int[] lab = new int[nn + mm];
            for (int j = 0; j < nn; j++) {
                lab[j] = mm + j;
            }
            for (int i = 0; i < mm; i++) {
                lab[nn + i] = i;
            }
            return new Polytope(a, lab, words);
        }

        /** The face of Q where y_j = 0 for the columns j not in {@code sel} (indices of the reduced game). */
        Polytope faceQ(int[] sel) {
            BigInteger[][] cm = new BigInteger[mm][sel.length];
            for (int i = 0; i < mm; i++) {
                for (int k = 0; k < sel.length; k++) {
                    cm[i][k] = a[i][sel[k]];
                }
            }
            int[] lab = new int[sel.length + mm];
            for (int k = 0; k < sel.length; k++) {
                lab[k] = mm + sel[k];
            }
            for (int i = 0; i < mm; i++) {
                lab[sel.length + i] = i;
            }
            return new Polytope(cm, lab, words);
        }

        /** The face of P where x_i = 0 for the rows i not in {@code sel} (indices of the reduced game). */
        Polytope faceP(int[] sel) {
            BigInteger[][] cm = new BigInteger[nn][sel.length];
            for (int j = 0; j < nn; j++) {
                for (int k = 0; k < sel.length; k++) {
                    cm[j][k] = b[sel[k]][j];
                }
            }
            int[] lab = new int[sel.length + nn];
            for (int k = 0; k < sel.length; k++) {
                lab[k] = sel[k];
            }
            for (int j = 0; j < nn; j++) {
                lab[sel.length + j] = mm + j;
            }
            return new Polytope(cm, lab, words);
        }

        /** The indices t in 0…count-1 for which label {@code first + t} of vertex k is (or is not) present. */
        private static int[] labelled(MaskIndex vi, int k, int first, int count, boolean present) {
            int[] out = new int[count];
            int a = 0;
            for (int t = 0; t < count; t++) {
                int bit = first + t;
                if (((vi.word(k, bit >>> 6) & (1L << bit)) != 0) == present) {
                    out[a++] = t;
                }
            }
            return Arrays.copyOf(out, a);
        }

        /** The row strategy of P's vertex k (full game, probabilities). */
        MixedStrategy strategyP(MaskIndex vi, int k) {
            // unknowns: x_i with label i absent; equations: Σ_i b[i][j] x_i = 1 for tight j (label mm+j)
            int[] free = labelled(vi, k, 0, mm, false);
            int[] tight = labelled(vi, k, mm, nn, true);
            if (fitsLong) {
                long[][] le = new long[tight.length][free.length + 1];
                for (int e = 0; e < tight.length; e++) {
                    for (int f = 0; f < free.length; f++) {
                        le[e][f] = b[free[f]][tight[e]].longValue();
                    }
                    le[e][free.length] = 1;
                }
                MixedStrategy ms = solveLong(le, free.length, free, rows, m);
                if (ms != null) {
                    return ms;
                }
            }
            Rational[][] eqs = new Rational[tight.length][free.length + 1];
            for (int e = 0; e < tight.length; e++) {
                for (int f = 0; f < free.length; f++) {
                    eqs[e][f] = Rational.of(b[free[f]][tight[e]]);
                }
                eqs[e][free.length] = Rational.ONE;
            }
            return embed(solve(eqs, free.length), free, rows, m);
        }

        /** The column strategy of Q's vertex k (full game, probabilities). */
        MixedStrategy strategyQ(MaskIndex vi, int k) {
            int[] free = labelled(vi, k, mm, nn, false);
            int[] tight = labelled(vi, k, 0, mm, true);
            if (fitsLong) {
                long[][] le = new long[tight.length][free.length + 1];
                for (int e = 0; e < tight.length; e++) {
                    for (int f = 0; f < free.length; f++) {
                        le[e][f] = a[tight[e]][free[f]].longValue();
                    }
                    le[e][free.length] = 1;
                }
                MixedStrategy ms = solveLong(le, free.length, free, cols, n);
                if (ms != null) {
                    return ms;
                }
            }
            Rational[][] eqs = new Rational[tight.length][free.length + 1];
            for (int e = 0; e < tight.length; e++) {
                for (int f = 0; f < free.length; f++) {
                    eqs[e][f] = Rational.of(a[tight[e]][free[f]]);
                }
                eqs[e][free.length] = Rational.ONE;
            }
            return embed(solve(eqs, free.length), free, cols, n);
        }
    }

    /**
     * The strategy of the unique solution z of the consistent system {@code eqs} (rows: integer
     * coefficients of {@code f} unknowns, then the right-hand side), normalised and embedded as in
     * {@link #embed}; null if an intermediate value overflows {@code long} (the caller then uses
     * {@link #solve(Rational[][], int)}). Fraction-free Gauss–Jordan elimination (Bareiss 1968, in
     * its Gauss–Jordan form): with p the previous pivot (1 at first) and pivot entry M[k][k],
     * {@code M[r][j] ← (M[k][k]·M[r][j] − M[r][k]·M[k][j]) / p} for every row r ≠ k, the division
     * being exact (each entry is a minor of the system); at the end every pivot row reads
     * {@code δ·z_i = M[i][f]} with the same δ, so the probabilities are {@code M[i][f] / Σ M[k][f]}
     * and only one fraction per entry is reduced.
     */
    static MixedStrategy solveLong(long[][] eqs, int f, int[] free, int[] keep, int size) {
        int rowsN = eqs.length;
        long prev = 1;
        try {
            for (int col = 0; col < f; col++) {
                int piv = -1;
                for (int r = col; r < rowsN; r++) {
                    if (eqs[r][col] != 0) {
                        piv = r;
                        break;
                    }
                }
                if (piv < 0) {
                    throw new IllegalStateException("vertex system is singular (column " + col + ")");
                }
                long[] tmp = eqs[piv];
                eqs[piv] = eqs[col];
                eqs[col] = tmp;
                long[] pr = eqs[col];
                long pk = pr[col];
                for (int r = 0; r < rowsN; r++) {
                    if (r == col) {
                        continue;
                    }
                    long[] row = eqs[r];
                    long rk = row[col];
                    for (int j = 0; j <= f; j++) {
                        if (j != col) {
                            long num = Math.subtractExact(Math.multiplyExact(pk, row[j]), Math.multiplyExact(rk, pr[j]));
                            if (num % prev != 0) {
                                return null; // cannot happen in exact arithmetic; the rational path decides
                            }
                            row[j] = num / prev;
                        }
                    }
                    row[col] = 0;
                }
                prev = pk;
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        for (int r = f; r < rowsN; r++) {
            if (eqs[r][f] != 0) {
                throw new IllegalStateException("vertex system is inconsistent");
            }
        }
        long sum = 0;
        try {
            for (int i = 0; i < f; i++) {
                sum = Math.addExact(sum, eqs[i][f]);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        if (sum == 0) {
            throw new IllegalStateException("vertex system gives the zero vector");
        }
        Rational[] wgt = new Rational[size];
        Arrays.fill(wgt, Rational.ZERO);
        for (int i = 0; i < f; i++) {
            // z_i = eqs[i][f] / prev ≥ 0, Σz > 0: the signs of eqs[i][f] and sum agree
            wgt[keep[free[i]]] = Rational.of(eqs[i][f], sum);
        }
        return MixedStrategy.of(wgt);
    }

    private static MixedStrategy embed(Rational[] z, int[] free, int[] keep, int size) {
        Rational[] wgt = new Rational[size];
        Arrays.fill(wgt, Rational.ZERO);
        for (int f = 0; f < free.length; f++) {
            wgt[keep[free[f]]] = z[f];
        }
        return MixedStrategy.normalize(wgt);
    }

    /**
     * The unique solution of the consistent system {@code eqs} (rows: coefficients of {@code f}
     * unknowns, then the right-hand side), by Gauss–Jordan elimination over the rationals.
     */
    static Rational[] solve(Rational[][] eqs, int f) {
        int rowsN = eqs.length;
        int row = 0;
        for (int col = 0; col < f; col++) {
            int piv = -1;
            for (int r = row; r < rowsN; r++) {
                if (!eqs[r][col].isZero()) {
                    piv = r;
                    break;
                }
            }
            if (piv < 0) {
                throw new IllegalStateException("vertex system is singular (column " + col + ")");
            }
            Rational[] tmp = eqs[piv];
            eqs[piv] = eqs[row];
            eqs[row] = tmp;
            Rational inv = eqs[row][col].reciprocal();
            for (int j = col; j <= f; j++) {
                eqs[row][j] = eqs[row][j].multiply(inv);
            }
            for (int r = 0; r < rowsN; r++) {
                if (r != row && !eqs[r][col].isZero()) {
                    Rational factor = eqs[r][col];
                    for (int j = col; j <= f; j++) {
                        eqs[r][j] = eqs[r][j].subtract(factor.multiply(eqs[row][j]));
                    }
                }
            }
            row++;
        }
        for (int r = row; r < rowsN; r++) {
            if (!eqs[r][f].isZero()) {
                throw new IllegalStateException("vertex system is inconsistent");
            }
        }
        Rational[] z = new Rational[f];
        for (int i = 0; i < f; i++) {
            z[i] = eqs[i][f];
        }
        return z;
    }

    /** Validates, prunes dominated strategies, scales to positive integers. */
    Prepared prepare(NormalFormGame game) {
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("enummixed needs a two-player game, got " + game.numPlayers()
                    + " players");
        }
        int m = game.numStrategies(0);
        int n = game.numStrategies(1);
        BigInteger[][] a = positiveIntegers(game.matrix(0));
        BigInteger[][] b = positiveIntegers(game.matrix(1));
        boolean[] rowOut = new boolean[m];
        boolean[] colOut = new boolean[n];
        if (pruneDominated) {
            eliminateStrictlyDominated(a, b, rowOut, colOut);
        }
        int[] rows = kept(rowOut);
        int[] cols = kept(colOut);
        BigInteger[][] ar = new BigInteger[rows.length][cols.length];
        BigInteger[][] br = new BigInteger[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                ar[i][j] = a[rows[i]][cols[j]];
                br[i][j] = b[rows[i]][cols[j]];
            }
        }
        return new Prepared(m, n, rows, cols, ar, br);
    }

    private static int[] kept(boolean[] out) {
        int[] k = new int[out.length];
        int a = 0;
        for (int i = 0; i < out.length; i++) {
            if (!out[i]) {
                k[a++] = i;
            }
        }
        return Arrays.copyOf(k, a);
    }

    /**
     * {@code (M − min M)·L / g + 1} with L the lcm of the denominators and g the gcd of the
     * resulting integers: a positive affine image of M with entries ≥ 1 and as small as possible
     * among such images that keep the minimum at 1.
     */
    static BigInteger[][] positiveIntegers(Rational[][] mat) {
        Rational min = mat[0][0];
        BigInteger lcm = BigInteger.ONE;
        for (Rational[] row : mat) {
            for (Rational r : row) {
                min = min.min(r);
                BigInteger den = r.denominator();
                lcm = lcm.divide(lcm.gcd(den)).multiply(den);
            }
        }
        Rational scale = Rational.of(lcm);
        BigInteger[][] out = new BigInteger[mat.length][];
        BigInteger g = BigInteger.ZERO;
        for (int i = 0; i < mat.length; i++) {
            out[i] = new BigInteger[mat[i].length];
            for (int j = 0; j < mat[i].length; j++) {
                Rational v = mat[i][j].subtract(min).multiply(scale);
                out[i][j] = v.numerator(); // v is an integer
                g = g.gcd(out[i][j]);
            }
        }
        for (BigInteger[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (g.signum() == 0 ? row[j] : row[j].divide(g)).add(BigInteger.ONE);
            }
        }
        return out;
    }

    /** Iterated elimination of strategies strictly dominated by another pure strategy. */
    static void eliminateStrictlyDominated(BigInteger[][] a, BigInteger[][] b, boolean[] rowOut, boolean[] colOut) {
        int m = a.length;
        int n = a[0].length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < m; i++) {
                if (rowOut[i]) {
                    continue;
                }
                for (int k = 0; k < m; k++) {
                    if (k == i || rowOut[k]) {
                        continue;
                    }
                    boolean dom = true;
                    for (int j = 0; j < n && dom; j++) {
                        dom = colOut[j] || a[k][j].compareTo(a[i][j]) > 0;
                    }
                    if (dom) {
                        rowOut[i] = true;
                        changed = true;
                        break;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                if (colOut[j]) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (k == j || colOut[k]) {
                        continue;
                    }
                    boolean dom = true;
                    for (int i = 0; i < m && dom; i++) {
                        dom = rowOut[i] || b[i][k].compareTo(b[i][j]) > 0;
                    }
                    if (dom) {
                        colOut[j] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}
