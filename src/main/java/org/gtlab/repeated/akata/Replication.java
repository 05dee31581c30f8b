package org.gtlab.repeated.akata;

/**
 * The replication switches of spec §7, each emulating one artefact of the authors' code. All are
 * off by default ({@link #NONE}); {@link #ALL} is the master switch "replicate authors' artefacts".
 *
 * @param q1SwappedBeliefs     Q1: seat 2 believes the off-diagonal payoffs swapped (144-game sweep)
 * @param q2SharedAlternation  Q2: all instances of an alternation strategy share one sequence that
 *                             persists across matches
 * @param q3HardTftDefectFirst Q3: hard-tit-for-tat opens with F, as released
 * @param q4MemoryCarryOver    Q4: per-seat "last three opponent moves" slots kept across matches
 * @param q5AnnouncedOnly      Q5: a geometric ending is announced but 20 rounds are played
 */
public record Replication(boolean q1SwappedBeliefs, boolean q2SharedAlternation, boolean q3HardTftDefectFirst,
                          boolean q4MemoryCarryOver, boolean q5AnnouncedOnly) {

    /** Every switch off (the default: true payoffs and independent state). */
    public static final Replication NONE = new Replication(false, false, false, false, false);

    /** Every switch on. */
    public static final Replication ALL = new Replication(true, true, true, true, true);

    public Replication withQ1(boolean on) {
        return new Replication(on, q2SharedAlternation, q3HardTftDefectFirst, q4MemoryCarryOver, q5AnnouncedOnly);
    }

    public Replication withQ2(boolean on) {
        return new Replication(q1SwappedBeliefs, on, q3HardTftDefectFirst, q4MemoryCarryOver, q5AnnouncedOnly);
    }

    public Replication withQ3(boolean on) {
        return new Replication(q1SwappedBeliefs, q2SharedAlternation, on, q4MemoryCarryOver, q5AnnouncedOnly);
    }

    public Replication withQ4(boolean on) {
        return new Replication(q1SwappedBeliefs, q2SharedAlternation, q3HardTftDefectFirst, on, q5AnnouncedOnly);
    }

    public Replication withQ5(boolean on) {
        return new Replication(q1SwappedBeliefs, q2SharedAlternation, q3HardTftDefectFirst, q4MemoryCarryOver, on);
    }
}
