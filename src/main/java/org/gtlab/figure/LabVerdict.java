package org.gtlab.figure;

import java.util.Locale;

import org.gtlab.eval.TeamEquilibriumClass;
import org.gtlab.eval.TeamEvaluation;
import org.gtlab.game.TeamGame;
import org.gtlab.game.TeamPolicy;

/**
 * The equilibrium classifier's verdict on the end of a run (spec fxp-psro.md §2.3, §3): the final
 * policy — the one the learner trains (SP's policy, FXP's main policy, PSRO's last best response) —
 * played by both teams is classified by {@link TeamEvaluation#classify(TeamGame, TeamPolicy, double)}
 * as "global NE" (team exploitability ≤ tol), "local NE, not global" (agent-level NashConv ≤ tol but
 * a joint team deviation gains more) or "not an equilibrium". For population methods (PSRO, Online
 * DO, FXP) the result is the mixture over the population; it is judged by the classifier's rule for
 * mixtures ({@link TeamEvaluation#classify(TeamGame, org.gtlab.game.TeamMixture, double)}: global NE
 * iff its team exploitability ≤ tol; agent deviations are not defined for a correlated mixture)
 * applied to the mixture's exploitability that the learner reports (computed by
 * {@link TeamEvaluation#exploitability}); {@link #headline()} is that verdict for them and the
 * policy's verdict for the others.
 *
 * @param step            oracle step of the classified policy
 * @param verdict         the classifier's verdict on the final policy
 * @param exploitability  team exploitability of the final policy (one-sided, max over joint actions)
 * @param agentNashConv   agent-level NashConv of the final policy (sum of the 2N single-agent gains)
 * @param solutionExploitability true team exploitability of the learner's solution (its mixture)
 * @param populationSize  members of the solution
 * @param tolerance       the classifier's tolerance
 */
public record LabVerdict(long step, TeamEquilibriumClass verdict, double exploitability, double agentNashConv,
        double solutionExploitability, int populationSize, boolean population, double tolerance) {

    /**
     * Default tolerance: the damped oracle leaves policies a few tenths of a percent from pure
     * (SP on the example game ends at P(1) ≈ 0.996, agent NashConv ≈ 0.022); 0.05 is the "global"
     * threshold of the multi-seed protocol (spec §12.1).
     */
    public static final double DEFAULT_TOLERANCE = 0.05;

    /** Classifies {@code policy}, the final policy of a run whose solution has the given exploitability. */
    public static LabVerdict of(TeamGame g, TeamPolicy policy, long step, double solutionExploitability,
            int populationSize, boolean population, double tol) {
        TeamEquilibriumClass c = TeamEvaluation.classify(g, policy, tol);
        return new LabVerdict(step, c, TeamEvaluation.exploitability(g, policy), TeamEvaluation.agentNashConv(g, policy),
                solutionExploitability, populationSize, population, tol);
    }

    /** The verdict on the population's mixture (for population methods). */
    public TeamEquilibriumClass solutionVerdict() {
        return solutionIsGlobal() ? TeamEquilibriumClass.GLOBAL_NE : TeamEquilibriumClass.NOT_EQUILIBRIUM;
    }

    /** What the run ends with: the mixture's verdict for population methods, else the policy's. */
    public String headline() {
        return population ? solutionVerdict().label() + " (mixture)" : verdict.label();
    }

    /** Whether the solution mixture is a global NE within the tolerance. */
    public boolean solutionIsGlobal() {
        return solutionExploitability <= tolerance;
    }

    /** "local NE, not global". */
    public String label() {
        return verdict.label();
    }

    /** One line with the numbers behind the verdict. */
    public String text() {
        String p = "final policy (step " + step + "): " + verdict.label() + " — team exploitability "
                + num(exploitability) + ", agent NashConv " + num(agentNashConv) + " (tolerance " + num(tolerance) + ")";
        if (population) {
            return "mixture of " + populationSize + " members: " + solutionVerdict().label()
                    + " — team exploitability " + num(solutionExploitability) + ". Its trained " + p;
        }
        return p;
    }

    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            String t = String.format(Locale.ROOT, "%.4g", v);
            return t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
        }
        return String.format(Locale.ROOT, "%.2e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
    }
}
