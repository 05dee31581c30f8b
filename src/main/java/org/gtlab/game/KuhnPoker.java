package org.gtlab.game;

import java.util.ArrayList;
import java.util.List;

import org.gtlab.math.Rational;

/**
 * Kuhn poker (Kuhn 1950, "A simplified two-person poker", Contributions to the Theory of Games I):
 * deck J &lt; Q &lt; K, both players ante 1 and get one card (6 equally likely deals). P1 checks or bets
 * 1; after a bet P2 calls (showdown ±2) or folds (P1 +1); after a check P2 checks (showdown ±1) or
 * bets 1, and then P1 calls (showdown ±2) or folds (P1 −1). All values are P1's chips per hand.
 *
 * <p><b>Information sets</b> (12): index {@code 6·player + 3·kind + card}, card 0 = J, 1 = Q, 2 = K;
 * P1's kinds are 0 = opening, 1 = after check–bet; P2's kinds are 0 = facing a bet, 1 = after a check.
 * Every information set has two actions; action 1 is the "aggressive" one (bet at P1's opening and
 * at P2's after-check decision, call at the two decisions facing a bet), action 0 the other (check
 * or fold). A <b>behaviour profile</b> is a {@code double[12]} of probabilities of action 1.
 *
 * <p><b>Normal form</b> (27 × 64, lab convention of the self-play spec §4.4): P1 index
 * {@code 9·m(J) + 3·m(Q) + m(K)} with m ∈ {0 = bet, 1 = check-fold, 2 = check-call}; P2 index
 * {@code 16·n(J) + 4·n(Q) + n(K)} with n = 2·call + bet (call facing a bet, bet after a check).
 * Entries are exact expected chips (multiples of 1/6); the value of the game is −1/18 for P1.
 *
 * <p>Failure modes: a behaviour profile of the wrong length or with an entry outside [0, 1] is
 * refused with an {@link IllegalArgumentException} naming the information set.
 */
public final class KuhnPoker {

    /** Number of information sets. */
    public static final int INFOSETS = 12;
    /** Card names. */
    public static final List<String> CARDS = List.of("J", "Q", "K");

    private static final String[] KIND = {"P1 opening", "P1 after check-bet", "P2 facing a bet", "P2 after a check"};

    private KuhnPoker() {
    }

    /** Information-set index of {@code player} (0 or 1), {@code kind} (0 or 1) and {@code card}. */
    public static int infoset(int player, int kind, int card) {
        return 6 * player + 3 * kind + card;
    }

    /** Human name of an information set, e.g. "P1 opening with Q". */
    public static String infosetName(int i) {
        return KIND[i / 3] + " with " + CARDS.get(i % 3);
    }

    /** The player (0 or 1) who acts at information set {@code i}. */
    public static int player(int i) {
        return i / 6;
    }

    /**
     * P1's chips at a terminal history: {@code c1}, {@code c2} the cards, the action sequence is
     * opening {@code open} (1 = bet), then P2's answer {@code answer} (call/bet = 1), then P1's
     * {@code last} (call = 1; used only after check–bet).
     */
    public static int chips(int c1, int c2, int open, int answer, int last) {
        int win = c1 > c2 ? 1 : -1;
        if (open == 1) {
            return answer == 1 ? 2 * win : 1;
        }
        if (answer == 0) {
            return win;
        }
        return last == 1 ? 2 * win : -1;
    }

    /** P1's expected chips per hand when both play the behaviour profile {@code s} (12 probabilities). */
    public static double value(double[] s) {
        check(s);
        double v = 0;
        for (int c1 = 0; c1 < 3; c1++) {
            for (int c2 = 0; c2 < 3; c2++) {
                if (c1 != c2) {
                    v += dealValue(s, c1, c2);
                }
            }
        }
        return v / 6;
    }

    /** P1's expected chips for one deal under the behaviour profile {@code s}. */
    public static double dealValue(double[] s, int c1, int c2) {
        int win = c1 > c2 ? 1 : -1;
        double b = s[infoset(0, 0, c1)];
        double call1 = s[infoset(0, 1, c1)];
        double callB = s[infoset(1, 0, c2)];
        double betC = s[infoset(1, 1, c2)];
        double bet = callB * 2 * win + (1 - callB);
        double check = (1 - betC) * win + betC * (call1 * 2 * win - (1 - call1));
        return b * bet + (1 - b) * check;
    }

    /**
     * Checks a behaviour profile.
     *
     * @throws IllegalArgumentException naming the first bad information set
     */
    public static void check(double[] s) {
        if (s == null || s.length != INFOSETS) {
            throw new IllegalArgumentException("a Kuhn behaviour profile has 12 probabilities, got "
                    + (s == null ? "none" : s.length));
        }
        for (int i = 0; i < INFOSETS; i++) {
            if (!(s[i] >= 0 && s[i] <= 1)) {
                throw new IllegalArgumentException("Kuhn behaviour probability at " + infosetName(i)
                        + " must lie in [0, 1], got " + s[i]);
            }
        }
    }

    /** The exact 27 × 64 matrix of P1's expected chips (see the class comment for the index convention). */
    public static Rational[][] normalFormMatrix() {
        Rational[][] m = new Rational[27][64];
        for (int i = 0; i < 27; i++) {
            for (int j = 0; j < 64; j++) {
                long sum = 0;
                for (int c1 = 0; c1 < 3; c1++) {
                    for (int c2 = 0; c2 < 3; c2++) {
                        if (c1 == c2) {
                            continue;
                        }
                        int mv = p1Move(i, c1);
                        int nv = p2Move(j, c2);
                        int open = mv == 0 ? 1 : 0;
                        int last = mv == 2 ? 1 : 0;
                        int answer = open == 1 ? nv / 2 : nv % 2;
                        sum += chips(c1, c2, open, answer, last);
                    }
                }
                m[i][j] = Rational.of(sum, 6);
            }
        }
        return m;
    }

    /** P1's move m ∈ {0 bet, 1 check-fold, 2 check-call} with {@code card} in pure strategy {@code i}. */
    public static int p1Move(int i, int card) {
        return card == 0 ? i / 9 : card == 1 ? (i / 3) % 3 : i % 3;
    }

    /** P2's move n = 2·call + bet with {@code card} in pure strategy {@code j}. */
    public static int p2Move(int j, int card) {
        return card == 0 ? j / 16 : card == 1 ? (j / 4) % 4 : j % 4;
    }

    /** The zero-sum normal-form game (27 × 64, exact), with strategy labels such as "B/CF/CC". */
    public static NormalFormGame normalForm() {
        Rational[][] a = normalFormMatrix();
        String[] m = {"B", "CF", "CC"};
        String[] n = {"F-C", "F-B", "C-C", "C-B"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            rows.add(m[p1Move(i, 0)] + "/" + m[p1Move(i, 1)] + "/" + m[p1Move(i, 2)]);
        }
        List<String> cols = new ArrayList<>();
        for (int j = 0; j < 64; j++) {
            cols.add(n[p2Move(j, 0)] + "/" + n[p2Move(j, 1)] + "/" + n[p2Move(j, 2)]);
        }
        return NormalFormGame.zeroSum(a).withPlayerNames(List.of("P1", "P2")).withStrategyLabels(List.of(rows, cols));
    }

    /**
     * The behaviour strategies of {@code s} as normal-form mixtures (Kuhn's theorem; the product over
     * cards): row 0 is P1's mixture over 27, row 1 P2's over 64.
     */
    public static double[][] toMixtures(double[] s) {
        check(s);
        double[] x = new double[27];
        for (int i = 0; i < 27; i++) {
            double p = 1;
            for (int c = 0; c < 3; c++) {
                double b = s[infoset(0, 0, c)];
                double call = s[infoset(0, 1, c)];
                int mv = p1Move(i, c);
                p *= mv == 0 ? b : mv == 1 ? (1 - b) * (1 - call) : (1 - b) * call;
            }
            x[i] = p;
        }
        double[] y = new double[64];
        for (int j = 0; j < 64; j++) {
            double p = 1;
            for (int c = 0; c < 3; c++) {
                int nv = p2Move(j, c);
                double callB = s[infoset(1, 0, c)];
                double betC = s[infoset(1, 1, c)];
                p *= (nv / 2 == 1 ? callB : 1 - callB) * (nv % 2 == 1 ? betC : 1 - betC);
            }
            y[j] = p;
        }
        return new double[][] {x, y};
    }

    /**
     * A member of the classical equilibrium family (spec §4.5), α ∈ [0, 1/3]: P1 bets J with α,
     * checks Q and calls with α + 1/3, bets K with 3α and calls; P2 bluffs J after a check with 1/3
     * and folds it, checks Q and calls with 1/3, always bets and calls with K.
     *
     * @throws IllegalArgumentException if α is outside [0, 1/3]
     */
    public static double[] equilibrium(double alpha) {
        if (!(alpha >= 0 && alpha <= 1.0 / 3 + 1e-15)) {
            throw new IllegalArgumentException("Kuhn equilibrium parameter alpha must lie in [0, 1/3], got " + alpha);
        }
        double[] s = new double[INFOSETS];
        s[infoset(0, 0, 0)] = alpha;
        s[infoset(0, 1, 0)] = 0;
        s[infoset(0, 0, 1)] = 0;
        s[infoset(0, 1, 1)] = Math.min(1, alpha + 1.0 / 3);
        s[infoset(0, 0, 2)] = Math.min(1, 3 * alpha);
        s[infoset(0, 1, 2)] = 1;
        s[infoset(1, 0, 0)] = 0;
        s[infoset(1, 1, 0)] = 1.0 / 3;
        s[infoset(1, 0, 1)] = 1.0 / 3;
        s[infoset(1, 1, 1)] = 0;
        s[infoset(1, 0, 2)] = 1;
        s[infoset(1, 1, 2)] = 1;
        return s;
    }

    /** The α = 0 equilibrium as exact normal-form mixtures ("x | y" text for the game catalog). */
    public static String equilibriumText() {
        // α = 0: P1 J check-fold, Q check then call 1/3, K check-call; P2 J fold & bluff 1/3, Q call 1/3 & check, K call & bet
        Rational third = Rational.of(1, 3);
        Rational[] x = new Rational[27];
        for (int i = 0; i < 27; i++) {
            Rational p = p1Move(i, 0) == 1 ? Rational.ONE : Rational.ZERO;
            int q = p1Move(i, 1);
            p = p.multiply(q == 1 ? Rational.of(2, 3) : q == 2 ? third : Rational.ZERO);
            p = p.multiply(p1Move(i, 2) == 2 ? Rational.ONE : Rational.ZERO);
            x[i] = p;
        }
        Rational[] y = new Rational[64];
        for (int j = 0; j < 64; j++) {
            int nj = p2Move(j, 0);
            Rational p = nj / 2 == 0 ? (nj % 2 == 1 ? third : Rational.of(2, 3)) : Rational.ZERO;
            int nq = p2Move(j, 1);
            p = p.multiply(nq % 2 == 0 ? (nq / 2 == 1 ? third : Rational.of(2, 3)) : Rational.ZERO);
            p = p.multiply(p2Move(j, 2) == 3 ? Rational.ONE : Rational.ZERO);
            y[j] = p;
        }
        StringBuilder b = new StringBuilder();
        for (Rational r : x) {
            b.append(r).append(' ');
        }
        b.append('|');
        for (Rational r : y) {
            b.append(' ').append(r);
        }
        return b.toString();
    }
}
