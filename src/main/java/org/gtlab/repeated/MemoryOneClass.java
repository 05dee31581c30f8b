package org.gtlab.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What kind of memory-one strategy a vector is (the strategy editor's live classification).
 *
 * <p><b>Named rules</b> (exact, tolerance 1e-9 per entry): ALLC (1,1,1,1), ALLD (0,0,0,0), TFT
 * (1,0,1,0), WSLS (1,0,0,1), Grim (1,0,0,0), GTFT-like (1,q,1,q) with 0 &lt; q &lt; 1 (Nowak &amp;
 * Sigmund 1992); TFT-like: p_CC and p_DC ≥ 0.9 and p_CD, p_DD ≤ 0.1 (reciprocates, not exactly TFT).
 * Traits (Axelrod 1984): <i>nice</i> (p_CC = 1 and first = 1: never defects first), <i>retaliating</i>
 * (p_CD &lt; 1), <i>forgiving</i> (p_DD &gt; 0 or p_CD &gt; 0).
 *
 * <p><b>Zero-determinant</b> (Press &amp; Dyson 2012, PNAS 109): on a 2×2 stage game with the row
 * player's payoffs S_X = (R, S, T, P) and the column player's S_Y = (R, T, S, P) over the outcomes
 * (CC, CD, DC, DD) seen by the strategy's owner, the vector is ZD if p̃ = (p_CC − 1, p_CD − 1, p_DC,
 * p_DD) = α·S_X + β·S_Y + γ·1 for some α, β, γ not all zero. It is solved by least squares on the four
 * equations (3 unknowns, normal equations by Gaussian elimination with partial pivoting) and accepted
 * when every residual is ≤ 1e-9. Writing p̃ = φ[(S_X − l) − χ(S_Y − l)] gives χ = −β/α and the
 * baseline l = −γ/(α + β): <i>extortionate</i> if χ &gt; 1 and l = P, <i>generous</i> if χ &gt; 1 and l =
 * R (Stewart &amp; Plotkin 2013), <i>fair</i> if χ = 1 (TFT-like ratio); α = 0 is an <i>equaliser</i>
 * that sets the opponent's mean score to −γ/β. A stage game that is not 2×2 gives no ZD verdict
 * (the labels beyond the first option count as D everywhere else, but Press–Dyson needs 2×2).
 *
 * <p>Failure modes: none — a vector outside [0, 1] cannot be built ({@link MemoryOne} refuses it).
 */
public final class MemoryOneClass {

    /** Tolerance of the named rules and the ZD residuals. */
    public static final double TOL = 1e-9;

    private MemoryOneClass() {
    }

    /**
     * The labels of {@code v}, most specific first ("TFT", "ZD extortionate χ = 2", "nice", …).
     *
     * @param stage the stage game (null or not 2×2: no ZD verdict)
     */
    public static List<String> classify(MemoryOne v, StageGame stage) {
        List<String> out = new ArrayList<>();
        double[] p = {v.pCC(), v.pCD(), v.pDC(), v.pDD()};
        if (is(p, 1, 1, 1, 1)) {
            out.add("ALLC (always cooperate)");
        } else if (is(p, 0, 0, 0, 0)) {
            out.add("ALLD (always defect)");
        } else if (is(p, 1, 0, 1, 0)) {
            out.add("TFT (tit for tat)");
        } else if (is(p, 1, 0, 0, 1)) {
            out.add("WSLS (win-stay lose-shift)");
        } else if (is(p, 1, 0, 0, 0)) {
            out.add("Grim (grudger)");
        } else if (eq(p[0], 1) && eq(p[2], 1) && eq(p[1], p[3]) && p[1] > TOL && p[1] < 1 - TOL) {
            out.add(String.format(Locale.ROOT, "GTFT-like (forgives a defection with probability %.3g)", p[1]));
        } else if (p[0] >= 0.9 && p[2] >= 0.9 && p[1] <= 0.1 && p[3] <= 0.1) {
            out.add("TFT-like (reciprocates)");
        }
        String zd = zeroDeterminant(v, stage);
        if (zd != null) {
            out.add(zd);
        }
        if (eq(p[0], 1) && eq(v.first(), 1)) {
            out.add("nice (never defects first)");
        }
        if (p[1] < 1 - TOL) {
            out.add("retaliating");
        }
        if (p[3] > TOL || p[1] > TOL) {
            out.add("forgiving");
        }
        out.add(v.deterministic() ? "deterministic" : "stochastic");
        return List.copyOf(out);
    }

    /** The ZD verdict, or null if the vector is not ZD on this stage game (or the game is not 2×2). */
    public static String zeroDeterminant(MemoryOne v, StageGame g) {
        if (g == null || g.rows() != 2 || g.cols() != 2) {
            return null;
        }
        double r = g.u1(0, 0);
        double s = g.u1(0, 1);
        double t = g.u1(1, 0);
        double pp = g.u1(1, 1);
        double[][] a = {{r, r, 1}, {s, t, 1}, {t, s, 1}, {pp, pp, 1}};
        double[] y = {v.pCC() - 1, v.pCD() - 1, v.pDC(), v.pDD()};
        // normal equations AᵀA x = Aᵀy
        double[][] n = new double[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    n[i][j] += a[k][i] * a[k][j];
                }
            }
            for (int k = 0; k < 4; k++) {
                n[i][3] += a[k][i] * y[k];
            }
        }
        double[] x = solve(n);
        if (x == null) {
            return null;
        }
        for (int k = 0; k < 4; k++) {
            double fit = a[k][0] * x[0] + a[k][1] * x[1] + x[2];
            if (Math.abs(fit - y[k]) > TOL) {
                return null;
            }
        }
        double alpha = x[0];
        double beta = x[1];
        double gamma = x[2];
        if (Math.abs(alpha) <= TOL && Math.abs(beta) <= TOL) {
            return null;
        }
        if (Math.abs(alpha) <= TOL) {
            return "ZD equaliser (sets the opponent's score to " + g(-gamma / beta) + ")";
        }
        double chi = -beta / alpha;
        if (Math.abs(chi - 1) <= 1e-7) {
            return "ZD fair (χ = 1: equal surplus, like TFT)";
        }
        if (Math.abs(alpha + beta) <= TOL) {
            return "ZD (χ = " + g(chi) + ")";
        }
        double l = -gamma / (alpha + beta);
        if (chi > 1 && Math.abs(l - pp) <= 1e-7) {
            return "ZD extortionate (χ = " + g(chi) + ", baseline P = " + g(pp) + ")";
        }
        if (chi > 1 && Math.abs(l - r) <= 1e-7) {
            return "ZD generous (χ = " + g(chi) + ", baseline R = " + g(r) + ")";
        }
        return "ZD (χ = " + g(chi) + ", baseline " + g(l) + ")";
    }

    /** Gaussian elimination with partial pivoting on an augmented 3×4 matrix; null if singular. */
    private static double[] solve(double[][] m) {
        int n = 3;
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            if (Math.abs(m[piv][c]) < 1e-12) {
                return null;
            }
            double[] tmp = m[c];
            m[c] = m[piv];
            m[piv] = tmp;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
    }

    /** Four significant digits without trailing zeros ("2", "0.3333"). */
    static String g(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static boolean is(double[] p, double a, double b, double c, double d) {
        return eq(p[0], a) && eq(p[1], b) && eq(p[2], c) && eq(p[3], d);
    }

    private static boolean eq(double a, double b) {
        return Math.abs(a - b) <= TOL;
    }
}
