package org.gtlab.dynamics;

/**
 * The classical fourth-order Runge–Kutta method with a fixed step dt (Kutta 1901; Hairer, Nørsett
 * and Wanner, "Solving Ordinary Differential Equations I", §II.1). Local error O(dt⁵), global error
 * O(dt⁴). An interval of length D is covered by {@code n = ⌈D/dt⌉} equal steps of D/n (so D = k·dt
 * takes exactly k steps of dt, up to rounding of the division).
 */
public final class RungeKutta4 implements Integrator {

    private final double dt;

    /**
     * @param dt step size > 0
     * @throws IllegalArgumentException if dt is not a finite positive number
     */
    public RungeKutta4(double dt) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("RK4 step dt must be a finite number > 0, got " + dt);
        }
        this.dt = dt;
    }

    public double dt() {
        return dt;
    }

    @Override
    public String name() {
        return "RK4 (dt = " + dt + ")";
    }

    @Override
    public double initialStep() {
        return dt;
    }

    @Override
    public Advance advance(VectorField f, double[] x, double duration, double step) {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a finite number > 0, got " + duration);
        }
        long n = (long) Math.ceil(duration / dt - 1e-9);
        if (n < 1) {
            n = 1;
        }
        double h = duration / n;
        int d = x.length;
        double[] y = x.clone();
        double[] k1 = new double[d];
        double[] k2 = new double[d];
        double[] k3 = new double[d];
        double[] k4 = new double[d];
        double[] tmp = new double[d];
        for (long s = 0; s < n; s++) {
            step(f, y, h, k1, k2, k3, k4, tmp);
        }
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("the state became " + v + " (the field blew up; try a smaller dt)");
            }
        }
        return new Advance(y, dt, (int) Math.min(n, Integer.MAX_VALUE), 0);
    }

    /** One RK4 step of size h, in place. */
    static void step(VectorField f, double[] y, double h, double[] k1, double[] k2, double[] k3, double[] k4,
            double[] tmp) {
        int d = y.length;
        f.derivative(y, k1);
        for (int i = 0; i < d; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        f.derivative(tmp, k2);
        for (int i = 0; i < d; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        f.derivative(tmp, k3);
        for (int i = 0; i < d; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        f.derivative(tmp, k4);
        for (int i = 0; i < d; i++) {
            y[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
