package org.gtlab.dynamics;

import java.util.Arrays;

/**
 * A numerically found rest point {@code F(x*) ≈ 0} with the eigenvalues of the Jacobian of F at x*
 * restricted to the tangent space of the simplices (dimension Σ(K_p − 1)). Immutable.
 *
 * <p>Classification with tolerance τ (default 1e-7): {@link Stability#STABLE} if every real part is
 * &lt; −τ (asymptotically stable, a sink), {@link Stability#UNSTABLE} if some real part is &gt; τ
 * (source or saddle), {@link Stability#NEUTRAL} otherwise (a centre or another non-hyperbolic case,
 * e.g. the interior rest point of replicator rock–paper–scissors, eigenvalues ±i/√3).
 */
public final class RestPoint {

    /** Linear stability. */
    public enum Stability { STABLE, UNSTABLE, NEUTRAL }

    private final double[] x;
    private final double residual;
    private final double[] re;
    private final double[] im;
    private final Stability stability;

    RestPoint(double[] x, double residual, double[] re, double[] im, double tol) {
        this.x = x.clone();
        this.residual = residual;
        this.re = re.clone();
        this.im = im.clone();
        double max = Double.NEGATIVE_INFINITY;
        for (double r : re) {
            max = Math.max(max, r);
        }
        if (re.length == 0 || max < -tol) {
            this.stability = Stability.STABLE;
        } else if (max > tol) {
            this.stability = Stability.UNSTABLE;
        } else {
            this.stability = Stability.NEUTRAL;
        }
    }

    /** The state (a copy). */
    public double[] state() {
        return x.clone();
    }

    /** {@code max_i |F_i(x*)|}. */
    public double residual() {
        return residual;
    }

    /** Real parts of the tangent-space Jacobian's eigenvalues (a copy). */
    public double[] eigenvaluesReal() {
        return re.clone();
    }

    /** Imaginary parts, in the same order (a copy). */
    public double[] eigenvaluesImaginary() {
        return im.clone();
    }

    public Stability stability() {
        return stability;
    }

    public boolean isStable() {
        return stability == Stability.STABLE;
    }

    /** Number of strategies with share above 1e-9, over all populations. */
    public int supportSize() {
        int c = 0;
        for (double v : x) {
            if (v > 1e-9) {
                c++;
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return "RestPoint" + Arrays.toString(x) + " " + stability + " re=" + Arrays.toString(re) + " im="
                + Arrays.toString(im);
    }
}
