package org.gtlab.solve.lh;

import java.math.BigInteger;
import java.util.List;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * The two best-response polytopes of a bimatrix game in the integer form used by Lemke–Howson
 * (von Stengel 2002, §3; 2007, §3.4), with a uniform numbering of variables by label.
 *
 * <p>The payoffs are made integral and positive by one positive affine map for both players,
 * which does not change the equilibria: {@code A' = L·(A + s)}, {@code B' = L·(B + s)} with L the
 * least common multiple of all denominators and {@code s = 1 − min(0, min A, min B)}, so every
 * entry is at least L. This is Gambit's normalisation up to the positive factor (Gambit divides by
 * the payoff range instead of multiplying by L, which changes nothing); the shift matters for
 * which extreme equilibria the lexicographic rule reaches in degenerate games. Then
 * <ul>
 * <li>side 0, polytope P = { x ∈ ℝᵐ : x ≥ 0, B'ᵀx ≤ 1 }: n constraint rows ρ = 0..n−1
 * ({@code Σᵢ B'[i][ρ]·xᵢ + s_ρ = 1}); structural variables xᵢ carry labels i (0-based var
 * {@code i}), slacks s_ρ carry labels m+ρ (var {@code m+ρ});</li>
 * <li>side 1, polytope Q = { y ∈ ℝⁿ : A'y ≤ 1, y ≥ 0 }: m rows ρ = 0..m−1
 * ({@code Σⱼ A'[ρ][j]·yⱼ + r_ρ = 1}); structural variables yⱼ carry labels m+j (var {@code m+j}),
 * slacks r_ρ labels ρ (var {@code ρ}).</li>
 * </ul>
 * Variables are 0-based ({@code var = label − 1}). {@code g(side)[ρ][s]} is the coefficient of
 * structural variable {@code s} in row {@code ρ}. Immutable after construction.
 */
final class LhProblem {

    final int m;
    final int n;
    /** Number of variables per side (= number of labels), m + n. */
    final int vars;
    /** Exact coefficients per side; built lazily from {@link #gl} when that is present. */
    private final BigInteger[][][] g = new BigInteger[2][][];
    /** Same coefficients as longs, or null when some entry does not fit comfortably in a long. */
    private final long[][][] gl = new long[2][][];
    /** Coefficients divided by their maximum (entries in (0, 1]), for floating-point pivoting. */
    private final double[][][] gd = new double[2][][];
    final Rational scaleA;
    final Rational shiftA;
    final Rational scaleB;
    final Rational shiftB;

    /** From transformed matrices A', B' (m×n), given as longs or (if {@code al == null}) BigIntegers. */
    private LhProblem(int m, int n, long[][] al, long[][] bl, BigInteger[][] ab, BigInteger[][] bb,
            Rational scale, Rational shift) {
        this.m = m;
        this.n = n;
        this.vars = m + n;
        this.scaleA = scale;
        this.shiftA = shift;
        this.scaleB = scale;
        this.shiftB = shift;
        if (al != null) {
            long[][] gp = new long[n][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    gp[j][i] = bl[i][j];
                }
            }
            gl[0] = gp;
            gl[1] = al;
            for (int side = 0; side < 2; side++) {
                gd[side] = normalized(gl[side]);
            }
        } else {
            BigInteger[][] gp = new BigInteger[n][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    gp[j][i] = bb[i][j];
                }
            }
            g[0] = gp;
            g[1] = ab;
            for (int side = 0; side < 2; side++) {
                gl[side] = toLongOrNull(g[side]);
                gd[side] = normalized(g[side]);
            }
        }
    }

    /** Payoffs below this in absolute value take the all-long path. */
    private static final long SMALL = 1L << 38;

    /**
     * The polytopes of a two-player game.
     *
     * @throws IllegalArgumentException if the game does not have exactly two players
     */
    static LhProblem of(NormalFormGame game) {
        if (game.numPlayers() != 2) {
            throw new IllegalArgumentException("Lemke–Howson needs a two-player game, got " + game.numPlayers()
                    + " players");
        }
        Rational[][] a = game.matrix(0);
        Rational[][] b = game.matrix(1);
        int m = a.length;
        int n = a[0].length;
        LhProblem small = ofSmallIntegers(a, b, m, n);
        if (small != null) {
            return small;
        }
        BigInteger lcm = BigInteger.ONE;
        Rational min = Rational.ZERO;
        for (Rational[][] u : List.of(a, b)) {
            for (Rational[] row : u) {
                for (Rational r : row) {
                    BigInteger d = r.denominator();
                    if (!d.equals(BigInteger.ONE)) {
                        lcm = lcm.divide(lcm.gcd(d)).multiply(d);
                    }
                    min = min.min(r);
                }
            }
        }
        Rational scale = Rational.of(lcm);
        Rational shift = Rational.ONE.subtract(min).multiply(scale);
        return new LhProblem(m, n, null, null, transform(a, scale, shift), transform(b, scale, shift), scale, shift);
    }

    /** The common case of small integer payoffs, without rational arithmetic; null otherwise. */
    private static LhProblem ofSmallIntegers(Rational[][] a, Rational[][] b, int m, int n) {
        long[][] al = new long[m][n];
        long[][] bl = new long[m][n];
        long min = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Rational x = a[i][j];
                Rational y = b[i][j];
                if (!x.isInteger() || !y.isInteger()) {
                    return null;
                }
                long lx = x.longValue();
                long ly = y.longValue();
                if (Math.abs(lx) >= SMALL || Math.abs(ly) >= SMALL || !x.equals(Rational.of(lx))
                        || !y.equals(Rational.of(ly))) {
                    return null;
                }
                al[i][j] = lx;
                bl[i][j] = ly;
                min = Math.min(min, Math.min(lx, ly));
            }
        }
        long shift = 1 - min;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                al[i][j] += shift;
                bl[i][j] += shift;
            }
        }
        return new LhProblem(m, n, al, bl, null, null, Rational.ONE, Rational.of(shift));
    }

    /** {@code scale·u + shift} for every entry (all integers by the choice of scale and shift). */
    private static BigInteger[][] transform(Rational[][] u, Rational scale, Rational shift) {
        BigInteger[][] out = new BigInteger[u.length][];
        for (int i = 0; i < u.length; i++) {
            out[i] = new BigInteger[u[i].length];
            for (int j = 0; j < u[i].length; j++) {
                Rational v = u[i][j].multiply(scale).add(shift);
                if (!v.isInteger() || v.signum() <= 0) {
                    throw new IllegalStateException("payoff transformation is not a positive integer: " + v);
                }
                out[i][j] = v.numerator();
            }
        }
        return out;
    }

    /** Bound for long storage: products of two entries and a few sums stay far from overflow. */
    private static final BigInteger LONG_SAFE = BigInteger.ONE.shiftLeft(40);

    private static long[][] toLongOrNull(BigInteger[][] a) {
        long[][] l = new long[a.length][];
        for (int i = 0; i < a.length; i++) {
            l[i] = new long[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j].abs().compareTo(LONG_SAFE) >= 0) {
                    return null;
                }
                l[i][j] = a[i][j].longValue();
            }
        }
        return l;
    }

    private static double[][] normalized(long[][] a) {
        long max = 1;
        for (long[] row : a) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        double dmax = max;
        double[][] d = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            d[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                d[i][j] = a[i][j] / dmax;
            }
        }
        return d;
    }

    private static double[][] normalized(BigInteger[][] a) {
        BigInteger max = BigInteger.ONE;
        for (BigInteger[] row : a) {
            for (BigInteger v : row) {
                max = v.max(max);
            }
        }
        double[][] d = new double[a.length][];
        double dmax = max.doubleValue();
        for (int i = 0; i < a.length; i++) {
            d[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                // correctly rounded when both are below 2^53; otherwise a close approximation
                d[i][j] = a[i][j].doubleValue() / dmax;
            }
        }
        return d;
    }

    /** Constraint rows of a side: n for P (side 0), m for Q (side 1). */
    int rows(int side) {
        return side == 0 ? n : m;
    }

    /** Structural variables of a side: m for P, n for Q. */
    int structCount(int side) {
        return side == 0 ? m : n;
    }

    /** The slack variable of row ρ (it is basic in row ρ at the artificial equilibrium). */
    int slackVar(int side, int row) {
        return side == 0 ? m + row : row;
    }

    int structVar(int side, int s) {
        return side == 0 ? s : m + s;
    }

    boolean isStruct(int side, int var) {
        return side == 0 ? var < m : var >= m;
    }

    int structIndex(int side, int var) {
        return side == 0 ? var : var - m;
    }

    /** The row whose slack is {@code var} (var must be a slack of this side). */
    int slackRow(int side, int var) {
        return side == 0 ? var - m : var;
    }

    /** Exact coefficients {@code [row][structural]} of a side. */
    BigInteger[][] g(int side) {
        if (g[side] == null) {
            long[][] l = gl[side];
            BigInteger[][] b = new BigInteger[l.length][];
            for (int r = 0; r < l.length; r++) {
                b[r] = new BigInteger[l[r].length];
                for (int s = 0; s < l[r].length; s++) {
                    b[r][s] = BigInteger.valueOf(l[r][s]);
                }
            }
            g[side] = b;
        }
        return g[side];
    }

    long[][] gLong(int side) {
        return gl[side];
    }

    double[][] gDouble(int side) {
        return gd[side];
    }
}
