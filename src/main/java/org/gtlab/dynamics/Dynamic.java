package org.gtlab.dynamics;

/**
 * A revision protocol: how one population's shares change given their fitness. With {@code x} the
 * shares of one population (Σ x = 1), {@code f} their fitness and {@code f̄ = Σ_i x_i f_i}:
 * <ul>
 *   <li>{@link #replicator()}: {@code ẋ_i = x_i (f_i − f̄)} (Taylor and Jonker 1978);</li>
 *   <li>{@link #replicatorMutation(double)}: {@code ẋ_i = x_i (f_i − f̄) + μ (1/K − x_i)}, selection
 *       plus uniform mutation at rate μ (Hofbauer and Sigmund 1998, "Evolutionary Games and
 *       Population Dynamics"; Bomze and Bürger 1995);</li>
 *   <li>{@link #logit(double)}: {@code ẋ = softmax(f / η) − x} (Fudenberg and Levine 1998;
 *       Hofbauer and Sandholm 2002); rest points are the logit QREs: {@code x = softmax(f(x)/η)};</li>
 *   <li>{@link #bestResponse()}: {@code ẋ = b − x} with b uniform over the pure best responses
 *       (Gilboa and Matsui 1991); discontinuous where best responses switch;</li>
 *   <li>{@link #bnn()}: {@code ẋ_i = k_i − x_i Σ_j k_j}, {@code k_i = [f_i − f̄]₊} (Brown and von
 *       Neumann 1950);</li>
 *   <li>{@link #smith()}: {@code ẋ_i = Σ_j x_j [f_i − f_j]₊ − x_i Σ_j [f_j − f_i]₊} (Smith 1984).</li>
 * </ul>
 * See Sandholm 2010, "Population Games and Evolutionary Dynamics", ch. 5–6. Every protocol keeps
 * Σ x constant. Exponentials use {@link StrictMath} (identical results on every JVM).
 */
public abstract class Dynamic {

    private final String name;

    private Dynamic(String name) {
        this.name = name;
    }

    /** Short name with parameters, e.g. "logit(η = 0.1)". */
    public String name() {
        return name;
    }

    /**
     * True if the dynamic leaves every face of the simplex invariant (an unused strategy stays
     * unused): replicator only. Rest points of such dynamics can lie on the boundary.
     */
    public abstract boolean keepsFaces();

    /** True if the vector field is smooth (every protocol except best response). */
    public boolean isSmooth() {
        return true;
    }

    /**
     * Writes the population's {@code ẋ} into {@code dx[off … off+len)}, reading its shares and
     * fitness from {@code x[off …]} and {@code f[off …]}.
     */
    public abstract void apply(double[] x, double[] f, int off, int len, double[] dx);

    @Override
    public String toString() {
        return name;
    }

    static double mean(double[] x, double[] f, int off, int len) {
        double s = 0;
        for (int i = off; i < off + len; i++) {
            s += x[i] * f[i];
        }
        return s;
    }

    public static Dynamic replicator() {
        return new Dynamic("replicator") {
            @Override
            public boolean keepsFaces() {
                return true;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                double fbar = mean(x, f, off, len);
                for (int i = off; i < off + len; i++) {
                    dx[i] = x[i] * (f[i] - fbar);
                }
            }
        };
    }

    /**
     * @param mu mutation rate μ ≥ 0 (per unit time)
     * @throws IllegalArgumentException if μ is negative or not finite
     */
    public static Dynamic replicatorMutation(double mu) {
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            throw new IllegalArgumentException("mutation rate μ must be a finite number ≥ 0, got " + mu);
        }
        return new Dynamic("replicator–mutation(μ = " + mu + ")") {
            @Override
            public boolean keepsFaces() {
                return mu == 0;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                double fbar = mean(x, f, off, len);
                double u = 1.0 / len;
                for (int i = off; i < off + len; i++) {
                    dx[i] = x[i] * (f[i] - fbar) + mu * (u - x[i]);
                }
            }
        };
    }

    /**
     * @param eta noise level η > 0 (payoff units)
     * @throws IllegalArgumentException if η is not a finite positive number
     */
    public static Dynamic logit(double eta) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("logit noise η must be a finite number > 0, got " + eta);
        }
        return new Dynamic("logit(η = " + eta + ")") {
            @Override
            public boolean keepsFaces() {
                return false;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = off; i < off + len; i++) {
                    max = Math.max(max, f[i]);
                }
                double s = 0;
                for (int i = off; i < off + len; i++) {
                    dx[i] = StrictMath.exp((f[i] - max) / eta);
                    s += dx[i];
                }
                for (int i = off; i < off + len; i++) {
                    dx[i] = dx[i] / s - x[i];
                }
            }
        };
    }

    public static Dynamic bestResponse() {
        return new Dynamic("best response") {
            @Override
            public boolean keepsFaces() {
                return false;
            }

            @Override
            public boolean isSmooth() {
                return false;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                double max = Double.NEGATIVE_INFINITY;
                int count = 0;
                for (int i = off; i < off + len; i++) {
                    if (f[i] > max) {
                        max = f[i];
                        count = 1;
                    } else if (f[i] == max) {
                        count++;
                    }
                }
                for (int i = off; i < off + len; i++) {
                    dx[i] = (f[i] == max ? 1.0 / count : 0) - x[i];
                }
            }
        };
    }

    public static Dynamic bnn() {
        return new Dynamic("Brown–von Neumann–Nash") {
            @Override
            public boolean keepsFaces() {
                return false;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                double fbar = mean(x, f, off, len);
                double ks = 0;
                for (int i = off; i < off + len; i++) {
                    ks += Math.max(f[i] - fbar, 0);
                }
                for (int i = off; i < off + len; i++) {
                    dx[i] = Math.max(f[i] - fbar, 0) - x[i] * ks;
                }
            }
        };
    }

    public static Dynamic smith() {
        return new Dynamic("Smith") {
            @Override
            public boolean keepsFaces() {
                return false;
            }

            @Override
            public void apply(double[] x, double[] f, int off, int len, double[] dx) {
                for (int i = off; i < off + len; i++) {
                    double in = 0;
                    double out = 0;
                    for (int j = off; j < off + len; j++) {
                        double d = f[i] - f[j];
                        if (d > 0) {
                            in += x[j] * d;
                        } else if (d < 0) {
                            out -= d;
                        }
                    }
                    dx[i] = in - x[i] * out;
                }
            }
        };
    }
}
