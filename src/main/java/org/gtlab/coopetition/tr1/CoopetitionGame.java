package org.gtlab.coopetition.tr1;

import java.util.Arrays;

/**
 * The TR-1 coopetition game of N actors (spec §2.2–2.3): endowments e, bargaining shares α
 * (Σα = 1), interdependence matrix D (row = depender: D[i][j] is how much i depends on j,
 * D[i][i] = 0), a value function f and complementarity γ ∈ [0, 1].
 *
 * <pre>
 * g(a)    = (Π a_i)^(1/N), 0 if some a_i ≤ 0                 synergy
 * V(a)    = Σ f(a_i) + γ g(a)                                total value
 * π_i(a)  = e_i − a_i + f(a_i) + α_i γ g(a)                  private payoff (only the synergy is split)
 * U_i(a)  = π_i(a) + Σ_{j≠i} D_ij π_j(a)                      integrated utility
 * k_i     = α_i + Σ_{j≠i} D_ij α_j                            effective synergy share
 * FOC     f'(a_i) + γ k_i g(a) / (N a_i) = 1
 * </pre>
 *
 * <p>Immutable. TR-2 trust weights enter as U_i^T = π_i + Σ T_ij D_ij π_j, i.e. the game
 * {@link #withTrust(double[][])} with D replaced by T∘D.
 *
 * <p>Failure modes: the constructor refuses negative or non-finite endowments, shares that are
 * negative or do not sum to 1 (±1e-9), D entries outside [0, 1] or a non-zero diagonal, γ outside
 * [0, 1], fewer than 2 actors, and arrays of mismatched sizes, each with a message naming the field.
 */
public final class CoopetitionGame {

    private final double[] endowments;
    private final double[] shares;
    private final double[][] d;
    private final ValueFunction value;
    private final double gamma;

    /**
     * @throws IllegalArgumentException naming the field that is not allowed
     */
    public CoopetitionGame(double[] endowments, double[] shares, double[][] interdependence, ValueFunction value,
            double gamma) {
        if (endowments == null || shares == null || interdependence == null || value == null) {
            throw new IllegalArgumentException("endowments, shares, interdependence and value function are required");
        }
        int n = endowments.length;
        if (n < 2) {
            throw new IllegalArgumentException("a coopetition game needs at least 2 actors, got " + n);
        }
        if (shares.length != n || interdependence.length != n) {
            throw new IllegalArgumentException("endowments have " + n + " entries but shares have " + shares.length
                    + " and D has " + interdependence.length + " rows");
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(endowments[i]) || endowments[i] < 0) {
                throw new IllegalArgumentException("endowment e_" + i + " must be a finite number ≥ 0, got "
                        + endowments[i]);
            }
            if (!Double.isFinite(shares[i]) || shares[i] < 0) {
                throw new IllegalArgumentException("bargaining share α_" + i + " must be a finite number ≥ 0, got "
                        + shares[i]);
            }
            sum += shares[i];
            if (interdependence[i] == null || interdependence[i].length != n) {
                throw new IllegalArgumentException("row " + i + " of D must have " + n + " entries");
            }
            for (int j = 0; j < n; j++) {
                double v = interdependence[i][j];
                if (!Double.isFinite(v) || v < 0 || v > 1) {
                    throw new IllegalArgumentException("interdependence D[" + i + "][" + j + "] must be in [0, 1], got "
                            + v);
                }
                if (i == j && v != 0) {
                    throw new IllegalArgumentException("interdependence D[" + i + "][" + i + "] must be 0, got " + v);
                }
            }
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("bargaining shares α must sum to 1, got " + sum);
        }
        if (!Double.isFinite(gamma) || gamma < 0 || gamma > 1) {
            throw new IllegalArgumentException("complementarity γ must be in [0, 1], got " + gamma);
        }
        this.endowments = endowments.clone();
        this.shares = shares.clone();
        this.d = new double[n][];
        for (int i = 0; i < n; i++) {
            this.d[i] = interdependence[i].clone();
        }
        this.value = value;
        this.gamma = gamma;
    }

    /** A dyad: e = (e0, e1), α = (α0, 1 − α0), D = [[0, d01], [d10, 0]]. */
    public static CoopetitionGame dyad(double e0, double e1, double alpha0, double d01, double d10, ValueFunction f,
            double gamma) {
        return new CoopetitionGame(new double[] {e0, e1}, new double[] {alpha0, 1 - alpha0},
                new double[][] {{0, d01}, {d10, 0}}, f, gamma);
    }

    /** Number of actors N. */
    public int actors() {
        return endowments.length;
    }

    public double[] endowments() {
        return endowments.clone();
    }

    public double endowment(int i) {
        return endowments[i];
    }

    public double[] shares() {
        return shares.clone();
    }

    public double share(int i) {
        return shares[i];
    }

    /** D (a copy), row = depender. */
    public double[][] interdependence() {
        double[][] c = new double[d.length][];
        for (int i = 0; i < d.length; i++) {
            c[i] = d[i].clone();
        }
        return c;
    }

    public double dependence(int i, int j) {
        return d[i][j];
    }

    public ValueFunction valueFunction() {
        return value;
    }

    public double gamma() {
        return gamma;
    }

    /** The same game with another D. */
    public CoopetitionGame withInterdependence(double[][] dNew) {
        return new CoopetitionGame(endowments, shares, dNew, value, gamma);
    }

    /** The same game with another γ. */
    public CoopetitionGame withGamma(double g) {
        return new CoopetitionGame(endowments, shares, d, value, g);
    }

    /** The same game with another value function. */
    public CoopetitionGame withValueFunction(ValueFunction f) {
        return new CoopetitionGame(endowments, shares, d, f, gamma);
    }

    /** The report's baseline: D = 0 and γ = 0 (spec §2.6, A6). */
    public CoopetitionGame baseline() {
        return new CoopetitionGame(endowments, shares, new double[actors()][actors()], value, 0);
    }

    /** The "D-only" baseline of A6: D = 0, γ kept (isolates interdependence). */
    public CoopetitionGame withoutInterdependence() {
        return new CoopetitionGame(endowments, shares, new double[actors()][actors()], value, gamma);
    }

    /**
     * The TR-2 trust-weighted game: D replaced by T∘D (U_i^T = π_i + Σ T_ij D_ij π_j).
     *
     * @throws IllegalArgumentException if T is not N×N with entries in [0, 1]
     */
    public CoopetitionGame withTrust(double[][] trust) {
        int n = actors();
        if (trust == null || trust.length != n) {
            throw new IllegalArgumentException("trust matrix must be " + n + "×" + n);
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (trust[i] == null || trust[i].length != n) {
                throw new IllegalArgumentException("trust row " + i + " must have " + n + " entries");
            }
            for (int j = 0; j < n; j++) {
                double t = trust[i][j];
                if (!Double.isFinite(t) || t < 0 || t > 1) {
                    throw new IllegalArgumentException("trust T[" + i + "][" + j + "] must be in [0, 1], got " + t);
                }
                w[i][j] = i == j ? 0 : t * d[i][j];
            }
        }
        return withInterdependence(w);
    }

    /** f(a). */
    public double value(double a) {
        return value.value(a);
    }

    /** g(a) = (Π a_i)^(1/N), 0 if some a_i ≤ 0. */
    public static double synergy(double[] a) {
        double logSum = 0;
        for (double x : a) {
            if (!(x > 0)) {
                return 0;
            }
            logSum += Math.log(x);
        }
        if (a.length == 2) {
            return Math.sqrt(a[0] * a[1]);
        }
        return Math.exp(logSum / a.length);
    }

    /** V(a) = Σ f(a_i) + γ g(a). */
    public double totalValue(double[] a) {
        double s = 0;
        for (double x : a) {
            s += value.value(x);
        }
        return s + gamma * synergy(a);
    }

    /** Added value of actor i: V(all) − V(all but i) (the others' values and no synergy without i). */
    public double addedValue(int i, double[] a) {
        double without = 0;
        double[] rest = new double[a.length - 1];
        for (int j = 0, k = 0; j < a.length; j++) {
            if (j != i) {
                without += value.value(a[j]);
                rest[k++] = a[j];
            }
        }
        double synergyWithout = rest.length >= 1 ? gamma * synergy(rest) : 0;
        return totalValue(a) - (without + synergyWithout);
    }

    /** π_i(a) = e_i − a_i + f(a_i) + α_i γ g(a). */
    public double payoff(int i, double[] a) {
        return endowments[i] - a[i] + value.value(a[i]) + shares[i] * gamma * synergy(a);
    }

    /** π(a) for all actors. */
    public double[] payoffs(double[] a) {
        double g = synergy(a);
        double[] p = new double[actors()];
        for (int i = 0; i < p.length; i++) {
            p[i] = endowments[i] - a[i] + value.value(a[i]) + shares[i] * gamma * g;
        }
        return p;
    }

    /** U_i(a) = π_i(a) + Σ_{j≠i} D_ij π_j(a). */
    public double utility(int i, double[] a) {
        double[] p = payoffs(a);
        double u = p[i];
        for (int j = 0; j < p.length; j++) {
            if (j != i) {
                u += d[i][j] * p[j];
            }
        }
        return u;
    }

    /** k_i = α_i + Σ_{j≠i} D_ij α_j: the effective synergy share of actor i. */
    public double effectiveShare(int i) {
        double k = shares[i];
        for (int j = 0; j < shares.length; j++) {
            if (j != i) {
                k += d[i][j] * shares[j];
            }
        }
        return k;
    }

    /** ∂U_i/∂a_i − 1 + 1 = f'(a_i) + γ k_i g(a) / (N a_i) − 1 (zero at an interior best response). */
    public double focResidual(int i, double[] a) {
        return value.derivative(a[i]) + gamma * effectiveShare(i) * synergy(a) / (actors() * a[i]) - 1;
    }

    @Override
    public String toString() {
        return "CoopetitionGame{e=" + Arrays.toString(endowments) + ", α=" + Arrays.toString(shares) + ", D="
                + Arrays.deepToString(d) + ", " + value + ", γ=" + gamma + "}";
    }
}
