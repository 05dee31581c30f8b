package org.gtlab.solve.lp;

import org.gtlab.math.PadicSolver;
import org.gtlab.solve.SolveResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.gtlab.eval.Evaluation;
import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.RandomGames;
import org.gtlab.game.StrategyProfile;
import org.gtlab.math.Rational;
import org.gtlab.testutil.Corpus;
import org.junit.jupiter.api.Test;

class ZeroSumLpTest {

    private final ZeroSumLpSolver solver = new ZeroSumLpSolver();

    static Rational[][] r(long[][] a) {
        return Arrays.stream(a).map(row -> Arrays.stream(row).mapToObj(Rational::of).toArray(Rational[]::new))
                .toArray(Rational[][]::new);
    }

    /** Exact saddle-point certificate: min_j (xᵀA)_j = v = max_i (Ay)_i. */
    static void assertCertificate(Rational[][] a, ZeroSumLp.ExactSolution s) {
        int m = a.length;
        int n = a[0].length;
        Rational lo = null;
        for (int j = 0; j < n; j++) {
            Rational c = Rational.ZERO;
            for (int i = 0; i < m; i++) {
                c = c.add(s.x().probability(i).multiply(a[i][j]));
            }
            lo = lo == null ? c : lo.min(c);
        }
        Rational hi = null;
        for (int i = 0; i < m; i++) {
            Rational c = Rational.ZERO;
            for (int j = 0; j < n; j++) {
                c = c.add(s.y().probability(j).multiply(a[i][j]));
            }
            hi = hi == null ? c : hi.max(c);
        }
        assertEquals(s.value(), lo, "min_j (xᵀA)_j");
        assertEquals(s.value(), hi, "max_i (Ay)_i");
    }

    @Test
    void corpusZeroSumValuesAndProfiles() {
        int checked = 0;
        for (Corpus.Entry e : Corpus.all()) {
            NormalFormGame g = e.game();
            if (!g.isConstantSum()) {
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> solver.solve(g),
                        e.name());
                assertTrue(ex.getMessage().contains("constant-sum"), ex.getMessage());
                continue;
            }
            SolveResult r = solver.solve(g);
            assertEquals(1, r.equilibria().size(), e.name());
            assertTrue(Evaluation.isNash(g, r.equilibria().get(0)), e.name());
            assertCertificate(g.matrix(0), ZeroSumLp.solveExact(g));
            if (e.zeroSumValue().isPresent()) {
                assertEquals(e.zeroSumValue().get(), r.value().orElseThrow(), e.name());
                checked++;
            }
        }
        assertTrue(checked >= 4, checked + " corpus games with a zero-sum value");
    }

    @Test
    void rockPaperScissors() {
        Rational[][] a = r(new long[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        assertEquals(Rational.ZERO, s.value());
        assertEquals(MixedStrategy.uniform(3), s.x());
        assertEquals(MixedStrategy.uniform(3), s.y());
        ZeroSumLp.Solution d = ZeroSumLp.solve(new double[][] {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}});
        assertEquals(0, d.value(), 1e-12);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0 / 3, d.x()[i], 1e-12);
            assertEquals(1.0 / 3, d.y()[i], 1e-12);
        }
    }

    @Test
    void twoByTwoValueOneSeventh() {
        Rational[][] a = r(new long[][] {{3, -1}, {-2, 1}});
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        assertEquals(Rational.of(1, 7), s.value());
        assertEquals(MixedStrategy.parse("3/7", "4/7"), s.x());
        assertEquals(MixedStrategy.parse("2/7", "5/7"), s.y());
        ZeroSumLp.Solution d = ZeroSumLp.solve(new double[][] {{3, -1}, {-2, 1}});
        assertEquals(1.0 / 7, d.value(), 1e-12);
        assertEquals(3.0 / 7, d.x()[0], 1e-12);
        assertEquals(2.0 / 7, d.y()[0], 1e-12);
    }

    @Test
    void constantSumGameValueShifts() {
        long[][] a = {{3, -1}, {-2, 1}};
        long[][] b = new long[2][2];
        long[][] a5 = new long[2][2];
        long[][] bm = new long[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                b[i][j] = 5 - a[i][j];      // A + B = 5
                a5[i][j] = a[i][j] + 5;     // (A + 5) + (−A) = 5
                bm[i][j] = -a[i][j];
            }
        }
        SolveResult r1 = solver.solve(NormalFormGame.bimatrix(a, b));
        assertEquals(Rational.of(1, 7), r1.value().orElseThrow());
        SolveResult r2 = solver.solve(NormalFormGame.bimatrix(a5, bm));
        assertEquals(Rational.of(36, 7), r2.value().orElseThrow());
        StrategyProfile expected = StrategyProfile.of(MixedStrategy.parse("3/7", "4/7"), MixedStrategy.parse("2/7", "5/7"));
        assertEquals(List.of(expected), r1.equilibria());
        assertEquals(List.of(expected), r2.equilibria());
        assertEquals("lp", r1.method());
    }

    @Test
    void refusesNonConstantSumWithAPreciseMessage() {
        NormalFormGame pd = NormalFormGame.bimatrix(new long[][] {{3, 0}, {5, 1}}, new long[][] {{3, 5}, {0, 1}});
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> solver.solve(pd));
        assertEquals("lp needs a constant-sum game, but the payoffs sum to 6 at profile (1,1) and to 5 at profile (2,1)",
                ex.getMessage());
    }

    @Test
    void refusesThreePlayers() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(NormalFormGame.zeros(2, 2, 2)));
        assertEquals("lp needs a two-player game; this game has 3 players", ex.getMessage());
    }

    @Test
    void refusesBadMatrices() {
        assertThrows(IllegalArgumentException.class, () -> ZeroSumLp.solveExact(new Rational[0][0]));
        assertThrows(IllegalArgumentException.class,
                () -> ZeroSumLp.solveExact(new Rational[][] {{Rational.ONE, Rational.ONE}, {Rational.ONE}}));
        assertThrows(IllegalArgumentException.class, () -> ZeroSumLp.solve(new double[][] {{1, Double.NaN}}));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ZeroSumLp.solve(new double[][] {{1, 2}, {3}}));
        assertEquals("row 2 of the payoff matrix has 1 entries, expected 2", ex.getMessage());
    }

    @Test
    void degenerateGamesAreCertified() {
        long[][][] games = {
            {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}},          // every profile optimal
            {{1, 2}, {1, 2}, {0, 3}},                   // duplicated rows; column 1 caps the row player at 1
            {{5}},                                       // 1×1
            {{4, -2, 7, 1}},                             // 1×n: column player picks the minimum
            {{4}, {-2}, {7}},                            // m×1: row player picks the maximum
            {{1, 1}, {1, 1}},                            // constant
            {{2, 0, 1}, {0, 2, 1}},                      // weakly dominated column, value 1
            {{0, 1, -1}, {0, 1, -1}, {-1, 0, 1}, {1, -1, 0}}, // RPS with duplicated rock
        };
        Rational[] values = {Rational.ZERO, Rational.ONE, Rational.of(5), Rational.of(-2), Rational.of(7), Rational.ONE,
            Rational.ONE, Rational.ZERO};
        for (int k = 0; k < games.length; k++) {
            Rational[][] a = r(games[k]);
            ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
            assertEquals(values[k], s.value(), "game " + k);
            assertCertificate(a, s);
            assertEquals(values[k].doubleValue(), ZeroSumLp.solve(toDouble(games[k])).value(), 1e-9, "game " + k);
        }
    }

    @Test
    void fractionalPayoffs() {
        Rational[][] a = {{Rational.parse("1/3"), Rational.parse("-0.25")}, {Rational.parse("-1/6"), Rational.parse("2/5")}};
        ZeroSumLp.ExactSolution s = ZeroSumLp.solveExact(a);
        assertCertificate(a, s);
        // 2×2 without saddle: v = (ad − bc) / (a + d − b − c)
        Rational num = a[0][0].multiply(a[1][1]).subtract(a[0][1].multiply(a[1][0]));
        Rational den = a[0][0].add(a[1][1]).subtract(a[0][1]).subtract(a[1][0]);
        assertEquals(num.divide(den), s.value());
    }

    @Test
    void theExactSimplexFallbackAgreesWithTheFastRoute() {
        for (long seed = 0; seed < 10; seed++) {
            Rational[][] a = RandomGames.zeroSum(7, 9, -20, 20, seed).matrix(0);
            ZeroSumLp.Traced fast = ZeroSumLp.solveExactTraced(a);
            BigInteger[][] ap = new BigInteger[7][9];
            for (int i = 0; i < 7; i++) {
                for (int j = 0; j < 9; j++) {
                    ap[i][j] = a[i][j].numerator().add(BigInteger.valueOf(21)); // ≥ 1
                }
            }
            BigInteger[] ones = new BigInteger[9];
            Arrays.fill(ones, BigInteger.ONE);
            ExactSimplex.Solution lp = ExactSimplex.maximize(ap, Arrays.copyOf(ones, 7), ones);
            // value of A' = 1 / Σy'
            Rational v = lp.value().reciprocal().subtract(Rational.of(21));
            assertEquals(fast.solution().value(), v, "seed " + seed);
            Rational dualSum = Arrays.stream(lp.dual()).reduce(Rational.ZERO, Rational::add);
            assertEquals(lp.value(), dualSum, "strong duality");
        }
    }

    @Test
    void fastRouteOnRandomGames() {
        // nondegenerate random games are certified from the floating-point supports, no exact simplex
        for (long seed = 0; seed < 5; seed++) {
            Rational[][] a = RandomGames.zeroSum(40, 30, 0, 99, seed).matrix(0);
            ZeroSumLp.Traced t = ZeroSumLp.solveExactTraced(a);
            assertEquals(ZeroSumLp.Route.COLUMN_LP_SUPPORTS, t.route());
            assertCertificate(a, t.solution());
        }
    }

    @Test
    void degenerateVerticesAreRecomputedFromBothLps() {
        // payoffs in {−1, 0, 1}: many optimal vertices are degenerate (|S_x| ≠ |S_y|)
        java.util.Set<ZeroSumLp.Route> routes = java.util.EnumSet.noneOf(ZeroSumLp.Route.class);
        for (long seed = 0; seed < 30; seed++) {
            Rational[][] a = RandomGames.zeroSum(3, 3, -1, 1, seed).matrix(0);
            ZeroSumLp.Traced t = ZeroSumLp.solveExactTraced(a);
            routes.add(t.route());
            assertCertificate(a, t.solution());
        }
        assertTrue(routes.contains(ZeroSumLp.Route.TWO_LP_VERTICES), routes.toString());
    }

    @Test
    void hugePayoffsGoToTheExactSimplex() {
        // entries beyond the 40-bit word-size path: solved by the rational simplex, still certified
        Rational big = Rational.parse("1e15");
        Rational off = Rational.parse("12345678901234567/3");
        long[][] rps = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
        Rational[][] a = new Rational[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                a[i][j] = big.multiply(Rational.of(rps[i][j])).add(off);
            }
        }
        ZeroSumLp.Traced t = ZeroSumLp.solveExactTraced(a);
        assertEquals(ZeroSumLp.Route.EXACT_SIMPLEX, t.route());
        assertEquals(off, t.solution().value());
        assertEquals(MixedStrategy.uniform(3), t.solution().x());
        assertCertificate(a, t.solution());
    }

    @Test
    void exactSimplexClassicLp() {
        // Wyndor (Hillier–Lieberman): max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 → 36 at (2, 6), duals (0, 3/2, 1)
        ExactSimplex.Solution s = ExactSimplex.maximize(big(new long[][] {{1, 0}, {0, 2}, {3, 2}}), big(4, 12, 18),
                big(3, 5));
        assertEquals(Rational.of(36), s.value());
        assertEquals(List.of(Rational.of(2), Rational.of(6)), List.of(s.x()));
        assertEquals(List.of(Rational.ZERO, Rational.of(3, 2), Rational.ONE), List.of(s.dual()));
    }

    @Test
    void exactSimplexTerminatesOnBealesCyclingExample() {
        // Beale (1955), rows scaled to integers: cycles under the textbook Dantzig rule
        BigInteger[][] a = big(new long[][] {{1, -32, -4, 36}, {1, -24, -1, 6}, {0, 0, 1, 0}});
        BigInteger[] b = big(0, 0, 1);
        BigInteger[] c = big(3, -80, 2, -24);
        ExactSimplex.Solution s = ExactSimplex.maximize(a, b, c);
        // certificate: primal feasible, dual feasible, equal objectives
        Rational primal = Rational.ZERO;
        for (int j = 0; j < 4; j++) {
            primal = primal.add(s.x()[j].multiply(Rational.of(c[j])));
            assertTrue(s.x()[j].signum() >= 0);
        }
        for (int i = 0; i < 3; i++) {
            Rational lhs = Rational.ZERO;
            for (int j = 0; j < 4; j++) {
                lhs = lhs.add(s.x()[j].multiply(Rational.of(a[i][j])));
            }
            assertTrue(lhs.compareTo(Rational.of(b[i])) <= 0);
            assertTrue(s.dual()[i].signum() >= 0);
        }
        for (int j = 0; j < 4; j++) {
            Rational col = Rational.ZERO;
            for (int i = 0; i < 3; i++) {
                col = col.add(s.dual()[i].multiply(Rational.of(a[i][j])));
            }
            assertTrue(col.compareTo(Rational.of(c[j])) >= 0);
        }
        assertEquals(primal, s.value());
        assertEquals(s.dual()[2], s.value()); // bᵀu = u_3
        // Beale's optimum: −5/4 for his minimisation at x4 = x6 = 1, i.e. 5 after scaling the objective by −4
        assertEquals(Rational.of(5), s.value());
        assertEquals(List.of(Rational.ONE, Rational.ZERO, Rational.ONE, Rational.ZERO), List.of(s.x()));
    }

    @Test
    void padicSolverMatchesExactElimination() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 30; trial++) {
            int k = 1 + rng.nextInt(12);
            long[][] m = new long[k][k];
            long[] b = new long[k];
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    m[i][j] = rng.nextLong(-50, 51);
                }
                b[i] = rng.nextLong(-50, 51);
            }
            BigInteger[] z = PadicSolver.solve(m, b);
            Rational[] expected = gauss(m, b);
            if (expected == null) {
                assertNull(z);
                continue;
            }
            for (int i = 0; i < k; i++) {
                assertEquals(expected[i], Rational.of(z[i], z[k]), "trial " + trial + " component " + i);
            }
        }
        assertNull(PadicSolver.solve(new long[][] {{1, 2}, {2, 4}}, new long[] {1, 1}), "singular");
    }

    /** Plain exact Gauss–Jordan in Rationals (reference for the p-adic solver); null if singular. */
    private static Rational[] gauss(long[][] m, long[] b) {
        int k = m.length;
        Rational[][] t = new Rational[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                t[i][j] = Rational.of(m[i][j]);
            }
            t[i][k] = Rational.of(b[i]);
        }
        for (int c = 0; c < k; c++) {
            int p = c;
            while (p < k && t[p][c].isZero()) {
                p++;
            }
            if (p == k) {
                return null;
            }
            Rational[] tmp = t[p];
            t[p] = t[c];
            t[c] = tmp;
            for (int i = 0; i < k; i++) {
                if (i != c && !t[i][c].isZero()) {
                    Rational f = t[i][c].divide(t[c][c]);
                    for (int j = c; j <= k; j++) {
                        t[i][j] = t[i][j].subtract(f.multiply(t[c][j]));
                    }
                }
            }
        }
        Rational[] z = new Rational[k];
        for (int i = 0; i < k; i++) {
            z[i] = t[i][k].divide(t[i][i]);
        }
        return z;
    }

    private static BigInteger[][] big(long[][] a) {
        return Arrays.stream(a).map(ZeroSumLpTest::big).toArray(BigInteger[][]::new);
    }

    private static BigInteger[] big(long... a) {
        return Arrays.stream(a).mapToObj(BigInteger::valueOf).toArray(BigInteger[]::new);
    }

    static double[][] toDouble(long[][] a) {
        return Arrays.stream(a).map(row -> Arrays.stream(row).asDoubleStream().toArray()).toArray(double[][]::new);
    }
}
