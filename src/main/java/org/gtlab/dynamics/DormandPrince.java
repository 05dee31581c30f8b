package org.gtlab.dynamics;

/**
 * The adaptive embedded Runge–Kutta pair of Dormand and Prince, order 5(4) ("A family of embedded
 * Runge–Kutta formulae", J. Comput. Appl. Math. 6, 1980; tableau and step control as in Hairer,
 * Nørsett and Wanner, "Solving ODEs I", §II.4–II.5). The 5th-order solution is propagated (local
 * extrapolation); the error estimate is the difference to the embedded 4th-order solution.
 *
 * <p>Step control: {@code err = √(mean_i (e_i / (atol + rtol · max(|x_i|, |x_i'|)))²)}; a step
 * with {@code err ≤ 1} is accepted; the next step is {@code h · min(5, max(0.2, 0.9 · err^(−1/5)))}.
 * Steps never exceed {@code maxStep}; a step below 1e-14·(1 + |t|) means the problem is too stiff
 * and is reported as an error.
 */
public final class DormandPrince implements Integrator {

    private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
    private static final double A21 = 1.0 / 5;
    private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561,
            A54 = -212.0 / 729;
    private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176,
            A65 = -5103.0 / 18656;
    private static final double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784,
            B6 = 11.0 / 84;
    /** b − b̂ (5th minus embedded 4th order weights). */
    private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200,
            E6 = 22.0 / 525, E7 = -1.0 / 40;

    private final double rtol;
    private final double atol;
    private final double maxStep;

    /**
     * @param rtol relative tolerance > 0
     * @param atol absolute tolerance > 0
     * @param maxStep largest step allowed > 0
     * @throws IllegalArgumentException if a tolerance or the maximal step is not finite and positive
     */
    public DormandPrince(double rtol, double atol, double maxStep) {
        for (double[] v : new double[][] {{rtol}, {atol}, {maxStep}}) {
            if (!(v[0] > 0) || Double.isInfinite(v[0])) {
                throw new IllegalArgumentException("tolerances and the maximal step must be finite numbers > 0, got rtol = "
                        + rtol + ", atol = " + atol + ", maxStep = " + maxStep);
            }
        }
        this.rtol = rtol;
        this.atol = atol;
        this.maxStep = maxStep;
    }

    /** rtol = atol = 1e-8, maxStep = 1. */
    public DormandPrince() {
        this(1e-8, 1e-8, 1);
    }

    @Override
    public String name() {
        return "Dormand–Prince 5(4) (rtol = " + rtol + ", atol = " + atol + ")";
    }

    @Override
    public double initialStep() {
        return Math.min(0.01, maxStep);
    }

    @Override
    public Advance advance(VectorField f, double[] x, double duration, double step) {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a finite number > 0, got " + duration);
        }
        int d = x.length;
        double[] y = x.clone();
        double[] k1 = new double[d], k2 = new double[d], k3 = new double[d], k4 = new double[d], k5 = new double[d],
                k6 = new double[d], k7 = new double[d], tmp = new double[d], yNew = new double[d];
        double h = step > 0 && Double.isFinite(step) ? Math.min(step, maxStep) : initialStep();
        double t = 0;
        int accepted = 0;
        int rejected = 0;
        f.derivative(y, k1);
        double proposal = h;
        while (t < duration) {
            boolean last = t + h >= duration;
            double hs = last ? duration - t : h;
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hs * A21 * k1[i];
            }
            f.derivative(tmp, k2);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hs * (A31 * k1[i] + A32 * k2[i]);
            }
            f.derivative(tmp, k3);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hs * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
            }
            f.derivative(tmp, k4);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hs * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
            }
            f.derivative(tmp, k5);
            for (int i = 0; i < d; i++) {
                tmp[i] = y[i] + hs * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
            }
            f.derivative(tmp, k6);
            for (int i = 0; i < d; i++) {
                yNew[i] = y[i] + hs * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
            }
            f.derivative(yNew, k7);
            double err = 0;
            for (int i = 0; i < d; i++) {
                double e = hs * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * k7[i]);
                double sc = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
                err += (e / sc) * (e / sc);
            }
            err = Math.sqrt(err / d);
            if (!Double.isFinite(err)) {
                throw new IllegalStateException("the state became non-finite at t = " + t + " (the field blew up)");
            }
            double factor = err == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * StrictMath.pow(err, -0.2)));
            if (err <= 1) {
                t = last ? duration : t + hs;
                double[] sw = y;
                y = yNew;
                yNew = sw;
                double[] kk = k1;
                k1 = k7; // first same as last
                k7 = kk;
                accepted++;
                proposal = Math.min(maxStep, hs * factor);
                if (!last) {
                    h = proposal;
                }
            } else {
                rejected++;
                h = hs * factor;
                if (h < 1e-14 * (1 + Math.abs(t))) {
                    throw new IllegalStateException("step size underflow at t = " + t + " (the problem is too stiff)");
                }
            }
        }
        return new Advance(y, last(h, proposal), accepted, rejected);
    }

    /** The step to try next time: the controller's proposal, not a step shortened to land on the end. */
    private static double last(double h, double proposal) {
        return Math.max(h, proposal);
    }

    @Override
    public String toString() {
        return name();
    }
}
