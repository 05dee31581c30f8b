package org.gtlab.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gtlab.game.NormalFormGame;
import org.gtlab.math.Rational;

/**
 * A payoff entry as a sweep parameter: {@code payoff[P][I][J]} is player P's payoff when the row
 * player plays strategy I and the column player J, all 1-based (for N players, one index per
 * player: {@code payoff[P][I][J][K]}). The short form {@code payoff[I][J]} is an entry of a
 * symmetric two-player game: it sets the row player's payoff at (I, J) and the column player's at
 * (J, I) together, so the game stays symmetric (B = Aᵀ).
 *
 * @param player    0-based player (−1 for the symmetric form)
 * @param profile   0-based strategy profile
 */
public record PayoffEntry(int player, int[] profile) {

    private static final Pattern FORM = Pattern.compile("payoff((?:\\[\\s*\\d+\\s*\\])+)");
    private static final Pattern INDEX = Pattern.compile("\\[\\s*(\\d+)\\s*\\]");

    /** True if the name has the form {@code payoff[…]…}. */
    public static boolean isPayoff(String name) {
        return name != null && name.strip().startsWith("payoff");
    }

    /**
     * Parses {@code payoff[P][I][J]} against a game.
     *
     * @throws IllegalArgumentException if the form is wrong or an index is out of range for the game
     */
    public static PayoffEntry parse(String name, NormalFormGame game) {
        Matcher m = FORM.matcher(name.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("parameter \"" + name + "\": a payoff entry is written payoff[P][I][J] "
                    + "(1-based player, row, column)");
        }
        Matcher k = INDEX.matcher(m.group(1));
        java.util.List<Integer> idx = new java.util.ArrayList<>();
        while (k.find()) {
            idx.add(Integer.parseInt(k.group(1)));
        }
        int n = game.numPlayers();
        if (n == 2 && idx.size() == 2) {
            int i = idx.get(0);
            int j = idx.get(1);
            if (game.numStrategies(0) != game.numStrategies(1)) {
                throw new IllegalArgumentException("parameter \"" + name + "\": the symmetric form payoff[I][J] needs a "
                        + "square two-player game; write payoff[P][I][J]");
            }
            int size = game.numStrategies(0);
            if (i < 1 || i > size || j < 1 || j > size) {
                throw new IllegalArgumentException("parameter \"" + name + "\": strategies are 1 … " + size);
            }
            return new PayoffEntry(-1, new int[] {i - 1, j - 1});
        }
        if (idx.size() != n + 1) {
            throw new IllegalArgumentException("parameter \"" + name + "\": a " + n + "-player game needs payoff[P]"
                    + " followed by one strategy index per player: "  + (n + 1) + " indices, got " + idx.size());
        }
        int p = idx.get(0);
        if (p < 1 || p > n) {
            throw new IllegalArgumentException("parameter \"" + name + "\": player " + p + " is not 1 … " + n);
        }
        int[] prof = new int[n];
        for (int q = 0; q < n; q++) {
            int s = idx.get(q + 1);
            if (s < 1 || s > game.numStrategies(q)) {
                throw new IllegalArgumentException("parameter \"" + name + "\": player " + (q + 1) + " has strategies 1 … "
                        + game.numStrategies(q) + ", got " + s);
            }
            prof[q] = s - 1;
        }
        return new PayoffEntry(p - 1, prof);
    }

    /** The game with this entry set to v (exactly, as the shortest decimal of v). */
    public NormalFormGame apply(NormalFormGame game, double v) {
        if (player < 0) {
            Rational r = Rational.valueOf(v);
            return game.withPayoff(0, profile, r).withPayoff(1, new int[] {profile[1], profile[0]}, r);
        }
        return game.withPayoff(player, profile, Rational.valueOf(v));
    }

    /** The 1-based name. */
    public String text() {
        StringBuilder sb = new StringBuilder("payoff");
        if (player >= 0) {
            sb.append('[').append(player + 1).append(']');
        }
        for (int s : profile) {
            sb.append('[').append(s + 1).append(']');
        }
        return sb.toString();
    }
}
