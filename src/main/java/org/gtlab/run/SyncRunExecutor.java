package org.gtlab.run;

/**
 * {@link RunExecutor#synchronous()}: runs on the caller's thread. {@code start} and
 * {@code resume} return when the run ends or pauses; pause or cancel from a listener.
 */
final class SyncRunExecutor extends AbstractRunExecutor {

    @Override
    public void schedule(Run<?> run) {
        run.runSlice(Long.MAX_VALUE / 4);
    }

    @Override
    public boolean othersWaiting() {
        return false;
    }

    @Override
    public boolean interruptible() {
        return false;
    }

    @Override
    public void close() {
        cancelAll();
    }
}
