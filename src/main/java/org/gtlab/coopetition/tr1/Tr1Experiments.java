package org.gtlab.coopetition.tr1;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.coopetition.Stats;
import org.gtlab.math.Rng;

/**
 * The TR-1 robustness experiments (spec §3.3–3.5), power (β 0.75, γ 0.5) against log (θ 20, γ 0.65)
 * unless stated, each specification scored against its own baseline:
 * <ul>
 *   <li>{@link #monteCarlo}: per trial four factors u_0..u_3 ~ U(1 − s, 1 + s): e = e0·u_0 (one factor for
 *       both), α = normalise(α0_0 u_1, α0_1 u_2), D_01 = clamp(D0_01 u_2, 0, 1) (u_2 reused), D_10 =
 *       clamp(D0_10 u_3, 0, 1). s = 0.15 is the Monte Carlo, s = 0.05 the significance run.</li>
 *   <li>{@link #convergence}: random starts a ~ U(0.1, 50)².</li>
 *   <li>{@link #dSensitivity}: D = [[0, d], [0.64, 0]] for the given d (A16: the suite keeps 0.64).</li>
 *   <li>{@link #gammaSensitivity}: the same γ for both specifications.</li>
 * </ul>
 * Java's random streams differ from NumPy's, so trial-by-trial values differ from the authors';
 * distributions are compared (A14).
 */
public final class Tr1Experiments {

    private Tr1Experiments() {
    }

    /**
     * One perturbed trial's scores.
     *
     * @param powerScore power total
     * @param logScore   log total
     * @param powerCoop  power cooperation increase, %
     * @param logCoop    log cooperation increase, %
     */
    public record Trial(int powerScore, int logScore, double powerCoop, double logCoop) {
    }

    /** The perturbed case of one trial from four factors u. */
    public static DyadCase perturb(DyadCase base, double[] u) {
        double e0 = base.e0() * u[0];
        double e1 = base.e1() * u[0];
        double a0 = base.alpha0() * u[1];
        double a1 = (1 - base.alpha0()) * u[2];
        double d01 = Math.min(1, Math.max(0, base.d01() * u[2]));
        double d10 = Math.min(1, Math.max(0, base.d10() * u[3]));
        return new DyadCase(base.name(), e0, e1, a0 / (a0 + a1), d01, d10);
    }

    /** One trial from a generator (draws four factors in U(1 − spread, 1 + spread)). */
    public static Trial trial(DyadCase base, double spread, Rng rng, EquilibriumSolver solver) {
        double[] u = new double[4];
        for (int k = 0; k < 4; k++) {
            u[k] = 1 - spread + 2 * spread * rng.nextDouble();
        }
        DyadCase c = perturb(base, u);
        CaseResult p = CaseResult.evaluate(c, Specification.POWER, solver);
        CaseResult l = CaseResult.evaluate(c, Specification.LOG, solver);
        return new Trial(p.total(), l.total(), p.cooperationIncrease(), l.cooperationIncrease());
    }

    /**
     * Summary of a Monte Carlo run.
     *
     * @param trials the trials in order
     */
    public record MonteCarlo(List<Trial> trials) {

        public MonteCarlo {
            trials = List.copyOf(trials);
        }

        public double[] powerScores() {
            return trials.stream().mapToDouble(Trial::powerScore).toArray();
        }

        public double[] logScores() {
            return trials.stream().mapToDouble(Trial::logScore).toArray();
        }

        public int logWins() {
            return (int) trials.stream().filter(t -> t.logScore() > t.powerScore()).count();
        }

        public int powerWins() {
            return (int) trials.stream().filter(t -> t.powerScore() > t.logScore()).count();
        }

        public int ties() {
            return trials.size() - logWins() - powerWins();
        }

        /** Share of trials with 15 ≤ coop ≤ 50 for power. */
        public double powerBandShare() {
            return trials.stream().filter(t -> t.powerCoop() >= 15 && t.powerCoop() <= 50).count()
                    / (double) trials.size();
        }

        /** Share of trials with 15 ≤ coop ≤ 50 for log. */
        public double logBandShare() {
            return trials.stream().filter(t -> t.logCoop() >= 15 && t.logCoop() <= 50).count()
                    / (double) trials.size();
        }

        /** Paired comparison log − power. */
        public Stats.Paired paired() {
            return Stats.paired(powerScores(), logScores());
        }
    }

    /**
     * The Monte Carlo / significance run: {@code trials} perturbed copies of {@code base}; trial t draws
     * from the random stream (seed, t), so a run of the catalog method gives the same trials.
     *
     * @param spread 0.15 (Monte Carlo) or 0.05 (significance)
     * @throws IllegalArgumentException for trials &lt; 1 or a spread outside [0, 1)
     */
    public static MonteCarlo monteCarlo(DyadCase base, int trials, double spread, long seed, EquilibriumSolver solver) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be ≥ 1, got " + trials);
        }
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("perturbation spread must be in [0, 1), got " + spread);
        }
        List<Trial> out = new ArrayList<>(trials);
        for (int t = 0; t < trials; t++) {
            out.add(trial(base, spread, Rng.stream(seed, t), solver));
        }
        return new MonteCarlo(out);
    }

    /**
     * Convergence check: {@code starts} random starts a ~ U(0.1, 50)^N.
     *
     * @return the equilibria, one per start
     */
    public static List<Equilibrium> convergence(CoopetitionGame game, int starts, long seed, EquilibriumSolver solver) {
        Rng rng = Rng.of(seed);
        List<Equilibrium> out = new ArrayList<>();
        for (int s = 0; s < starts; s++) {
            double[] a = new double[game.actors()];
            for (int i = 0; i < a.length; i++) {
                a[i] = 0.1 + 49.9 * rng.nextDouble();
            }
            out.add(solver.solveFrom(game, a));
        }
        return out;
    }

    /** The D-sensitivity series: scores of {@code spec} on D = [[0, d], [0.64, 0]], α = (0.55, 0.45). */
    public static int[] dSensitivity(Specification spec, double[] ds, EquilibriumSolver solver) {
        int[] out = new int[ds.length];
        for (int k = 0; k < ds.length; k++) {
            DyadCase c = new DyadCase("D sensitivity", 100, 100, 0.55, ds[k], 0.64);
            out[k] = CaseResult.evaluate(c, spec, solver).total();
        }
        return out;
    }

    /** The γ-sensitivity series: scores of {@code value} on {@code base} at each γ. */
    public static int[] gammaSensitivity(DyadCase base, ValueFunction value, double[] gammas,
            EquilibriumSolver solver) {
        int[] out = new int[gammas.length];
        for (int k = 0; k < gammas.length; k++) {
            out[k] = CaseResult.evaluate(base, new Specification(value, gammas[k]), solver).total();
        }
        return out;
    }

    /** The grid 0.3, 0.4, …, 1.0 of the D sensitivity. */
    public static double[] dGrid() {
        return new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    }

    /** The grid 0.1, 0.2, …, 1.0 of the γ sensitivity. */
    public static double[] gammaGrid() {
        return new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    }
}
