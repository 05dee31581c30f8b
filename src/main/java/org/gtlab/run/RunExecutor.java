package org.gtlab.run;

import java.util.List;

/**
 * Runs {@link Experiment}s and hands out {@link RunHandle}s. Two implementations:
 * <ul>
 *   <li>{@link #background()} — a pool of worker threads sized to the cores (daemon threads named
 *       {@code gtlab-run-N}, slightly below normal priority, ended after 1 s idle); several runs at
 *       once, time-sliced (50 ms) when there are more runs than threads, so every run progresses;</li>
 *   <li>{@link #synchronous()} — the twin for deterministic tests: {@code start} and
 *       {@code resume} run on the caller's thread and return when the run ends or pauses (pause or
 *       cancel it from a listener).</li>
 * </ul>
 * Both give identical snapshots for identical inputs. Errors in a spec or checkpoint are thrown by
 * {@code start}/{@code resume} on the caller's thread, before anything runs; errors while running
 * end the run FAILED.
 */
public interface RunExecutor extends AutoCloseable {

    /** A background pool with one worker per available processor. */
    static RunExecutor background() {
        return new PoolRunExecutor(Runtime.getRuntime().availableProcessors());
    }

    /** A background pool with {@code threads} workers (≥ 1). */
    static RunExecutor background(int threads) {
        return new PoolRunExecutor(threads);
    }

    /** The synchronous twin. */
    static RunExecutor synchronous() {
        return new SyncRunExecutor();
    }

    /**
     * Starts a recipe.
     *
     * @throws IllegalArgumentException if the recipe cannot be built into an experiment
     */
    RunHandle start(RunSpec spec, RunListener... listeners);

    /** Starts an ad-hoc experiment (no recipe; {@link RunHandle#spec()} is empty). */
    <S> RunHandle start(Experiment<S> experiment, String name, long seed, Limits limits, RunListener... listeners);

    /**
     * Continues a checkpoint that carries a recipe.
     *
     * @throws IllegalArgumentException if it has no recipe or its state does not load
     */
    RunHandle resume(Checkpoint checkpoint, RunListener... listeners);

    /**
     * Continues a checkpoint of an ad-hoc experiment with that experiment.
     *
     * @throws IllegalArgumentException if the state does not load
     */
    <S> RunHandle resume(Experiment<S> experiment, String name, Checkpoint checkpoint, RunListener... listeners);

    /** Runs not yet finished. */
    List<RunHandle> runs();

    /** Cancels every unfinished run and stops the worker threads (waits up to 2 s). */
    @Override
    void close();
}
