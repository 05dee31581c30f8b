package org.gtlab.run;

/** Life cycle of a run: QUEUED → RUNNING ⇄ PAUSED → COMPLETED | CANCELLED | FAILED. */
public enum RunStatus {
    /** Waiting for a worker thread. */
    QUEUED,
    /** Stepping on a worker thread (also between time slices while other runs take a turn). */
    RUNNING,
    /** Stopped between two steps; {@link RunHandle#resume()} continues. */
    PAUSED,
    /** Reached its step limit or finished by itself. */
    COMPLETED,
    /** Cancelled; the record keeps what was reported. */
    CANCELLED,
    /** An exception stopped it ({@link RunHandle#failure()}). */
    FAILED;

    /** True for COMPLETED, CANCELLED and FAILED. */
    public boolean isTerminal() {
        return this == COMPLETED || this == CANCELLED || this == FAILED;
    }
}
