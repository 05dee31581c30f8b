package org.gtlab.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs submitted work immediately on the calling thread: the synchronous twin for tests. */
public final class DirectExecutor implements BackgroundExecutor {

    @Override
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T r = work.call();
            onSuccess.accept(r);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            onFailure.accept(e);
        }
        return new Job() {
            @Override
            public void cancel() {
                // already finished
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void runOnUiThread(Runnable r) {
        r.run();
    }
}
