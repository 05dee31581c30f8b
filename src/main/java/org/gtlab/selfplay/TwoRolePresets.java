package org.gtlab.selfplay;

import org.gtlab.game.NormalFormGame;

/**
 * Two-role adversarial presets and toys of the self-play spec §7 (all payoff conventions are lab
 * conventions built on the papers' mechanisms):
 * <ul>
 *   <li><b>Attack–defend</b> (Self-RedTeam, Liu et al. 2025, arXiv:2506.07468): rows are attack styles,
 *       columns defence postures; with refusal r_ij = d_ij and harmful-response probability
 *       h_ij = (1 − d_ij) c_ij, attacker_ij = 0.5(2f_i − 1) + (2h_ij − 1) + 0.5 s (2r_ij − 1) (s = +1 benign
 *       seed, −1 harmful) and defender_ij = (1 − 2h_ij) + (2ρ_ij − 1), ρ = r for a harmful seed, 1 − r
 *       for a benign one; the zero-sum switch sets defender = −attacker.</li>
 *   <li><b>Hide-and-detect</b> (SPC, Chen et al. 2025, arXiv:2504.19162): the generator's payoff is
 *       1 − 2 d_ij on the ±1 scale (zero-sum). With a diagonal D both mix x_i = y_i ∝ 1/d_i and the
 *       value is 1 − 2/Σ_k (1/d_k).</li>
 *   <li><b>Curriculum toy</b> (proposer–solver papers): pass rate p = σ(s − d); with n attempts and
 *       reward (1 − p̂)·1[0 &lt; p̂ &lt; 1] the expected reward is (1 − p) − (1 − p)ⁿ, maximised at
 *       p* = 1 − n^(−1/(n−1)); the peaked reward 4p(1 − p) is maximised at d = s; without the
 *       validity check the reward 1 − p runs away to d → ∞.</li>
 * </ul>
 * Failure modes: probabilities outside [0, 1], ragged matrices, a non-positive detection probability
 * on a diagonal, or n &lt; 2 throw {@link IllegalArgumentException} naming the entry.
 */
public final class TwoRolePresets {

    private TwoRolePresets() {
    }

    /** Attacker payoffs (row 0 of the result) and defender payoffs (row 1) of the attack–defend preset. */
    public static double[][][] attackDefend(boolean harmfulSeed, double[] f, double[][] d, double[][] c) {
        int m = d.length;
        int n = d[0].length;
        if (f.length != m || c.length != m) {
            throw new IllegalArgumentException("attack-defend needs " + m + " faithfulness values and " + m
                    + " compliance rows, got " + f.length + " and " + c.length);
        }
        double s = harmfulSeed ? -1 : 1;
        double[][] att = new double[m][n];
        double[][] def = new double[m][n];
        for (int i = 0; i < m; i++) {
            prob("faithfulness f" + (i + 1), f[i]);
            if (d[i].length != n || c[i].length != n) {
                throw new IllegalArgumentException("attack-defend row " + (i + 1) + " has the wrong length");
            }
            for (int j = 0; j < n; j++) {
                prob("detection d(" + (i + 1) + "," + (j + 1) + ")", d[i][j]);
                prob("compliance-harm c(" + (i + 1) + "," + (j + 1) + ")", c[i][j]);
                double r = d[i][j];
                double h = (1 - d[i][j]) * c[i][j];
                double rho = harmfulSeed ? r : 1 - r;
                att[i][j] = 0.5 * (2 * f[i] - 1) + (2 * h - 1) + 0.5 * s * (2 * r - 1);
                def[i][j] = (1 - 2 * h) + (2 * rho - 1);
            }
        }
        return new double[][][] {att, def};
    }

    /** The attack–defend game: general-sum (the code's rewards) or zero-sum (defender = −attacker). */
    public static NormalFormGame attackDefendGame(boolean harmfulSeed, double[] f, double[][] d, double[][] c,
            boolean zeroSum) {
        double[][][] p = attackDefend(harmfulSeed, f, d, c);
        double[][] b = p[1];
        if (zeroSum) {
            b = new double[p[0].length][p[0][0].length];
            for (int i = 0; i < b.length; i++) {
                for (int j = 0; j < b[i].length; j++) {
                    b[i][j] = -p[0][i][j];
                }
            }
        }
        return NormalFormGame.bimatrix(p[0], b);
    }

    /** The generator's payoffs 1 − 2 d_ij of the hide-and-detect preset. */
    public static double[][] hideAndDetect(double[][] d) {
        double[][] a = new double[d.length][];
        for (int i = 0; i < d.length; i++) {
            a[i] = new double[d[i].length];
            for (int j = 0; j < d[i].length; j++) {
                prob("detection d(" + (i + 1) + "," + (j + 1) + ")", d[i][j]);
                a[i][j] = 1 - 2 * d[i][j];
            }
        }
        return a;
    }

    /** The diagonal detection matrix diag(d). */
    public static double[][] diagonal(double... d) {
        double[][] m = new double[d.length][d.length];
        for (int i = 0; i < d.length; i++) {
            if (!(d[i] > 0 && d[i] <= 1)) {
                throw new IllegalArgumentException("diagonal detection d" + (i + 1) + " = " + d[i] + " must lie in (0, 1]");
            }
            m[i][i] = d[i];
        }
        return m;
    }

    /** Closed-form value 1 − 2/Σ(1/d_k) of the diagonal hide-and-detect game. */
    public static double diagonalValue(double... d) {
        double s = 0;
        for (double v : d) {
            s += 1 / v;
        }
        return 1 - 2 / s;
    }

    /** Closed-form mixture x_i = y_i ∝ 1/d_i of the diagonal hide-and-detect game. */
    public static double[] diagonalMix(double... d) {
        double s = 0;
        for (double v : d) {
            s += 1 / v;
        }
        double[] x = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            x[i] = (1 / d[i]) / s;
        }
        return x;
    }

    /** Expected proposer reward (1 − p) − (1 − p)ⁿ with n attempts and the validity check. */
    public static double curriculumReward(double p, int n) {
        return (1 - p) - Math.pow(1 - p, n);
    }

    /** p* = 1 − n^(−1/(n−1)). */
    public static double optimalPassRate(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("solver attempts n must be >= 2, got " + n);
        }
        return 1 - Math.pow(n, -1.0 / (n - 1));
    }

    /** The maximiser of {@link #curriculumReward} over p ∈ [0, 1] by golden-section search (to 1e-12). */
    public static double numericOptimalPassRate(int n) {
        return goldenMax(p -> curriculumReward(p, n), 0, 1);
    }

    /** The proposer's best-response difficulty under the peaked reward 4p(1 − p), p = σ(s − d), by golden section. */
    public static double peakedBestResponse(double skill) {
        return goldenMax(d -> {
            double p = Preference.sigma(skill - d);
            return 4 * p * (1 - p);
        }, skill - 20, skill + 20);
    }

    private static double goldenMax(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double g = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > 1e-12) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return (a + b) / 2;
    }

    private static void prob(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " = " + v + " must lie in [0, 1]");
        }
    }
}
