package org.gtlab.repeated;

/**
 * A memory-one strategy (Nowak &amp; Sigmund 1990; Press &amp; Dyson 2012): after a round with own
 * action x and the opponent's y, cooperate with probability p_xy, for (x, y) in CC, CD, DC, DD; the
 * first move cooperates with probability {@code first}. "C" is option 0; any other option counts as
 * D, and "defect" plays the last option. Draws come from the player's own stream, and only when a
 * probability is strictly between 0 and 1 (deterministic vectors use no randomness).
 *
 * @throws IllegalArgumentException naming the entry (p_CC, p_CD, p_DC, p_DD or first) that is
 *                                  outside [0, 1]
 */
public record MemoryOne(double pCC, double pCD, double pDC, double pDD, double first) {

    public MemoryOne {
        check("p_CC", pCC);
        check("p_CD", pCD);
        check("p_DC", pDC);
        check("p_DD", pDD);
        check("first", first);
    }

    private static void check(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("memory-one vector: " + field + " = " + v + " is outside [0, 1]");
        }
    }

    /** From a four-vector with a cooperative first move. */
    public static MemoryOne of(double... p) {
        if (p.length != 4 && p.length != 5) {
            throw new IllegalArgumentException("memory-one vector: needs 4 probabilities (p_CC p_CD p_DC p_DD), got "
                    + p.length);
        }
        return new MemoryOne(p[0], p[1], p[2], p[3], p.length == 5 ? p[4] : 1);
    }

    /** True if no entry is strictly between 0 and 1. */
    public boolean deterministic() {
        for (double v : new double[] {pCC, pCD, pDC, pDD, first}) {
            if (v > 0 && v < 1) {
                return false;
            }
        }
        return true;
    }

    /** A fresh player of this vector. */
    public Player player() {
        return new Player() {
            private MatchContext ctx;

            @Override
            public void reset(MatchContext context) {
                ctx = context;
            }

            @Override
            public int choose(History h) {
                double p;
                int lastOwn = h.lastOwn();
                if (lastOwn < 0) {
                    p = first;
                } else {
                    boolean c1 = lastOwn == 0;
                    boolean c2 = h.lastOpp() == 0;
                    p = c1 ? (c2 ? pCC : pCD) : (c2 ? pDC : pDD);
                }
                boolean cooperate = p >= 1 || (p > 0 && ctx.random().nextDouble() < p);
                return cooperate ? 0 : ctx.defect();
            }
        };
    }
}
