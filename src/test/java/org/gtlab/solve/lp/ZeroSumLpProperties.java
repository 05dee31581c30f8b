package org.gtlab.solve.lp;

import org.gtlab.solve.SolveResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;

/** Properties of the zero-sum LP on random games (small payoff ranges make many of them degenerate). */
class ZeroSumLpProperties {

    private static Rational[][] game(int m, int n, int range, long seed) {
        return RandomGames.zeroSum(m, n, -range, range, seed).matrix(0);
    }

    /** The value is the maximin value: the exact saddle-point certificate holds. */
    @Property(tries = 300, seed = "20261207")
    void saddlePointCertificate(@ForAll @IntRange(min = 1, max = 7) int m, @ForAll @IntRange(min = 1, max = 7) int n,
            @ForAll @IntRange(min = 1, max = 20) int range, @ForAll long seed) {
        Rational[][] a = game(m, n, range, seed);
        ZeroSumLpTest.assertCertificate(a, ZeroSumLp.solveExact(a));
    }

    /**
     * 2×2: the exact value against a brute-force maximin over the grid x₁ ∈ {0, 1/N, …, 1}: the grid
     * never beats the value (weak duality) and comes within (max − min)/N of it.
     */
    @Property(tries = 200, seed = "20261207")
    void twoByTwoMatchesGridMaximin(@ForAll @IntRange(min = 1, max = 50) int range, @ForAll long seed) {
        Rational[][] a = game(2, 2, range, seed);
        Rational v = ZeroSumLp.solveExact(a).value();
        int grid = 400;
        Rational best = null;
        for (int k = 0; k <= grid; k++) {
            Rational x1 = Rational.of(k, grid);
            Rational x2 = Rational.ONE.subtract(x1);
            Rational worst = null;
            for (int j = 0; j < 2; j++) {
                Rational c = x1.multiply(a[0][j]).add(x2.multiply(a[1][j]));
                worst = worst == null ? c : worst.min(c);
            }
            best = best == null ? worst : best.max(worst);
        }
        assertTrue(best.compareTo(v) <= 0, "grid maximin " + best + " exceeds the value " + v);
        Rational slack = Rational.of(2L * range, grid);
        assertTrue(v.subtract(best).compareTo(slack) <= 0, "value " + v + ", grid maximin " + best);
    }

    /** The LP profile is an exact Nash equilibrium of the game. */
    @Property(tries = 200, seed = "20261207")
    void solutionsAreNash(@ForAll @IntRange(min = 1, max = 6) int m, @ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @IntRange(min = 1, max = 30) int range, @ForAll long seed) {
        NormalFormGame g = RandomGames.zeroSum(m, n, -range, range, seed);
        SolveResult r = new ZeroSumLpSolver().solve(g);
        StrategyProfile s = r.equilibria().get(0);
        assertTrue(Evaluation.isNash(g, s));
        assertEquals(Rational.ZERO, Evaluation.nashConv(g, s));
        assertEquals(g.expectedPayoff(0, s), r.value().orElseThrow());
    }

    /** v(A + c) = v(A) + c and v(kA) = k·v(A) for k > 0. */
    @Property(tries = 200, seed = "20261207")
    void valueShiftsAndScales(@ForAll @IntRange(min = 1, max = 6) int m, @ForAll @IntRange(min = 1, max = 6) int n,
            @ForAll @LongRange(min = -1000, max = 1000) long cNum, @ForAll @LongRange(min = 1, max = 9) long cDen,
            @ForAll @LongRange(min = 1, max = 1000) long kNum, @ForAll @LongRange(min = 1, max = 9) long kDen,
            @ForAll long seed) {
        Rational[][] a = game(m, n, 9, seed);
        Rational c = Rational.of(cNum, cDen);
        Rational k = Rational.of(kNum, kDen);
        Rational[][] shifted = new Rational[m][n];
        Rational[][] scaled = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                shifted[i][j] = a[i][j].add(c);
                scaled[i][j] = a[i][j].multiply(k);
            }
        }
        Rational v = ZeroSumLp.solveExact(a).value();
        assertEquals(v.add(c), ZeroSumLp.solveExact(shifted).value());
        assertEquals(v.multiply(k), ZeroSumLp.solveExact(scaled).value());
    }

    /** The double API agrees with the exact one to 1e-9, and its strategies are 1e-9-optimal. */
    @Property(tries = 200, seed = "20261207")
    void doubleAgreesWithExact(@ForAll @IntRange(min = 1, max = 12) int m, @ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @IntRange(min = 1, max = 100) int range, @ForAll long seed) {
        NormalFormGame g = RandomGames.zeroSum(m, n, -range, range, seed);
        double[][] a = g.matrixDouble(0);
        ZeroSumLp.ExactSolution e = ZeroSumLp.solveExact(g.matrix(0));
        ZeroSumLp.Solution d = ZeroSumLp.solve(a);
        double v = e.value().doubleValue();
        assertEquals(v, d.value(), 1e-9);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += d.x()[i] * a[i][j];
            }
            lo = Math.min(lo, s);
        }
        for (int i = 0; i < m; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * d.y()[j];
            }
            hi = Math.max(hi, s);
        }
        assertTrue(lo >= v - 1e-9 && hi <= v + 1e-9, "bracket [" + lo + ", " + hi + "] around " + v);
        assertEquals(1.0, Arrays.stream(d.x()).sum(), 1e-12);
        assertEquals(1.0, Arrays.stream(d.y()).sum(), 1e-12);
    }
}
