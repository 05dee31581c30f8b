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

    /** Above this many strategies for some player, equilibria are shown by their supports only. */
    public static final int NAMED_LIMIT = 8;

    /**
     * The profile in words: "(Boxing, Boxing)" for a pure one; each player's strategies with their
     * probabilities for a mixed one, "(3/5 Opera + 2/5 Football, 2/5 Opera + 3/5 Football)";
     * for games where some player has more than {@value #NAMED_LIMIT} strategies, the supports
     * only, "support {A, C} × {B, D}". Falls back to {@link #profileText} when the game no
     * longer has this profile's shape.
     */
    public String namedText(NormalFormGame g, boolean decimals) {
        if (g == null || g.numPlayers() != profile.numPlayers()) {
            return profileText(decimals);
        }
        for (int q = 0; q < g.numPlayers(); q++) {
            if (g.numStrategies(q) != profile.get(q).size()) {
                return profileText(decimals);
            }
        }
        boolean large = false;
        for (int q = 0; q < g.numPlayers(); q++) {
            large |= g.numStrategies(q) > NAMED_LIMIT;
        }
        List<String> parts = new ArrayList<>();
        for (int q = 0; q < g.numPlayers(); q++) {
            MixedStrategy s = profile.get(q);
            List<String> terms = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                Rational p = s.probability(i);
                if (p.isZero()) {
                    continue;
                }
                String name = g.strategyLabels(q).get(i);
                terms.add(large || p.equals(Rational.ONE) ? name : Numbers.value(p, decimals) + " " + name);
            }
            parts.add(large ? "{" + String.join(", ", terms) + "}" : String.join(" + ", terms));
        }
        return large ? "support " + String.join(" × ", parts) : "(" + String.join(", ", parts) + ")";
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
