package org.gtlab.solve.dominance;

import org.gtlab.solve.lp.ZeroSumLp;
import org.gtlab.solve.lp.ExactSimplex;
import org.gtlab.solve.IntegerPayoffs;
import org.gtlab.solve.DominanceStep;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.math.Rational;

/**
 * Iterated elimination of dominated strategies in an N-player game, exactly.
 *
 * <p><b>Definitions</b> (in the current, reduced game; c ranges over the other players' remaining
 * pure profiles):
 * <ul>
 *   <li>s is <em>strictly dominated</em> by σ when {@code u(σ, c) > u(s, c)} for every c;</li>
 *   <li>s is <em>weakly dominated</em> by σ when {@code u(σ, c) ≥ u(s, c)} for every c, with strict
 *       inequality for at least one c;</li>
 * </ul>
 * where σ is another pure strategy, or, with {@link Options#mixed()}, a mixed strategy over the
 * player's other remaining strategies. Mixed dominance is decided exactly by linear programming,
 * with {@code G[t][c] = u(t,c) − u(s,c)} over the other remaining strategies t:
 * s is strictly dominated by a mix iff the zero-sum game G has value v &gt; 0 (solved exactly by
 * {@link ZeroSumLp}; an optimal row strategy σ has {@code σᵀG ≥ v > 0} everywhere). It is weakly
 * dominated iff v &gt; 0, or v = 0 and the LP maximise {@code Σ_c Σ_t w_t G[t][c]} s.t.
 * {@code Σ_t w_t G[t][c] ≥ 0} for all c, {@code Σ w ≤ 1}, {@code w ≥ 0} has a positive optimum
 * (solved by {@link ExactSimplex}; the mix is w / Σw). The dominating mix is re-checked exactly.
 * (Pearce 1984 for dominance by mixes versus never-best responses; Myerson, "Game Theory" (1991)
 * §3.8 for the LP view.)
 *
 * <p><b>Order</b> ({@link Order}):
 * <ul>
 *   <li>{@link Order#ROUNDS} (default, as Gambit's dominance toolbar steps): each round finds, for
 *       every player, every strategy dominated in the game at the start of the round and removes
 *       them all at once ("maximal simultaneous deletion"). The steps of a round are listed by
 *       player, then original strategy index; a step's {@code remaining} is the state after it and
 *       the steps listed before it, so a stepper can replay a round one strategy at a time.</li>
 *   <li>{@link Order#SINGLE}: one strategy per round: the lowest-numbered player with a dominated
 *       strategy, and of that player the lowest original index.</li>
 * </ul>
 * For strict dominance (pure or mixed) the final reduced game does not depend on the order
 * (Gilboa, Kalai, Zemel 1990). For weak dominance it can: removing an opponent's strategy can
 * destroy the only strict inequality of a weak dominance. GT Lab's convention is the one above,
 * and ROUNDS and SINGLE may end in different games (see the tests). In every mode each player
 * keeps at least one strategy (dominance by pure strategies is a strict partial order; a best
 * response to the uniform belief is never weakly dominated by a mix).
 *
 * <p>Every step ({@link DominanceStep}) uses indices of the ORIGINAL game. Its {@code dominators} are
 * all remaining pure strategies that dominate the removed one, or, when there are none and mixed
 * dominance is on, the support of the dominating mix (the mix itself is in
 * {@link Result#dominatingStrategies()}). The reduced game is
 * {@code original.restrict(kept)} with {@code kept[p][r]} = original index of player p's r-th
 * remaining strategy.
 */
public final class Dominance {

    /** Whether each round removes every dominated strategy at once, or a single one. */
    public enum Order {
        /** All strategies dominated at the start of a round are removed in that round. */
        ROUNDS,
        /** One strategy per round (lowest player, then lowest original strategy index). */
        SINGLE
    }

    /**
     * What counts as dominance and how eliminations are grouped.
     *
     * @param strict true for strict dominance, false for weak
     * @param mixed  true to allow dominance by mixed strategies (decided by an exact LP)
     * @param order  grouping of eliminations into rounds
     */
    public record Options(boolean strict, boolean mixed, Order order) {

        /** Strict dominance by pure strategies, rounds (the default, like Gambit's toolbar). */
        public static final Options DEFAULT = new Options(true, false, Order.ROUNDS);

        public Options {
            Objects.requireNonNull(order, "order");
        }

        /** Strict dominance by pure strategies, rounds. */
        public static Options strictPure() {
            return DEFAULT;
        }

        /** Weak dominance by pure strategies, rounds. */
        public static Options weakPure() {
            return new Options(false, false, Order.ROUNDS);
        }

        public Options withMixed(boolean m) {
            return new Options(strict, m, order);
        }

        public Options withOrder(Order o) {
            return new Options(strict, mixed, o);
        }
    }

    /**
     * One round of elimination.
     *
     * @param number    1-based round number
     * @param steps     the eliminations of this round (one in {@link Order#SINGLE} mode)
     * @param remaining after the round, each player's remaining original strategy indices
     */
    public record Round(int number, List<DominanceStep> steps, List<List<Integer>> remaining) {
        public Round {
            steps = List.copyOf(steps);
            remaining = remaining.stream().map(List::copyOf).toList();
        }
    }

    /** The outcome of an elimination: all steps, grouped into rounds, and the reduced game. */
    public static final class Result {
        private final NormalFormGame original;
        private final Options options;
        private final List<DominanceStep> steps;
        private final List<MixedStrategy> dominators;
        private final List<Round> rounds;
        private final int[][] kept;
        private final NormalFormGame reduced;

        Result(NormalFormGame original, Options options, List<DominanceStep> steps, List<MixedStrategy> dominators,
                List<Round> rounds, int[][] kept) {
            this.original = original;
            this.options = options;
            this.steps = List.copyOf(steps);
            this.dominators = List.copyOf(dominators);
            this.rounds = List.copyOf(rounds);
            this.kept = deepCopy(kept);
            this.reduced = original.restrict(kept);
        }

        public NormalFormGame original() {
            return original;
        }

        public Options options() {
            return options;
        }

        /** Every elimination in order (the rounds' steps concatenated). */
        public List<DominanceStep> steps() {
            return steps;
        }

        /**
         * For each step, the dominating strategy found (over the player's ORIGINAL strategies): a pure
         * strategy (the lowest-indexed pure dominator) or the mix the LP found.
         */
        public List<MixedStrategy> dominatingStrategies() {
            return dominators;
        }

        public List<Round> rounds() {
            return rounds;
        }

        /** {@code kept[p][r]}: original index of player p's r-th strategy in the reduced game (a copy). */
        public int[][] kept() {
            return deepCopy(kept);
        }

        /** The game that remains when no strategy is dominated any more. */
        public NormalFormGame reduced() {
            return reduced;
        }

        /** The game after the first {@code r} rounds (0 = the original game). */
        public NormalFormGame afterRounds(int r) {
            if (r < 0 || r > rounds.size()) {
                throw new IllegalArgumentException("round " + r + " out of range 0.." + rounds.size());
            }
            if (r == 0) {
                return original;
            }
            List<List<Integer>> rem = rounds.get(r - 1).remaining();
            int[][] k = new int[rem.size()][];
            for (int p = 0; p < k.length; p++) {
                k[p] = rem.get(p).stream().mapToInt(Integer::intValue).toArray();
            }
            return original.restrict(k);
        }

        /** True if every player has exactly one strategy left. */
        public boolean isSingleProfile() {
            return Arrays.stream(kept).allMatch(k -> k.length == 1);
        }

        private static int[][] deepCopy(int[][] a) {
            int[][] c = new int[a.length][];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i].clone();
            }
            return c;
        }
    }

    private Dominance() {
    }

    /** Iterated strict dominance by pure strategies, in rounds. */
    public static Result eliminate(NormalFormGame g) {
        return eliminate(g, Options.DEFAULT);
    }

    /** Iterated elimination with the given options. */
    public static Result eliminate(NormalFormGame g, Options options) {
        int n = g.numPlayers();
        IntegerPayoffs[] pay = new IntegerPayoffs[n];
        for (int p = 0; p < n; p++) {
            pay[p] = IntegerPayoffs.of(g, p);
        }
        List<List<Integer>> kept = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Integer> l = new ArrayList<>();
            for (int s = 0; s < g.numStrategies(p); s++) {
                l.add(s);
            }
            kept.add(l);
        }
        List<DominanceStep> steps = new ArrayList<>();
        List<MixedStrategy> witnesses = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        while (true) {
            Cancellation.check();
            List<Finding> found = new ArrayList<>();
            for (int p = 0; p < n && (options.order() == Order.ROUNDS || found.isEmpty()); p++) {
                if (kept.get(p).size() < 2) {
                    continue;
                }
                int[] cols = opponentProfiles(g, kept, p);
                for (int s : kept.get(p)) {
                    Finding f = dominated(g, pay[p], options, kept.get(p), cols, p, s);
                    if (f != null) {
                        found.add(f);
                        if (options.order() == Order.SINGLE) {
                            break;
                        }
                    }
                }
            }
            if (found.isEmpty()) {
                break;
            }
            List<DominanceStep> roundSteps = new ArrayList<>();
            for (Finding f : found) {
                kept.get(f.player).remove(Integer.valueOf(f.strategy));
                DominanceStep st = new DominanceStep(f.player, f.strategy, f.dominators, options.strict(), kept);
                roundSteps.add(st);
                steps.add(st);
                witnesses.add(f.witness);
            }
            rounds.add(new Round(rounds.size() + 1, roundSteps, kept));
        }
        int[][] k = new int[n][];
        for (int p = 0; p < n; p++) {
            k[p] = kept.get(p).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Result(g, options, steps, witnesses, rounds, k);
    }

    private record Finding(int player, int strategy, List<Integer> dominators, MixedStrategy witness) {
    }

    /** Base profile indices of every remaining profile of the players other than p. */
    private static int[] opponentProfiles(NormalFormGame g, List<List<Integer>> kept, int p) {
        int n = g.numPlayers();
        int count = 1;
        for (int q = 0; q < n; q++) {
            if (q != p) {
                count *= kept.get(q).size();
            }
        }
        int[] cols = new int[count];
        int[] digit = new int[n];
        for (int c = 0; c < count; c++) {
            int base = 0;
            for (int q = 0; q < n; q++) {
                if (q != p) {
                    base += g.stride(q) * kept.get(q).get(digit[q]);
                }
            }
            cols[c] = base;
            for (int q = 0; q < n; q++) {
                if (q == p) {
                    continue;
                }
                if (++digit[q] < kept.get(q).size()) {
                    break;
                }
                digit[q] = 0;
            }
        }
        return cols;
    }

    /** Whether strategy s of player p is dominated in the current game; null if not. */
    private static Finding dominated(NormalFormGame g, IntegerPayoffs u, Options o, List<Integer> own, int[] cols,
            int p, int s) {
        int stride = g.stride(p);
        int sOff = stride * s;
        List<Integer> pure = new ArrayList<>();
        for (int t : own) {
            if (t == s) {
                continue;
            }
            int tOff = stride * t;
            boolean ok = true;
            boolean someStrict = false;
            for (int c : cols) {
                int cmp = u.compare(c + tOff, c + sOff);
                if (cmp < 0 || (cmp == 0 && o.strict())) {
                    ok = false;
                    break;
                }
                someStrict |= cmp > 0;
            }
            if (ok && someStrict) {
                pure.add(t);
            }
        }
        int size = g.numStrategies(p);
        if (!pure.isEmpty()) {
            return new Finding(p, s, pure, MixedStrategy.pure(size, pure.get(0)));
        }
        if (!o.mixed() || own.size() < 3) {
            return null;
        }
        return mixedDominated(u, o.strict(), own, cols, stride, p, s, size);
    }

    private static Finding mixedDominated(IntegerPayoffs u, boolean strict, List<Integer> own, int[] cols, int stride,
            int p, int s, int size) {
        int[] others = own.stream().mapToInt(Integer::intValue).filter(t -> t != s).toArray();
        int k = others.length;
        int nc = cols.length;
        // necessary condition: in every column some other strategy is at least as good (strictly better if strict)
        boolean anyStrict = false;
        for (int c : cols) {
            int best = Integer.MIN_VALUE;
            for (int t : others) {
                best = Math.max(best, u.compare(c + stride * t, c + stride * s));
            }
            if (best < 0 || (strict && best == 0)) {
                return null;
            }
            anyStrict |= best > 0;
        }
        if (!anyStrict) {
            return null;
        }
        BigInteger[][] gm = new BigInteger[k][nc]; // gm[t][c] = u(t,c) − u(s,c), over the common denominator
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < nc; c++) {
                gm[a][c] = u.numerator(cols[c] + stride * others[a]).subtract(u.numerator(cols[c] + stride * s));
            }
        }
        // strict dominance by a mix ⟺ the zero-sum game G (rows: the other strategies, columns: c) has
        // value > 0; an optimal row strategy σ then has σᵀG ≥ v > 0 in every column
        Rational[][] gr = new Rational[k][nc];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < nc; c++) {
                gr[a][c] = Rational.of(gm[a][c]);
            }
        }
        ZeroSumLp.ExactSolution zs = ZeroSumLp.solveExact(gr);
        MixedStrategy sigma;
        if (zs.value().signum() > 0) {
            sigma = zs.x();
        } else if (strict || zs.value().signum() < 0) {
            return null;
        } else {
            sigma = weakDominator(gm, k, nc);
            if (sigma == null) {
                return null;
            }
        }
        // exact re-check of the dominating mix
        boolean someStrict = false;
        for (int c = 0; c < nc; c++) {
            Rational d = Rational.ZERO;
            for (int a = 0; a < k; a++) {
                if (!sigma.probability(a).isZero()) {
                    d = d.add(sigma.probability(a).multiply(Rational.of(gm[a][c])));
                }
            }
            if (d.signum() < 0 || (strict && d.signum() == 0)) {
                throw new IllegalStateException("internal error: the dominating mix found by the LP fails the exact check");
            }
            someStrict |= d.signum() > 0;
        }
        if (!someStrict) {
            throw new IllegalStateException("internal error: the dominating mix found by the LP is not strictly better anywhere");
        }
        Rational[] full = new Rational[size];
        Arrays.fill(full, Rational.ZERO);
        List<Integer> support = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            full[others[a]] = sigma.probability(a);
            if (!sigma.probability(a).isZero()) {
                support.add(others[a]);
            }
        }
        return new Finding(p, s, support, MixedStrategy.of(full));
    }

    /**
     * Value-0 case of weak dominance: maximise {@code Σ_c Σ_t w_t G[t][c]} subject to
     * {@code Σ_t w_t G[t][c] ≥ 0} for every c, {@code Σ w ≤ 1}, {@code w ≥ 0} (exact simplex); the
     * strategy is weakly dominated iff the optimum is positive, by {@code w / Σ w}.
     */
    private static MixedStrategy weakDominator(BigInteger[][] gm, int k, int nc) {
        BigInteger[][] lhs = new BigInteger[nc + 1][k];
        BigInteger[] rhs = new BigInteger[nc + 1];
        BigInteger[] obj = new BigInteger[k];
        Arrays.fill(rhs, BigInteger.ZERO);
        rhs[nc] = BigInteger.ONE;
        Arrays.fill(obj, BigInteger.ZERO);
        for (int c = 0; c < nc; c++) {
            for (int a = 0; a < k; a++) {
                lhs[c][a] = gm[a][c].negate();
                obj[a] = obj[a].add(gm[a][c]);
            }
        }
        Arrays.fill(lhs[nc], BigInteger.ONE);
        ExactSimplex.Solution sol = ExactSimplex.maximize(lhs, rhs, obj);
        if (sol.value().signum() <= 0) {
            return null;
        }
        return MixedStrategy.normalize(sol.x());
    }
}
