package org.gtlab.run;

import java.util.List;

import org.gtlab.compute.Workers;

/**
 * Runs {@link Experiment}s and hands out {@link RunHandle}s. Two implementations:
 * <ul>
 *   <li>{@link #background(Workers)} — runs on a {@link Workers} budget (daemon threads, slightly
 *       below normal priority, ended after 1 s idle); several runs at once, time-sliced (50 ms) when
 *       there are more runs than threads, so every run progresses;</li>
 *   <li>{@link #synchronous()} — the twin for deterministic tests: {@code start} and
 *       {@code resume} run on the caller's thread and return when the run ends or pauses (pause or
 *       cancel it from a listener).</li>
 * </ul>
 * Both give identical snapshots for identical inputs. Errors in a spec or checkpoint are thrown by
 * {@code start}/{@code resume} on the caller's thread, before anything runs; errors while running
 * end the run FAILED.
 */
public interface RunExecutor extends AutoCloseable {

    /** A background executor on its own budget of one worker per available processor (closed with it). */
    static RunExecutor background() {
        return background(Runtime.getRuntime().availableProcessors());
    }

    /** A background executor on its own budget of {@code threads} workers (≥ 1), named {@code gtlab-run-N}. */
    static RunExecutor background(int threads) {
        return new PoolRunExecutor(new Workers(threads, "gtlab-run"), true);
    }

    /**
     * A background executor on a shared worker budget (the composition root's); closing the
     * executor cancels its runs but leaves the workers running for their owner.
     */
    static RunExecutor background(Workers workers) {
        return new PoolRunExecutor(workers, false);
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

    /**
     * Starts several recipes as one group (the seeds of a multi-seed run, the cells of a sweep): one
     * handle with aggregate progress, cancel-all and one completion. Every spec is validated before
     * any starts.
     *
     * @param listeners receive the events of every run of the group
     * @throws IllegalArgumentException if the list is empty or a recipe cannot be built
     */
    RunGroup startAll(List<RunSpec> specs, RunListener... listeners);

    /**
     * {@link #startAll(List, RunListener...)} with at most {@code parallelism} runs in flight at
     * once (the others wait, QUEUED, and start as runs end); the synchronous executor runs them one
     * after the other anyway.
     *
     * @throws IllegalArgumentException if parallelism &lt; 1, the list is empty or a recipe cannot be built
     */
    RunGroup startAll(List<RunSpec> specs, int parallelism, RunListener... listeners);

    /** Runs not yet finished. */
    List<RunHandle> runs();

    /** Cancels every unfinished run and stops the worker threads (waits up to 2 s). */
    @Override
    void close();
}
