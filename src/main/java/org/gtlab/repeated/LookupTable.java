package org.gtlab.repeated;

/**
 * A lookup-table strategy (Axelrod 1987's encoding, here on the opponent's last {@code depth}
 * actions): the table holds one bit per pattern of the opponent's last {@code depth} moves (bit i of
 * the pattern = 1 if the opponent defected {@code depth − i} rounds ago); 1 means cooperate. The first
 * {@code depth} rounds play the {@code opening} moves.
 *
 * @throws IllegalArgumentException if the table does not have 2^depth entries or the opening is not
 *                                  {@code depth} moves long
 */
public final class LookupTable {

    private final int depth;
    private final boolean[] cooperate;
    private final boolean[] opening;

    public LookupTable(int depth, boolean[] cooperate, boolean[] opening) {
        if (depth < 1 || depth > 16) {
            throw new IllegalArgumentException("lookup table: depth must be 1–16, got " + depth);
        }
        if (cooperate.length != 1 << depth) {
            throw new IllegalArgumentException("lookup table: needs " + (1 << depth) + " entries, got " + cooperate.length);
        }
        if (opening.length != depth) {
            throw new IllegalArgumentException("lookup table: opening needs " + depth + " moves, got " + opening.length);
        }
        this.depth = depth;
        this.cooperate = cooperate.clone();
        this.opening = opening.clone();
    }

    public int depth() {
        return depth;
    }

    /** A fresh player of this table. */
    public Player player() {
        return new Player() {
            private int defect;

            @Override
            public void reset(MatchContext context) {
                defect = context.defect();
            }

            @Override
            public int choose(History h) {
                int t = h.round();
                if (t <= depth) {
                    return opening[t - 1] ? 0 : defect;
                }
                int key = 0;
                for (int back = depth; back >= 1; back--) {
                    key = (key << 1) | (h.opp(t - back) == 0 ? 0 : 1);
                }
                return cooperate[key] ? 0 : defect;
            }
        };
    }
}
