package org.gtlab.solve.catalog;

import org.gtlab.solve.lh.LemkeHowsonSolver;
import org.gtlab.solve.vertex.EnumMixedSolver;
import org.gtlab.solve.lp.ZeroSumLpSolver;
import org.gtlab.solve.dominance.DominanceSolver;
import org.gtlab.solve.pure.EnumPureSolver;
import org.gtlab.solve.NashSolver;
import org.gtlab.compute.Workers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of solver methods by command-line name: the one place that composes the method
 * packages into the list the CLI and the app offer. Adding a method is one line here, one class in
 * its package and one line in {@code NashSolverContractTest.PROMISES}.
 *
 * <p>The plain {@link #all()} / {@link #byName(String)} solvers run on the calling thread; the
 * composition roots pass their one {@link Workers} budget to {@link #all(Workers)} /
 * {@link #byName(String, Workers)} so that the solvers that split work (vertex enumeration) take
 * idle workers from it. There is no static worker pool.
 */
public final class Solvers {

    private static final Map<String, NashSolver> BY_NAME = new LinkedHashMap<>();

    static {
        // one line per method; order is the order shown in the app and in --help
        register(new EnumPureSolver());
        register(new EnumMixedSolver());
        register(new LemkeHowsonSolver());
        register(new ZeroSumLpSolver());
        register(new DominanceSolver());
        register(new org.gtlab.solve.logit.LogitSolver());
        register(new org.gtlab.solve.nplayer.EnumPolySolver());
        register(new org.gtlab.solve.nplayer.SimpDivSolver());
        register(new org.gtlab.solve.nplayer.GnmSolver());
    }

    private Solvers() {
    }

    private static void register(NashSolver s) {
        BY_NAME.put(s.name(), s);
    }

    /** All methods, in display order. */
    public static List<NashSolver> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
    }

    /** All methods, in display order, those that split work helped by {@code workers}. */
    public static List<NashSolver> all(Workers workers) {
        List<NashSolver> out = new ArrayList<>();
        for (NashSolver s : BY_NAME.values()) {
            out.add(withWorkers(s, workers));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The method called {@code name}, helped by {@code workers} if it splits work.
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static NashSolver byName(String name, Workers workers) {
        return withWorkers(byName(name), workers);
    }

    private static NashSolver withWorkers(NashSolver s, Workers workers) {
        java.util.Objects.requireNonNull(workers, "workers");
        return s instanceof EnumMixedSolver e ? e.withWorkers(workers) : s;
    }

    /**
     * The method called {@code name}.
     *
     * @throws IllegalArgumentException naming the known methods when there is none of that name
     */
    public static NashSolver byName(String name) {
        NashSolver s = BY_NAME.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown method '" + name + "'; known: " + String.join(", ", BY_NAME.keySet()));
        }
        return s;
    }
}
