package org.gtlab.solve.lh;

import org.gtlab.solve.NashSolver;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;
import org.gtlab.solve.SolveResult;
import org.gtlab.solve.WorkEstimate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;

/**
 * Lemke–Howson for bimatrix games, exact and lexicographic; {@code solve} lists the equilibria
 * that {@code gambit-lcp} lists.
 *
 * <p><b>Method.</b> Lemke and Howson (1964), in the formulation of von Stengel (2002, §3; 2007,
 * §3.4): complementary pivoting on the tableaux of the best-response polytopes P and Q (see
 * {@link LhProblem}). Dropping label k at a completely labelled vertex pair and pivoting until k is
 * picked up again traces a unique path that ends at another completely labelled pair: from the
 * artificial equilibrium (0, 0) it ends at a Nash equilibrium. {@link #solve} follows the path of
 * every label 1..m+n from the artificial equilibrium and, recursively, from every equilibrium
 * found, i.e. it returns the component of the Lemke–Howson graph that contains the artificial
 * equilibrium (Shapley 1974; Savani and von Stengel 2006). Equilibria outside that component
 * are not found.
 *
 * <p><b>Degeneracy.</b> The leaving variable is chosen by the lexicographic minimum-ratio test
 * (symbolic perturbation of the right-hand side), so in degenerate games paths are still unique,
 * never cycle, and end at vertex pairs: every equilibrium returned is an <em>extreme</em>
 * equilibrium. Which extreme equilibria are reached then depends on the perturbation (here: the
 * slack of constraint 1 perturbed most, then constraint 2, …), so on degenerate games the set may
 * differ from Gambit's.
 *
 * <p><b>Arithmetic.</b> {@link Arithmetic#EXACT} pivots fraction-free on integers
 * ({@link org.gtlab.math.IntTableau}: long, BigInteger after overflow). {@link Arithmetic#HYBRID} (the default)
 * pivots in doubles with a tolerance-guarded lexicographic test, which is one to two orders of
 * magnitude faster on large games because the exact integers outgrow 64 bits after a few pivots;
 * the end point of each floating-point path is then <em>verified exactly</em> ({@link LhVerifier}:
 * basic solution solved in integers, feasibility, complementarity and lexicographic feasibility
 * checked). A floating-point decision that is ambiguous is retried once on a refactored tableau
 * (round-off discarded) and, if still ambiguous, made exactly for that one step
 * ({@link LhExactRatioTest}); the whole path is redone in exact arithmetic only when a cycle is
 * suspected or verification fails. Output is therefore always exact and
 * always a verified Nash equilibrium; on the corpus and on random degenerate games both modes give
 * the same sets (tested).
 *
 * <p>Stateless and thread-safe; polls {@link Cancellation#check()} at every pivot.
 */
public final class LemkeHowsonSolver implements NashSolver {

    /** How pivoting is done (results are exact and verified in both modes). */
    public enum Arithmetic {
        /** Floating-point pivoting, exact verification of every end point, exact fallback. */
        HYBRID,
        /** Fraction-free integer pivoting throughout. */
        EXACT
    }

    /**
     * One path's result.
     *
     * @param equilibrium the Nash equilibrium at the end of the path
     * @param pivots      number of pivots of the path (of the exact redo, if there was one)
     * @param exact       true if the path was computed in exact arithmetic (EXACT mode or fallback)
     */
    public record Outcome(StrategyProfile equilibrium, int pivots, boolean exact) {
    }

    private final Arithmetic arithmetic;
    /** Ambiguity band of the floating-point tests ({@link LhDoubleSide}); wider only in tests. */
    private final double clearTol;

    /** The default solver ({@link Arithmetic#HYBRID}). */
    public LemkeHowsonSolver() {
        this(Arithmetic.HYBRID);
    }

    public LemkeHowsonSolver(Arithmetic arithmetic) {
        this(arithmetic, LhDoubleSide.CLEAR);
    }

    /** For tests: a wide ambiguity band forces the refactor and exact-step fallbacks. */
    LemkeHowsonSolver(Arithmetic arithmetic, double clearTol) {
        this.arithmetic = java.util.Objects.requireNonNull(arithmetic, "arithmetic");
        this.clearTol = clearTol;
    }

    public Arithmetic arithmetic() {
        return arithmetic;
    }

    @Override
    public String name() {
        return "lcp";
    }

    @Override
    public String description() {
        return "Lemke–Howson: equilibria reachable from the artificial equilibrium (exact, lexicographic; as gambit-lcp)";
    }

    /**
     * The equilibria in the Lemke–Howson component of the artificial equilibrium, sorted by
     * {@link StrategyProfile#compareTo}.
     *
     * @throws IllegalArgumentException if the game does not have two players
     */
    @Override
    public SolveResult solve(NormalFormGame game) {
        return solve(game, SolveOptions.DEFAULT.withForce(true));
    }

    /** Progress is also reported after this many pivots inside one path. */
    static final int PIVOTS_PER_REPORT = 512;

    /** Pivot-cell operations per second of path following on the build machine (calibrated, 100×100). */
    static final double CELL_OPS_PER_SECOND = 2.5e8;

    /**
     * A lower indication for the full reachable set: the m+n paths from the artificial
     * equilibrium, each costing its set-up (about m+n pivots' worth, rebuilding the tableau from
     * a basis) plus about m+n pivots, over an (m+n)×max(m,n) tableau. The reachable set
     * adds m+n paths per equilibrium found, so {@link #solve(NormalFormGame, SolveOptions)} also
     * re-estimates after every path (see there).
     */
    @Override
    public WorkEstimate estimate(NormalFormGame game) {
        LhProblem p = LhProblem.of(game);
        double v = p.vars;
        return WorkEstimate.of(2 * v * v * v * Math.max(p.m, p.n), "pivot-cell operations for the " + p.vars
                + " paths from the artificial equilibrium (more per equilibrium found)", CELL_OPS_PER_SECOND);
    }

    /**
     * The reachable set with limits: with {@code stopAfter = N > 0} the breadth-first search stops
     * once N equilibria are found (as {@code gambit-lcp --stop-after N}; N = 1 is one path, the
     * artificial equilibrium's first label); the output is those N, sorted. Without it the whole
     * reachable set is followed; unless forced, the job is refused up front when
     * {@link #estimate} exceeds the limit, and refused while running as soon as the paths still
     * to follow (m+n per equilibrium found, minus those done), at the mean pivot count so far, are
     * estimated to exceed it. Pivot counts are deterministic, so refusals do not depend on load.
     * Progress: paths followed out of the (node, label) pairs known so far, after every path.
     */
    @Override
    public SolveResult solve(NormalFormGame game, SolveOptions options) {
        Run run = new Run(LhProblem.of(game), arithmetic, clearTol);
        boolean all = options.stopAfter() == 0;
        if (all) {
            options.check(name(), estimate(game));
        }
        int v = run.p.vars;
        double cellsPerPivot = (double) v * Math.max(run.p.m, run.p.n);
        BitSet art = run.artificial;
        Map<BitSet, boolean[]> done = new HashMap<>();
        Set<StrategyProfile> found = new TreeSet<>();
        Set<BitSet> seen = new HashSet<>();
        Deque<BitSet> queue = new ArrayDeque<>();
        seen.add(art);
        queue.add(art);
        long[] state = new long[2]; // pairs done, equilibria found: for reports from inside a path
        run.everyFewPivots = () -> options.listener().progress(
                new SolveProgress(state[0], (long) seen.size() * v, (int) state[1]));
        long paths = 0;
        long pairsDone = 0;
        long pivots = 0;
        search:
        while (!queue.isEmpty()) {
            BitSet node = queue.poll();
            boolean[] d = done.computeIfAbsent(node, k -> new boolean[v]);
            for (int var = 0; var < v; var++) {
                if (d[var]) {
                    continue;
                }
                End e = run.follow(node, var, null);
                paths++;
                pivots += e.pivots;
                d[var] = true;
                pairsDone++;
                // a path is the same walked backwards: from its end, this label leads back here
                boolean[] back = done.computeIfAbsent(e.key, k -> new boolean[v]);
                if (!back[var]) {
                    back[var] = true;
                    pairsDone++;
                }
                if (seen.add(e.key)) {
                    found.add(e.equilibrium);
                    queue.add(e.key);
                }
                long known = (long) seen.size() * v;
                state[0] = pairsDone;
                state[1] = found.size();
                options.listener().progress(new SolveProgress(pairsDone, known, found.size()));
                if (!all && found.size() >= options.stopAfter()) {
                    break search;
                }
                if (all && !options.force()) {
                    double perPath = ((double) pivots / paths + v) * cellsPerPivot;
                    double remaining = (known - pairsDone) / 2.0; // each path settles two pairs
                    WorkEstimate left = WorkEstimate.of(remaining * perPath, "pivot-cell operations for the "
                            + (long) Math.ceil(remaining) + " paths still known to follow after " + paths
                            + " paths and " + found.size() + " equilibria", CELL_OPS_PER_SECOND);
                    options.check(name(), left);
                }
            }
        }
        long known = (long) seen.size() * v;
        options.listener().progress(new SolveProgress(known, known, found.size()));
        return SolveResult.of(name(), new ArrayList<>(found));
    }

    /**
     * The equilibrium at the end of the path from the artificial equilibrium that drops
     * {@code label}.
     *
     * @param label 1..m for the row player's strategies, m+1..m+n for the column player's
     * @throws IllegalArgumentException if the game is not two-player or the label is out of range
     */
    public StrategyProfile solveOne(NormalFormGame game, int label) {
        return findOne(game, label).equilibrium();
    }

    /** Like {@link #solveOne} with the path length and whether exact pivoting was needed. */
    public Outcome findOne(NormalFormGame game, int label) {
        LhProblem p = LhProblem.of(game);
        checkLabel(p, label);
        Run run = new Run(p, arithmetic, clearTol);
        End e = run.follow(run.artificial, label - 1, null);
        return new Outcome(e.equilibrium, e.pivots, e.exact);
    }

    /**
     * The whole path from the artificial equilibrium dropping {@code label}, with the vertex
     * pair and basis after every pivot. Always computed in exact arithmetic (intended for
     * teaching-sized games; it is also correct on large ones, only slower).
     *
     * @throws IllegalArgumentException if the game is not two-player or the label is out of range
     */
    public LemkeHowsonPath path(NormalFormGame game, int label) {
        LhProblem p = LhProblem.of(game);
        checkLabel(p, label);
        Run run = new Run(p, Arithmetic.EXACT, clearTol);
        List<LemkeHowsonPath.Step> steps = new ArrayList<>();
        End e = run.follow(run.artificial, label - 1, steps);
        return new LemkeHowsonPath(label, new LemkeHowsonPath.Transform(p.scaleA, p.shiftA),
                new LemkeHowsonPath.Transform(p.scaleB, p.shiftB), steps, e.equilibrium);
    }

    private static void checkLabel(LhProblem p, int label) {
        if (label < 1 || label > p.vars) {
            throw new IllegalArgumentException("label " + label + " out of range 1.." + p.vars + " (m+n for a "
                    + p.m + "×" + p.n + " game)");
        }
    }

    /** End of a path: the basis pair (P's basic variables, then Q's) and its equilibrium. */
    private record End(BitSet key, StrategyProfile equilibrium, int pivots, boolean exact) {
    }

    /** Path following for one game. */
    private static final class Run {

        final LhProblem p;
        final Arithmetic arithmetic;
        final BitSet artificial;
        /** Zobrist keys for cycle detection in floating point: [side][var]. */
        final long[][] zobrist;
        final double clearTol;
        /** Called every {@value LemkeHowsonSolver#PIVOTS_PER_REPORT} pivots, so long paths show progress too. */
        Runnable everyFewPivots = () -> {
        };
        private long pivotCount;

        private void pivoted() {
            if (++pivotCount % PIVOTS_PER_REPORT == 0) {
                everyFewPivots.run();
            }
        }

        Run(LhProblem p, Arithmetic arithmetic, double clearTol) {
            this.p = p;
            this.arithmetic = arithmetic;
            this.clearTol = clearTol;
            this.artificial = new BitSet(2 * p.vars);
            for (int side = 0; side < 2; side++) {
                for (int r = 0; r < p.rows(side); r++) {
                    artificial.set(side * p.vars + p.slackVar(side, r));
                }
            }
            SplittableRandom rng = new SplittableRandom(0x5DEECE66DL);
            zobrist = new long[2][p.vars];
            for (long[] z : zobrist) {
                for (int i = 0; i < z.length; i++) {
                    z[i] = rng.nextLong();
                }
            }
        }

        End follow(BitSet start, int var, List<LemkeHowsonPath.Step> record) {
            if (arithmetic == Arithmetic.HYBRID && record == null) {
                try {
                    End e = followDouble(start, var);
                    if (e != null) {
                        return e;
                    }
                } catch (LhNumericTrouble trouble) {
                    // redo exactly below
                }
            }
            return followExact(start, var, record);
        }

        private boolean[] basis(BitSet key, int side) {
            boolean[] b = new boolean[p.vars];
            for (int v = 0; v < p.vars; v++) {
                b[v] = key.get(side * p.vars + v);
            }
            return b;
        }

        private BitSet key(LhSide s0, LhSide s1) {
            BitSet k = new BitSet(2 * p.vars);
            s0.basisInto(k, 0);
            s1.basisInto(k, p.vars);
            return k;
        }

        /** The floating-point path, verified; null if verification failed. */
        private End followDouble(BitSet start, int var) {
            LhDoubleSide[] s = {new LhDoubleSide(p, 0, LhDoubleSide.ZERO, clearTol),
                new LhDoubleSide(p, 1, LhDoubleSide.ZERO, clearTol)};
            long h = 0;
            for (int side = 0; side < 2; side++) {
                boolean[] b = basis(start, side);
                if (!start.equals(artificial)) {
                    try {
                        s[side].load(b);
                    } catch (IllegalStateException singular) {
                        throw LhNumericTrouble.INSTANCE;
                    }
                }
                for (int v = 0; v < p.vars; v++) {
                    if (b[v]) {
                        h ^= zobrist[side][v];
                    }
                }
            }
            Set<Long> visited = new HashSet<>();
            visited.add(h);
            int side = s[0].isBasic(var) ? 1 : 0;
            int enter = var;
            int pivots = 0;
            while (true) {
                Cancellation.check();
                pivoted();
                int leave = step(s[side], enter);
                pivots++;
                if (leave == var) {
                    break;
                }
                h ^= zobrist[side][enter] ^ zobrist[side][leave];
                if (!visited.add(h)) {
                    throw LhNumericTrouble.INSTANCE;
                }
                enter = leave;
                side ^= 1;
            }
            BitSet key = key(s[0], s[1]);
            if (key.equals(artificial)) {
                if (start.equals(artificial)) {
                    throw LhNumericTrouble.INSTANCE; // impossible for an exact path: a path has two ends
                }
                return new End(key, null, pivots, false);
            }
            StrategyProfile eq = LhVerifier.equilibrium(p, key);
            return eq == null ? null : new End(key, eq, pivots, false);
        }

        /**
         * One floating-point pivot. An ambiguous ratio test is retried on a refactored tableau;
         * if still ambiguous (a genuine near-tie), the decision is made exactly
         * ({@link LhExactRatioTest}) and the tableau refactored after the pivot.
         */
        private int step(LhDoubleSide s, int enter) {
            try {
                return s.pivot(s.ratioTest(enter), enter);
            } catch (LhNumericTrouble ambiguous) {
                s.refactor();
            }
            try {
                return s.pivot(s.ratioTest(enter), enter);
            } catch (LhNumericTrouble stillAmbiguous) {
                int leaveVar;
                try {
                    leaveVar = LhExactRatioTest.leaving(p, s.side, s.basicSet(), enter);
                } catch (IllegalStateException notExactlyABasis) {
                    throw LhNumericTrouble.INSTANCE; // floating point went astray earlier: redo exactly
                }
                int leave = s.pivot(s.rowOf[leaveVar], enter);
                s.refactor();
                return leave;
            }
        }

        private End followExact(BitSet start, int var, List<LemkeHowsonPath.Step> record) {
            LhExactSide[] s = {new LhExactSide(p, 0), new LhExactSide(p, 1)};
            if (!start.equals(artificial)) {
                s[0].load(basis(start, 0));
                s[1].load(basis(start, 1));
            }
            int side = s[0].isBasic(var) ? 1 : 0;
            int enter = var;
            int pivots = 0;
            while (true) {
                Cancellation.check();
                pivoted();
                int row = s[side].ratioTest(enter);
                int leave = s[side].pivot(row, enter);
                pivots++;
                if (record != null) {
                    record.add(step(s, side, enter, leave));
                }
                if (leave == var) {
                    break;
                }
                enter = leave;
                side ^= 1;
            }
            BitSet key = key(s[0], s[1]);
            if (key.equals(artificial)) {
                return new End(key, null, pivots, true);
            }
            StrategyProfile eq = LhVerifier.equilibrium(p, key);
            if (eq == null) {
                throw new IllegalStateException("internal error: exact Lemke–Howson path ended at a basis pair that "
                        + "fails verification");
            }
            return new End(key, eq, pivots, true);
        }

        private LemkeHowsonPath.Step step(LhExactSide[] s, int side, int enter, int leave) {
            List<Rational> x = new ArrayList<>();
            for (int i = 0; i < p.m; i++) {
                x.add(s[0].value(p.structVar(0, i)));
            }
            List<Rational> y = new ArrayList<>();
            for (int j = 0; j < p.n; j++) {
                y.add(s[1].value(p.structVar(1, j)));
            }
            return new LemkeHowsonPath.Step(side, enter + 1, leave + 1, x, y, labels(s[0]), labels(s[1]));
        }

        private List<Integer> labels(LhSide s) {
            List<Integer> l = new ArrayList<>();
            for (int v = 0; v < p.vars; v++) {
                if (s.isBasic(v)) {
                    l.add(v + 1);
                }
            }
            return l;
        }
    }
}
