package org.gtlab.solve.logit;

import java.util.List;

import org.gtlab.game.NormalFormGame;

/**
 * Maximum-likelihood fit of the logit precision λ to observed play (McKelvey–Palfrey 1995, §4;
 * what {@code pygambit.qre.logit_estimate} does): with counts n_p(j) of how often player p chose
 * strategy j, maximise the log-likelihood L(λ) = Σ_p Σ_j n_p(j) ln x_p(j; λ) over the points
 * x(λ) of the principal branch. The branch is traced once to {@code maxLambda}; the best traced
 * point brackets the maximum, which golden-section search then refines to a relative 1e-10 in λ.
 * L need not be unimodal along the branch; the fit is the global maximum over the traced points,
 * refined locally.
 *
 * @see LogitBranch
 */
public final class LogitFit {

    /** The fitted λ, the QRE there and its log-likelihood. */
    public record Fit(double lambda, double[][] profile, double logLikelihood) {
    }

    private LogitFit() {
    }

    /**
     * @throws IllegalArgumentException if the counts do not match the game's shape, are negative, or are all zero
     */
    public static Fit fit(NormalFormGame game, double[][] counts, double maxLambda) {
        if (counts.length != game.numPlayers()) {
            throw new IllegalArgumentException("counts for " + counts.length + " players, the game has " + game.numPlayers());
        }
        double total = 0;
        for (int p = 0; p < counts.length; p++) {
            if (counts[p].length != game.numStrategies(p)) {
                throw new IllegalArgumentException("counts of player " + (p + 1) + " have " + counts[p].length
                        + " entries, expected " + game.numStrategies(p));
            }
            for (double c : counts[p]) {
                if (!(c >= 0) || Double.isInfinite(c)) {
                    throw new IllegalArgumentException("counts must be non-negative numbers, got " + c);
                }
                total += c;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("no observations: all counts are zero");
        }
        LogitBranch.Options o = LogitBranch.Options.DEFAULT.withMaxLambda(maxLambda);
        List<LogitBranch.Point> pts = LogitBranch.trace(game, o).points();
        int best = 0;
        double bestL = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pts.size(); i++) {
            double l = logLikelihood(pts.get(i).profile(), counts);
            if (l > bestL) {
                bestL = l;
                best = i;
            }
        }
        double lo = pts.get(Math.max(0, best - 1)).lambda();
        double hi = pts.get(Math.min(pts.size() - 1, best + 1)).lambda();
        double g = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = at(game, c, counts, o);
        double fd = at(game, d, counts, o);
        while (b - a > 1e-10 * Math.max(1, b)) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = at(game, c, counts, o);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = at(game, d, counts, o);
            }
        }
        double lambda = (a + b) / 2;
        double[][] x = LogitBranch.atLambdas(game, new double[] {lambda}, o).last().profile();
        double l = logLikelihood(x, counts);
        if (bestL > l) {
            return new Fit(pts.get(best).lambda(), pts.get(best).profile(), bestL);
        }
        return new Fit(lambda, x, l);
    }

    private static double at(NormalFormGame game, double lambda, double[][] counts, LogitBranch.Options o) {
        return logLikelihood(LogitBranch.atLambdas(game, new double[] {lambda}, o).last().profile(), counts);
    }

    static double logLikelihood(double[][] x, double[][] counts) {
        double l = 0;
        for (int p = 0; p < x.length; p++) {
            for (int j = 0; j < x[p].length; j++) {
                if (counts[p][j] > 0) {
                    l += counts[p][j] * Math.log(x[p][j]);
                }
            }
        }
        return l;
    }
}
