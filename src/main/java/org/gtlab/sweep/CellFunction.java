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

    /**
     * The values of cells with one seed each (the cells of several seeds of a step at once). The
     * default groups the cells by seed and calls {@link #evaluate(double[], double[], long)} per
     * group; a function whose method is batchable across seeds (the replicator's outcome) overrides
     * it to run every (cell, seed) pair as one compute batch, with the same values.
     *
     * @param seeds one seed per cell
     */
    default double[] evaluate(double[] xs, double[] ys, long[] seeds) {
        double[] out = new double[xs.length];
        java.util.Map<Long, java.util.List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int k = 0; k < xs.length; k++) {
            groups.computeIfAbsent(seeds[k], s -> new java.util.ArrayList<>()).add(k);
        }
        for (java.util.Map.Entry<Long, java.util.List<Integer>> g : groups.entrySet()) {
            java.util.List<Integer> idx = g.getValue();
            double[] gx = new double[idx.size()];
            double[] gy = new double[idx.size()];
            for (int q = 0; q < gx.length; q++) {
                gx[q] = xs[idx.get(q)];
                gy[q] = ys[idx.get(q)];
            }
            double[] r = evaluate(gx, gy, g.getKey());
            if (r.length != gx.length) {
                return r; // the caller reports the wrong length
            }
            for (int q = 0; q < gx.length; q++) {
                out[idx.get(q)] = r[q];
            }
        }
        return out;
    }
}
