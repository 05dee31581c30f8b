package org.gtlab.solve;

/**
 * One progress report of a running solve: {@code done} units of work out of {@code total} (when
 * known; {@code total ≤ 0} means unknown) and the number of equilibria found so far.
 *
 * @param done  units of work done (bases visited, paths followed, cells compared), ≥ 0
 * @param total the planned or estimated units, or ≤ 0 when unknown; may grow during the run
 *              (Lemke–Howson's reachable set), and estimates may be passed
 * @param found equilibria found so far, ≥ 0
 */
public record SolveProgress(long done, long total, int found) {

    /** {@code done / total} clamped to [0, 1], or −1 when the total is unknown. */
    public double fraction() {
        if (total <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
