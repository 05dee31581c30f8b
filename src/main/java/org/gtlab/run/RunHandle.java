package org.gtlab.run;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A run started by a {@link RunExecutor}: its status and data, and the controls. Thread-safe: any
 * thread may read or control it.
 */
public interface RunHandle {

    /** Unique id within this JVM. */
    long id();

    /** Display name, e.g. "fp · rps · seed 1". */
    String name();

    /** The recipe, if the run was started from one (ad-hoc experiments have none). */
    Optional<RunSpec> spec();

    long seed();

    Limits limits();

    RunStatus status();

    /** Steps completed so far. */
    long step();

    /** The latest recorded snapshot, or null before the first. */
    Snapshot latest();

    /** Everything recorded so far (an immutable view; cheap, no copying). */
    RunRecord record();

    /**
     * A snapshot of the latest state, computed now on the calling thread and not recorded (for
     * example to show the state at the moment of a pause).
     *
     * @throws IllegalStateException before the run has started
     */
    Snapshot observeNow();

    /**
     * A checkpoint of the latest state, with the record up to it.
     *
     * @throws IllegalStateException before the run has started
     */
    Checkpoint checkpoint();

    /** The last periodic checkpoint, if any. */
    Optional<Checkpoint> lastCheckpoint();

    /** Why the run failed, or null. */
    Throwable failure();

    /** Steps per second of running time (pauses excluded); 0 before the first step. */
    double stepsPerSecond();

    /** Stops after the current step; no-op if already paused or finished. */
    void pause();

    /** Continues a paused run; no-op otherwise. */
    void resume();

    /**
     * Stops the run: a running step is interrupted (it sees {@link Thread#interrupted()} and
     * {@link org.gtlab.math.Cancellation#check()}), and the run ends CANCELLED within 100 ms for
     * experiments that honour the contract. No-op if finished.
     */
    void cancel();

    /** Adds a listener (events from now on). */
    void addListener(RunListener listener);

    void removeListener(RunListener listener);

    /**
     * Completes with the final record when the run ends COMPLETED or CANCELLED, exceptionally with
     * the failure when it ends FAILED.
     */
    CompletableFuture<RunRecord> completion();
}
