package org.gtlab.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gtlab.math.Cancellation;

/**
 * What a phase portrait needs from a dynamic, independent of drawing: the vector field sampled on a
 * grid (direction and speed), and basins of attraction on a grid. States are flat population states
 * ({@link SimplexProduct}); the chart maps them to the plane (a 3-strategy population to the
 * triangle, two 2-strategy populations to the unit square via {@code (x_1, y_1)}, one 2-strategy
 * population to the segment via {@code x_1}). Trajectories come from {@link Trajectory#integrate}
 * and rest points from {@link RestPoints}.
 */
public final class Portraits {

    private Portraits() {
    }

    /** The field at one state. Immutable. */
    public static final class FieldSample {
        private final double[] state;
        private final double[] velocity;
        private final double speed;

        FieldSample(double[] state, double[] velocity) {
            this.state = state;
            this.velocity = velocity;
            double s = 0;
            for (double v : velocity) {
                s += v * v;
            }
            this.speed = Math.sqrt(s);
        }

        /** The state (a copy). */
        public double[] state() {
            return state.clone();
        }

        /** {@code F(x)} (a copy). */
        public double[] velocity() {
            return velocity.clone();
        }

        /** Share i of the state. */
        public double state(int i) {
            return state[i];
        }

        /** Component i of the velocity. */
        public double velocity(int i) {
            return velocity[i];
        }

        /** Euclidean length of the velocity. */
        public double speed() {
            return speed;
        }
    }

    /**
     * Basins of attraction on a set of starting states: {@code label(k)} is the index of the
     * attractor that start k reaches (within {@code radius}, max-norm) before the horizon, or −1.
     * Immutable.
     */
    public static final class BasinMap {
        private final List<double[]> starts;
        private final int[] labels;
        private final List<double[]> attractors;

        BasinMap(List<double[]> starts, int[] labels, List<double[]> attractors) {
            this.starts = starts;
            this.labels = labels;
            this.attractors = attractors;
        }

        public int size() {
            return labels.length;
        }

        /** Start k (a copy). */
        public double[] start(int k) {
            return starts.get(k).clone();
        }

        /** Index of the attractor reached from start k, or −1. */
        public int label(int k) {
            return labels[k];
        }

        /** All labels (a copy). */
        public int[] labels() {
            return labels.clone();
        }

        /** Attractor i (a copy). */
        public double[] attractor(int i) {
            return attractors.get(i).clone();
        }

        public int attractorCount() {
            return attractors.size();
        }
    }

    /** {@link #sample(VectorField, List)} on {@code field.space().grid(resolution)}. */
    public static List<FieldSample> sample(VectorField field, int resolution) {
        return sample(field, field.space().grid(resolution));
    }

    /** The field at each state. */
    public static List<FieldSample> sample(VectorField field, List<double[]> states) {
        List<FieldSample> out = new ArrayList<>(states.size());
        for (double[] x : states) {
            out.add(new FieldSample(x.clone(), field.derivative(x)));
        }
        return out;
    }

    /**
     * Integrates every start until it comes within {@code radius} of an attractor (checked every
     * {@code horizon / 200} time units) or until {@code horizon}.
     *
     * @param attractors typically the stable rest points ({@link RestPoint#isStable()})
     * @throws IllegalArgumentException if horizon or radius is not a finite positive number
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static BasinMap basins(VectorField field, Integrator integrator, List<double[]> starts,
            List<double[]> attractors, double horizon, double radius) {
        Objects.requireNonNull(integrator, "integrator");
        if (!(horizon > 0) || Double.isInfinite(horizon) || !(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("horizon and radius must be finite numbers > 0, got " + horizon + ", "
                    + radius);
        }
        List<double[]> atts = new ArrayList<>();
        for (double[] a : attractors) {
            atts.add(a.clone());
        }
        List<double[]> st = new ArrayList<>();
        int[] labels = new int[starts.size()];
        double chunk = horizon / 200;
        for (int k = 0; k < starts.size(); k++) {
            Cancellation.check();
            double[] x = starts.get(k).clone();
            st.add(x.clone());
            double h = integrator.initialStep();
            int label = nearest(x, atts, radius);
            for (int c = 0; c < 200 && label < 0; c++) {
                Integrator.Advance a = integrator.advance(field, x, chunk, h);
                x = a.state();
                h = a.nextStep();
                label = nearest(x, atts, radius);
            }
            labels[k] = label;
        }
        return new BasinMap(st, labels, atts);
    }

    private static int nearest(double[] x, List<double[]> atts, double radius) {
        int best = -1;
        double bestD = radius;
        for (int i = 0; i < atts.size(); i++) {
            double d = RestPoints.distance(x, atts.get(i));
            if (d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }
}
