package org.gtlab.ui.common;

import org.gtlab.run.RunHandle;
import org.gtlab.run.RunRecord;
import org.gtlab.run.RunStatus;

/**
 * The controls of a run row (lab table and run list) on a handle that is null until the run is
 * started: every action is a no-op on null.
 */
public final class RunControls {

    private RunControls() {
    }

    /** Everything the run recorded so far, {@link RunRecord#EMPTY} before it was started. */
    public static RunRecord record(RunHandle h) {
        return h == null ? RunRecord.EMPTY : h.record();
    }

    public static void pause(RunHandle h) {
        if (h != null) {
            h.pause();
        }
    }

    public static void resume(RunHandle h) {
        if (h != null) {
            h.resume();
        }
    }

    /** Pauses a running run, resumes a paused one; nothing for an ended run. */
    public static void togglePause(RunHandle h) {
        if (h == null) {
            return;
        }
        if (h.status() == RunStatus.PAUSED) {
            h.resume();
        } else if (!h.status().isTerminal()) {
            h.pause();
        }
    }

    public static void cancel(RunHandle h) {
        if (h != null) {
            h.cancel();
        }
    }
}
