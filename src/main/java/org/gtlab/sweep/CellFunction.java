package org.gtlab.sweep;

/**
 * What a sweep computes in each cell: the metric's value at parameter values (x, y) for one seed,
 * for a batch of cells at once (so that batched backends can step many cells together). Must be
 * deterministic in (x, y, seed) and independent of the batch the cell is evaluated in: the engine
 * caches values and evaluates cells in differently composed batches. Categorical metrics return
 * the category index (see {@link SweepMetric#categories()}).
 */
@FunctionalInterface
public interface CellFunction {

    /**
     * @param xs   the cells' x values
     * @param ys   the cells' y values (same length)
     * @param seed the seed
     * @return one value per cell
     */
    double[] evaluate(double[] xs, double[] ys, long seed);
}
