package org.gtlab.run;

import java.util.Objects;

/**
 * The declaration of one metric a method reports: its column name in {@code metrics.csv} and
 * {@link Snapshot}s, the label and unit for axes and tooltips, the scale to draw it on, which
 * direction is better, and a one-line formula in words. Methods declare their metrics once
 * ({@link ExperimentFactory#metrics}); everything else (charts, tooltips, CSV headers, the CLI's
 * progress line) refers to these declarations instead of bare strings.
 *
 * <p>Metrics indexed by player or action ({@code payoff_1}, {@code avg_2_3}) are declared once as a
 * family and resolved per game with {@link #at(int...)}.
 *
 * @param name    column name: lower snake case, e.g. {@code nash_conv}
 * @param label   human label for axes and legends, e.g. "NashConv"
 * @param unit    unit ("payoff", "probability", "steps", "" for a pure number)
 * @param scale   how to draw it
 * @param goal    which direction is better
 * @param formula one line in words, e.g. "Σ_i (best-response payoff_i − payoff_i) of the average profile"
 */
public record MetricSpec(String name, String label, String unit, Scale scale, Goal goal, String formula) {

    /** Axis scale. */
    public enum Scale {
        LINEAR,
        /** Logarithmic (for quantities that decay over orders of magnitude, e.g. exploitability). */
        LOG
    }

    /** Which direction is better. */
    public enum Goal {
        MINIMISE,
        MAXIMISE,
        /** Neither (a state coordinate, a counter). */
        NONE
    }

    /** @throws IllegalArgumentException for a name that is not lower snake case or a missing text */
    public MetricSpec {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric names are lower snake case, got " + name);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(formula, "formula");
    }

    /** A linear metric. */
    public static MetricSpec linear(String name, String label, String unit, Goal goal, String formula) {
        return new MetricSpec(name, label, unit, Scale.LINEAR, goal, formula);
    }

    /** A log-scale metric. */
    public static MetricSpec log(String name, String label, String unit, Goal goal, String formula) {
        return new MetricSpec(name, label, unit, Scale.LOG, goal, formula);
    }

    /**
     * The member of this family (declared with the name prefix, e.g. {@code payoff_p} or
     * {@code avg_p}) for the given (1-based) indices: name {@code payoff_p1}, {@code avg_p1_2}
     * (indices joined by "_"), label "label (1, 2)".
     */
    public MetricSpec at(int... indices) {
        StringBuilder n = new StringBuilder(name);
        StringBuilder l = new StringBuilder(label).append(" (");
        for (int k = 0; k < indices.length; k++) {
            n.append(k == 0 ? "" : "_").append(indices[k]);
            l.append(k == 0 ? "" : ", ").append(indices[k]);
        }
        return new MetricSpec(n.toString(), l.append(')').toString(), unit, scale, goal, formula);
    }

    /** "NashConv [payoff] — formula" (a tooltip). */
    public String tooltip() {
        return label + (unit.isEmpty() ? "" : " [" + unit + "]") + " — " + formula;
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }
}
