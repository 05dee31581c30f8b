package org.gtlab.repeated;

/**
 * One seat's read-only view of a match so far, handed to {@link Player#choose}. Rounds are numbered
 * from 1; {@link #round()} is the round being decided, so rounds 1 … {@code round() − 1} are known.
 * Actions are option indices of the acting player. "Cooperated" means option 0.
 *
 * <p>{@link #oppMemory} also reaches into a carried-over prefix (the Akata Q4 artefact: seat memory
 * slots kept across matches); without the artefact the prefix is empty.
 */
public final class History {

    private final MatchArrays m;
    private final boolean seat1;
    private int[] prefix = new int[0];

    History(MatchArrays m, boolean seat1) {
        this.m = m;
        this.seat1 = seat1;
    }

    void setPrefix(int[] opponentMovesOldestFirst) {
        this.prefix = opponentMovesOldestFirst;
    }

    /** The round being decided (1-based). */
    public int round() {
        return m.played + 1;
    }

    /** Rounds already played. */
    public int played() {
        return m.played;
    }

    /** Own action in round {@code t} (1-based, t &lt; round()). */
    public int own(int t) {
        return seat1 ? m.a1[t - 1] : m.a2[t - 1];
    }

    /** The opponent's action in round {@code t}. */
    public int opp(int t) {
        return seat1 ? m.a2[t - 1] : m.a1[t - 1];
    }

    /** Own payoff in round {@code t}. */
    public double ownPayoff(int t) {
        return seat1 ? m.u1[t - 1] : m.u2[t - 1];
    }

    /** The opponent's payoff in round {@code t}. */
    public double oppPayoff(int t) {
        return seat1 ? m.u2[t - 1] : m.u1[t - 1];
    }

    /** The opponent's last action, or −1 in round 1. */
    public int lastOpp() {
        return m.played == 0 ? -1 : opp(m.played);
    }

    /** Own last action, or −1 in round 1. */
    public int lastOwn() {
        return m.played == 0 ? -1 : own(m.played);
    }

    /**
     * The opponent's action {@code back} rounds ago (1 = last round), reaching into the carried-over
     * prefix when the match is shorter; −1 if there is none.
     */
    public int oppMemory(int back) {
        int t = m.played + 1 - back;
        if (t >= 1) {
            return opp(t);
        }
        int k = prefix.length + t - 1;
        return k >= 0 ? prefix[k] : -1;
    }

    /** How often the opponent chose option 0 so far. */
    public int oppCooperations() {
        return seat1 ? m.coop2 : m.coop1;
    }

    /** How often this seat chose option 0 so far. */
    public int ownCooperations() {
        return seat1 ? m.coop1 : m.coop2;
    }

    /** Rounds in which the opponent did not choose option 0. */
    public int oppDefections() {
        return m.played - oppCooperations();
    }

    /** Own total so far. */
    public double ownTotal() {
        return seat1 ? m.total1 : m.total2;
    }

    /** The opponent's total so far. */
    public double oppTotal() {
        return seat1 ? m.total2 : m.total1;
    }

    /** The opponent's actions as a new array, oldest first (for learners that keep counts). */
    public int[] oppActions() {
        int[] out = new int[m.played];
        for (int t = 1; t <= m.played; t++) {
            out[t - 1] = opp(t);
        }
        return out;
    }

    /** True if the opponent has chosen a non-zero option in any earlier round. */
    public boolean oppEverDefected() {
        return oppDefections() > 0;
    }
}
