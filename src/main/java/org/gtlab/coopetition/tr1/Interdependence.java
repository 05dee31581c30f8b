package org.gtlab.coopetition.tr1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Interdependence coefficients from an i* Strategic Dependency model (spec §2.1; TR1-readme,
 * DOC-int): for depender i and dependee j, over the dependums d of actor i,
 *
 * <pre>
 * D_ij = Σ_d w_d · Dep(i,j,d) · crit(i,j,d)  /  Σ_d w_d
 * </pre>
 *
 * with w_d the importance of d to i, Dep = 1 when the model links i → j for d, and crit ∈ [0, 1]
 * how indispensable j is for d (sole provider 1, m equal alternatives 1/m, easily substitutable
 * 0.1–0.3). Row = depender, D_ii = 0. Worked example (DOC-int): weights 0.5/0.3/0.2 with
 * criticalities 0.90/0.85/0.60 give 0.825.
 *
 * <p>Failure modes: an actor without dependums, weights that are negative, NaN or do not sum to a
 * positive number, criticalities outside [0, 1], a self-dependency or an unknown actor are refused
 * with a message naming the actor and dependum. Also offers the gym package's structural power
 * P_i = Σ_j D_ji / (1 + Σ_j D_ij) and vulnerability V_i = Σ_j D_ij / (1 + Σ_j D_ji) read-outs.
 */
public final class Interdependence {

    /**
     * A dependum of a depender: its weight and, per dependee, the criticality of that dependee.
     *
     * @param name        e.g. "manufacturing capacity"
     * @param weight      w_d ≥ 0
     * @param criticality dependee index → crit(i, j, d) ∈ [0, 1] (a dependee absent here has Dep = 0)
     */
    public record Dependum(String name, double weight, Map<Integer, Double> criticality) {
        public Dependum {
            Objects.requireNonNull(name, "name");
            criticality = Map.copyOf(criticality);
        }
    }

    private final List<String> actors;
    private final List<List<Dependum>> dependums;

    /**
     * @param actors    actor names
     * @param dependums per actor (as depender), its dependums
     * @throws IllegalArgumentException naming the actor / dependum that is not allowed
     */
    public Interdependence(List<String> actors, List<List<Dependum>> dependums) {
        if (actors == null || actors.size() < 2) {
            throw new IllegalArgumentException("an i* model needs at least 2 actors");
        }
        if (dependums == null || dependums.size() != actors.size()) {
            throw new IllegalArgumentException("one dependum list per actor is needed: " + actors.size() + " actors, "
                    + (dependums == null ? 0 : dependums.size()) + " lists");
        }
        int n = actors.size();
        for (int i = 0; i < n; i++) {
            List<Dependum> ds = dependums.get(i);
            String who = "actor \"" + actors.get(i) + "\"";
            if (ds == null || ds.isEmpty()) {
                throw new IllegalArgumentException(who + " has no dependums");
            }
            double sum = 0;
            for (Dependum d : ds) {
                if (!Double.isFinite(d.weight()) || d.weight() < 0) {
                    throw new IllegalArgumentException(who + ", dependum \"" + d.name()
                            + "\": weight must be a finite number ≥ 0, got " + d.weight());
                }
                sum += d.weight();
                for (Map.Entry<Integer, Double> e : d.criticality().entrySet()) {
                    int j = e.getKey();
                    if (j < 0 || j >= n) {
                        throw new IllegalArgumentException(who + ", dependum \"" + d.name() + "\": dependee " + j
                                + " is not an actor (0.." + (n - 1) + ")");
                    }
                    if (j == i) {
                        throw new IllegalArgumentException(who + ", dependum \"" + d.name()
                                + "\": an actor cannot depend on itself");
                    }
                    double c = e.getValue();
                    if (!Double.isFinite(c) || c < 0 || c > 1) {
                        throw new IllegalArgumentException(who + ", dependum \"" + d.name() + "\": criticality for \""
                                + actors.get(j) + "\" must be in [0, 1], got " + c);
                    }
                }
            }
            if (!(sum > 0)) {
                throw new IllegalArgumentException(who + ": dependum weights must sum to a positive number, got " + sum);
            }
        }
        this.actors = List.copyOf(actors);
        List<List<Dependum>> copy = new ArrayList<>();
        for (List<Dependum> ds : dependums) {
            copy.add(List.copyOf(ds));
        }
        this.dependums = List.copyOf(copy);
    }

    /** A one-dependee dependum. */
    public static Dependum dependum(String name, double weight, int dependee, double criticality) {
        Map<Integer, Double> m = new LinkedHashMap<>();
        m.put(dependee, criticality);
        return new Dependum(name, weight, m);
    }

    public List<String> actors() {
        return actors;
    }

    public List<Dependum> dependums(int actor) {
        return dependums.get(actor);
    }

    /** D_ij for one pair. */
    public double coefficient(int i, int j) {
        if (i == j) {
            return 0;
        }
        double num = 0;
        double den = 0;
        for (Dependum d : dependums.get(i)) {
            den += d.weight();
            Double c = d.criticality().get(j);
            if (c != null) {
                num += d.weight() * c;
            }
        }
        return num / den;
    }

    /** The N×N matrix D (row = depender). */
    public double[][] matrix() {
        int n = actors.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = coefficient(i, j);
            }
        }
        return m;
    }

    /** Structural power P_i = Σ_j D_ji / (1 + Σ_j D_ij) (gym read-out, not part of the reproduction). */
    public static double[] structuralPower(double[][] d) {
        int n = d.length;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double in = 0;
            double out = 0;
            for (int j = 0; j < n; j++) {
                in += d[j][i];
                out += d[i][j];
            }
            p[i] = in / (1 + out);
        }
        return p;
    }

    /** Vulnerability V_i = Σ_j D_ij / (1 + Σ_j D_ji) (gym read-out). */
    public static double[] vulnerability(double[][] d) {
        int n = d.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double in = 0;
            double out = 0;
            for (int j = 0; j < n; j++) {
                in += d[j][i];
                out += d[i][j];
            }
            v[i] = out / (1 + in);
        }
        return v;
    }
}
