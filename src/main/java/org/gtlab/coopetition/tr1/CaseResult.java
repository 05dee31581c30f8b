package org.gtlab.coopetition.tr1;

/**
 * One TR-1 case solved and scored (spec §3.1–3.2): the equilibrium, the baseline (D = 0, γ = 0), the
 * rubric inputs with the metrics coop, vinc, share, asym, and the 60-point score.
 *
 * @param game        the case's game
 * @param equilibrium a*
 * @param baseline    a_base (the same solver on D = 0, γ = 0)
 * @param inputs      the rubric inputs
 * @param score       the score
 */
public record CaseResult(CoopetitionGame game, Equilibrium equilibrium, Equilibrium baseline, Rubric60.Inputs inputs,
        Rubric60.Score score) {

    /** Solves and scores a case under a specification with a solver. */
    public static CaseResult evaluate(DyadCase c, Specification spec, EquilibriumSolver solver) {
        return evaluate(c.game(spec), solver);
    }

    /** Solves and scores a dyad game (its baseline is D = 0, γ = 0; baseline payoffs and values use the case γ). */
    public static CaseResult evaluate(CoopetitionGame game, EquilibriumSolver solver) {
        if (game.actors() != 2) {
            throw new IllegalArgumentException("the 60-point rubric scores dyads, got " + game.actors() + " actors");
        }
        Equilibrium eq = solver.solve(game);
        Equilibrium base = solver.solve(game.baseline());
        double[] a = eq.actions();
        double[] b = base.actions();
        Rubric60.Inputs in = new Rubric60.Inputs(eq.converged(), a, b, game.payoffs(a), game.payoffs(b),
                game.totalValue(a), game.totalValue(b));
        return new CaseResult(game, eq, base, in, Rubric60.score(in));
    }

    /** coop, %. */
    public double cooperationIncrease() {
        return inputs.cooperationIncrease();
    }

    /** vinc, %. */
    public double valueIncrease() {
        return inputs.valueIncrease();
    }

    public double share() {
        return inputs.share();
    }

    public double asymmetry() {
        return inputs.asymmetry();
    }

    /** The 60-point total. */
    public int total() {
        return score.total();
    }

    /** The "historical range" flag: 15 ≤ coop ≤ 50. */
    public boolean inHistoricalBand() {
        double c = cooperationIncrease();
        return c >= 15 && c <= 50;
    }
}
