package org.gtlab.ui.editor;

import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * Best-reply marks of the grid, computed lazily and cached per game: for player p and a profile
 * k, the best payoff of p against the others' strategies in k (the maximum over p's strategies of
 * the fibre through k) is computed once per fibre and compared exactly.
 */
final class BestReplies {

    private NormalFormGame cachedFor;
    private Rational[][] fiberMax;

    /** True if player p's payoff at profile index k of g is a best reply. */
    boolean isBestReply(NormalFormGame g, int k, int p) {
        if (cachedFor != g) {
            fiberMax = new Rational[g.numPlayers()][];
            cachedFor = g;
        }
        if (fiberMax[p] == null) {
            fiberMax[p] = new Rational[g.numProfiles()];
        }
        int base = k - g.profile(k)[p] * g.stride(p);
        Rational best = fiberMax[p][base];
        if (best == null) {
            best = g.payoffAt(p, base);
            for (int s = 1; s < g.numStrategies(p); s++) {
                best = best.max(g.payoffAt(p, base + s * g.stride(p)));
            }
            fiberMax[p][base] = best;
        }
        return g.payoffAt(p, k).equals(best);
    }
}
