package org.gtlab.solve;

import java.util.List;

/**
 * One round of iterated elimination of dominated strategies.
 *
 * @param player     the player whose strategy is removed (0-based)
 * @param strategy   index of the removed strategy in the <em>original</em> game
 * @param dominators indices (in the original game) of the strategies, or the support of the
 *                   mixed strategy, that dominate it
 * @param strict     true for strict dominance, false for weak
 * @param remaining  after this step, for each player the original indices still in the game
 */
public record DominanceStep(int player, int strategy, List<Integer> dominators, boolean strict,
        List<List<Integer>> remaining) {

    public DominanceStep {
        dominators = List.copyOf(dominators);
        remaining = remaining.stream().map(List::copyOf).toList();
    }
}
