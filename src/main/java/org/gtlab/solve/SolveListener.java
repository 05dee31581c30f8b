package org.gtlab.solve;

/**
 * Receives progress of a long solve. Called on the solving thread(s) — possibly several worker
 * threads at once — every few thousand units of work (at most a few hundred times a second), and
 * once at the end with {@code done == total}. Implementations must be quick and thread-safe (a UI
 * stores the latest report in an atomic reference and draws it on its own clock); an exception
 * thrown here stops the solve and reaches the caller.
 */
@FunctionalInterface
public interface SolveListener {

    /** Ignores every report. */
    SolveListener NONE = p -> {
    };

    void progress(SolveProgress progress);
}
