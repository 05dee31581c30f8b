package org.gtlab.selfplay;

import org.gtlab.game.KuhnPoker;

/**
 * Exact best responses and NashConv for Kuhn poker behaviour profiles ({@link KuhnPoker}), computed
 * directly on the 12 information sets (no normal form): a best response of P1 picks, per card, the
 * better of bet and check, and at the after-check–bet information set call or fold by the summed
 * counterfactual values over the opponent's cards; P2 likewise minimises P1's value. By Kuhn's
 * theorem (perfect recall) the numbers equal the normal-form ones of the 27 × 64 matrix.
 *
 * <p>NashConv(σ) = max_{σ1'} v(σ1', σ2) − min_{σ2'} v(σ1, σ2'), the spec's convention (zero exactly at
 * an equilibrium). Cost: a few hundred flops, well under a microsecond per call.
 *
 * <p>Failure modes: a malformed profile is refused by {@link KuhnPoker#check}.
 */
public final class Kuhn {

    private Kuhn() {
    }

    /** P1's value of a best response to P2's part of {@code s}. */
    public static double bestResponseValue1(double[] s) {
        return bestResponse1(s, null);
    }

    /** P1's value when P2 best-responds to P1's part of {@code s} (the minimum over P2). */
    public static double bestResponseValue2(double[] s) {
        return bestResponse2(s, null);
    }

    /** NashConv (exploitability sum) of the behaviour profile {@code s}. */
    public static double nashConv(double[] s) {
        KuhnPoker.check(s);
        return bestResponse1(s, null) - bestResponse2(s, null);
    }

    /**
     * A pure best response of P1 to {@code s}, written into indices 0..5 of {@code out} (probabilities
     * 0/1 of action 1; ties to action 0). Returns its value.
     */
    public static double bestResponse1(double[] s, double[] out) {
        double total = 0;
        for (int c1 = 0; c1 < 3; c1++) {
            double bet = 0;
            double checkShow = 0;
            double callAfter = 0;
            double foldAfter = 0;
            for (int c2 = 0; c2 < 3; c2++) {
                if (c1 == c2) {
                    continue;
                }
                int win = c1 > c2 ? 1 : -1;
                double callB = s[KuhnPoker.infoset(1, 0, c2)];
                double betC = s[KuhnPoker.infoset(1, 1, c2)];
                bet += callB * 2 * win + (1 - callB);
                checkShow += (1 - betC) * win;
                callAfter += betC * 2 * win;
                foldAfter -= betC;
            }
            boolean call = callAfter > foldAfter;
            double check = checkShow + (call ? callAfter : foldAfter);
            boolean b = bet > check;
            total += b ? bet : check;
            if (out != null) {
                out[KuhnPoker.infoset(0, 0, c1)] = b ? 1 : 0;
                out[KuhnPoker.infoset(0, 1, c1)] = call ? 1 : 0;
            }
        }
        return total / 6;
    }

    /**
     * A pure best response of P2 to {@code s}, written into indices 6..11 of {@code out}. Returns P1's
     * value against it.
     */
    public static double bestResponse2(double[] s, double[] out) {
        double total = 0;
        for (int c2 = 0; c2 < 3; c2++) {
            double call = 0;
            double fold = 0;
            double bet = 0;
            double check = 0;
            for (int c1 = 0; c1 < 3; c1++) {
                if (c1 == c2) {
                    continue;
                }
                int win = c1 > c2 ? 1 : -1;
                double b = s[KuhnPoker.infoset(0, 0, c1)];
                double call1 = s[KuhnPoker.infoset(0, 1, c1)];
                call += b * 2 * win;
                fold += b;
                bet += (1 - b) * (call1 * 2 * win - (1 - call1));
                check += (1 - b) * win;
            }
            boolean c = call < fold;
            boolean bt = bet < check;
            total += (c ? call : fold) + (bt ? bet : check);
            if (out != null) {
                out[KuhnPoker.infoset(1, 0, c2)] = c ? 1 : 0;
                out[KuhnPoker.infoset(1, 1, c2)] = bt ? 1 : 0;
            }
        }
        return total / 6;
    }

    /** The uniformly random profile (every decision 50/50). */
    public static double[] uniform() {
        double[] s = new double[KuhnPoker.INFOSETS];
        java.util.Arrays.fill(s, 0.5);
        return s;
    }

    /**
     * Own-action reach probabilities of every information set under {@code s}: for P1's after-check–bet
     * set it is 1 − bet(card); every other set is reached with own probability 1.
     */
    public static double[] ownReach(double[] s) {
        double[] r = new double[KuhnPoker.INFOSETS];
        java.util.Arrays.fill(r, 1);
        for (int c = 0; c < 3; c++) {
            r[KuhnPoker.infoset(0, 1, c)] = 1 - s[KuhnPoker.infoset(0, 0, c)];
        }
        return r;
    }
}
