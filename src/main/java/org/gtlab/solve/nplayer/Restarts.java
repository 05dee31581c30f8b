package org.gtlab.solve.nplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Cancellation;
import org.gtlab.solve.SolveOptions;
import org.gtlab.solve.SolveProgress;

/**
 * The restart loop shared by {@code simpdiv} (one path per starting point) and {@code gnm} (one
 * path per perturbation ray): run each start, verify every profile it returns
 * ({@link NumericEquilibrium#verify}: Newton polish on the support, exact refinement), keep those
 * with max regret ≤ {@link #ACCEPT}·scale (scale = max(1, largest |payoff|)) that are not already
 * listed, report progress per start and stop after {@code stopAfter} equilibria when asked. A
 * start whose path did not converge (regret above the threshold) contributes nothing.
 */
final class Restarts {

    /** Largest relative max regret of a verified profile that is reported. */
    static final double ACCEPT = 1e-9;

    private Restarts() {
    }

    /**
     * @param paths start index ↦ the candidate profiles that start's path produced, in path order
     * @return the distinct accepted equilibria in the order met
     */
    static List<NumericEquilibrium> collect(NormalFormGame game, int starts, SolveOptions options,
            IntFunction<List<double[][]>> paths) {
        double scale = 1;
        for (int p = 0; p < game.numPlayers(); p++) {
            for (double u : game.payoffsDouble(p)) {
                scale = Math.max(scale, Math.abs(u));
            }
        }
        options.listener().progress(new SolveProgress(0, starts, 0));
        List<NumericEquilibrium> out = new ArrayList<>();
        int stop = options.stopAfter();
        int done = 0;
        while (done < starts && !(stop > 0 && out.size() >= stop)) {
            Cancellation.check();
            for (double[][] x : paths.apply(done)) {
                NumericEquilibrium e = NumericEquilibrium.verify(game, x, "");
                if (e.maxRegret() <= ACCEPT * scale && !e.isIn(out)) {
                    out.add(e);
                }
                if (stop > 0 && out.size() >= stop) {
                    break;
                }
            }
            done++;
            options.listener().progress(new SolveProgress(done, starts, out.size()));
        }
        if (done < starts) {
            options.listener().progress(new SolveProgress(starts, starts, out.size()));
        }
        return out;
    }
}
