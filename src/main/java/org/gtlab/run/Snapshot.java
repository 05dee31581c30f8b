package org.gtlab.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an {@link Experiment} shows at one step: the step index, ordered named scalar metrics
 * (for example {@code nash_conv}, {@code payoff_p1}, {@code avg_p1_2}) and optional named
 * {@link Payload}s (a distribution, a population's weights, a heat-map tile). Immutable and safe to
 * hand to any thread.
 *
 * <p>Metric naming convention used by the built-in methods: lower snake case; {@code _pN} for
 * player/population N (1-based); strategy index last, 1-based ({@code avg_p1_3} = probability of
 * player 1's 3rd strategy in the average profile). CSV columns are {@code step} then the metrics.
 */
public final class Snapshot {

    /** The last name list found free of repeats (experiments pass the same list every time). */
    private static volatile List<String> lastChecked;

    private final long step;
    private final List<String> names;
    private final double[] values;
    private final Map<String, Payload> payloads;

    private Snapshot(long step, List<String> names, double[] values, Map<String, Payload> payloads) {
        this.step = step;
        this.names = names;
        this.values = values;
        this.payloads = payloads;
    }

    /**
     * A snapshot from metric names and values (copied; pass the same immutable {@code List} every
     * time to share it between snapshots).
     *
     * @throws IllegalArgumentException if the lengths differ, a name repeats or the step is negative
     */
    public static Snapshot of(long step, List<String> names, double[] values, Map<String, Payload> payloads) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be ≥ 0, got " + step);
        }
        List<String> n = List.copyOf(names);
        if (n.size() != values.length) {
            throw new IllegalArgumentException(n.size() + " metric names for " + values.length + " values");
        }
        if (n != lastChecked) {
            if (n.size() > 1 && new java.util.HashSet<>(n).size() != n.size()) {
                throw new IllegalArgumentException("metric names repeat: " + n);
            }
            lastChecked = n;
        }
        Map<String, Payload> p = payloads == null || payloads.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(payloads));
        return new Snapshot(step, n, values.clone(), p);
    }

    /** A builder that collects metrics in insertion order. */
    public static Builder builder(long step) {
        return new Builder(step);
    }

    /** Collects metrics and payloads in order. */
    public static final class Builder {
        private final long step;
        private final List<String> names = new ArrayList<>();
        private double[] values = new double[16];
        private final Map<String, Payload> payloads = new LinkedHashMap<>();

        private Builder(long step) {
            this.step = step;
        }

        public Builder metric(String name, double value) {
            Objects.requireNonNull(name, "name");
            if (names.size() == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[names.size()] = value;
            names.add(name);
            return this;
        }

        public Builder payload(String name, Payload payload) {
            payloads.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(payload, "payload"));
            return this;
        }

        public Snapshot build() {
            return Snapshot.of(step, names, Arrays.copyOf(values, names.size()), payloads);
        }
    }

    /** The step index (0 = the initial state). */
    public long step() {
        return step;
    }

    /** Metric names in order (immutable). */
    public List<String> metricNames() {
        return names;
    }

    /** Metric values in the order of {@link #metricNames()} (a copy). */
    public double[] metricValues() {
        return values.clone();
    }

    /** Number of metrics. */
    public int metricCount() {
        return values.length;
    }

    /** The i-th metric's value. */
    public double metric(int i) {
        return values[i];
    }

    /**
     * The value of a metric.
     *
     * @throws IllegalArgumentException if there is no such metric
     */
    public double metric(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no metric \"" + name + "\" at step " + step + "; metrics: " + names);
        }
        return values[i];
    }

    /** True if the snapshot has this metric. */
    public boolean hasMetric(String name) {
        return names.contains(name);
    }

    /** Named payloads (immutable, in insertion order). */
    public Map<String, Payload> payloads() {
        return payloads;
    }

    /** A payload, or null. */
    public Payload payload(String name) {
        return payloads.get(name);
    }

    /**
     * {@code {"step": 12, "metrics": {"nash_conv": 0.01, …}, "payloads": {"average": [[…], […]]}}}
     * (payloads omitted when there are none).
     */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("step", step);
        ObjectNode m = o.putObject("metrics");
        for (int i = 0; i < values.length; i++) {
            m.set(names.get(i), Json.number(values[i]));
        }
        if (!payloads.isEmpty()) {
            ObjectNode p = o.putObject("payloads");
            for (Map.Entry<String, Payload> e : payloads.entrySet()) {
                p.set(e.getKey(), Json.matrix(e.getValue().toArray()));
            }
        }
        return o;
    }

    /**
     * The inverse of {@link #toJson()} (bit-exact).
     *
     * @throws IllegalArgumentException if the JSON is not a snapshot
     */
    public static Snapshot fromJson(JsonNode n) {
        long step = Json.field(n, "step").asLong();
        JsonNode m = Json.field(n, "metrics");
        List<String> names = new ArrayList<>();
        double[] values = new double[m.size()];
        java.util.Iterator<Map.Entry<String, JsonNode>> it = m.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            values[names.size()] = Json.toDouble(e.getValue());
            names.add(e.getKey());
        }
        Map<String, Payload> payloads = new LinkedHashMap<>();
        JsonNode p = n.get("payloads");
        if (p != null) {
            java.util.Iterator<Map.Entry<String, JsonNode>> pit = p.fields();
            while (pit.hasNext()) {
                Map.Entry<String, JsonNode> e = pit.next();
                payloads.put(e.getKey(), Payload.rows(Json.toMatrix(e.getValue())));
            }
        }
        return of(step, names, values, payloads);
    }

    /** Same step, same metric names and bit-identical values, equal payloads. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Snapshot)) {
            return false;
        }
        Snapshot s = (Snapshot) o;
        return step == s.step && names.equals(s.names) && Arrays.equals(values, s.values)
                && payloads.equals(s.payloads);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(step) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Snapshot[step=").append(step);
        for (int i = 0; i < values.length; i++) {
            sb.append(", ").append(names.get(i)).append('=').append(values[i]);
        }
        return sb.append(']').toString();
    }
}
