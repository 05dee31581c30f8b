package org.gtlab.ui.solve;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.game.MixedStrategy;
import org.gtlab.game.NormalFormGame;
import org.gtlab.game.StrategyProfile;
import org.gtlab.eval.Evaluation;
import org.gtlab.math.Rational;
import org.gtlab.figure.Numbers;

/**
 * One equilibrium as listed in the solve panel: the profile, each player's expected payoff, and
 * the maximal Nash subset (group) it belongs to. Immutable.
 *
 * @param number   1-based number in the list
 * @param profile  the exact profile
 * @param payoffs  exact expected payoff of each player
 * @param group    1-based maximal Nash subset, or 0 when the method gives none
 * @param pure     every player plays a pure strategy
 */
public record EquilibriumRow(int number, StrategyProfile profile, List<Rational> payoffs, int group, boolean pure) {

    public EquilibriumRow {
        payoffs = List.copyOf(payoffs);
    }

    static EquilibriumRow of(int number, NormalFormGame g, StrategyProfile p, int group) {
        Rational[] u = Evaluation.payoffs(g, p);
        boolean pure = p.strategies().stream().allMatch(MixedStrategy::isPure);
        return new EquilibriumRow(number, p, List.of(u), group, pure);
    }

    /** "(3/5, 2/5) (2/5, 3/5)" or with decimals "(0.6, 0.4) …". */
    public String profileText(boolean decimals) {
        StringBuilder b = new StringBuilder();
        for (int q = 0; q < profile.numPlayers(); q++) {
            if (q > 0) {
                b.append("  ");
            }
            b.append(strategyText(q, decimals));
        }
        return b.toString();
    }

    /** Player q's mixed strategy as "(3/5, 2/5)". */
    public String strategyText(int q, boolean decimals) {
        MixedStrategy s = profile.get(q);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            parts.add(Numbers.value(s.probability(i), decimals));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** "6/5, 6/5". */
    public String payoffText(boolean decimals) {
        List<String> parts = new ArrayList<>();
        for (Rational r : payoffs) {
            parts.add(Numbers.value(r, decimals));
        }
        return String.join(", ", parts);
    }

    /** "pure" or "mixed". */
    public String kind() {
        return pure ? "pure" : "mixed";
    }
}
