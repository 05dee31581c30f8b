package org.gtlab.repeated;

/**
 * The outcome of one match: the number of rounds played, both totals (undiscounted and discounted),
 * and how often each seat chose option 0 ("cooperated").
 */
public record MatchResult(int turns, double total1, double total2, double discounted1, double discounted2,
                          int cooperations1, int cooperations2) {

    /** Seat 1's cooperation rate. */
    public double cooperationRate1() {
        return turns == 0 ? 0 : (double) cooperations1 / turns;
    }

    /** Seat 2's cooperation rate. */
    public double cooperationRate2() {
        return turns == 0 ? 0 : (double) cooperations2 / turns;
    }
}
