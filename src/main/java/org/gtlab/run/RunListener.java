package org.gtlab.run;

/**
 * Receives a run's events. Called on the run's worker thread (the caller's thread for the
 * synchronous executor), in step order, never concurrently for one run: keep it short — a UI
 * stores the snapshot in an {@code AtomicReference} and draws from an animation timer. An exception
 * thrown by a listener fails the run.
 */
public interface RunListener {

    /** A new snapshot was recorded. */
    default void snapshot(RunHandle run, Snapshot snapshot) {
    }

    /** The status changed (RUNNING, PAUSED, COMPLETED, CANCELLED, FAILED). */
    default void statusChanged(RunHandle run, RunStatus status) {
    }

    /** A periodic checkpoint was taken ({@link Limits#checkpointEvery()}). */
    default void checkpoint(RunHandle run, Checkpoint checkpoint) {
    }
}
